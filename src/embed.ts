// The script-tag entry: registers the elements. Loading it twice is harmless (see define.ts).
import './define.js';
