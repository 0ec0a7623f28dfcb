// The configurator (dist/configure.html, demo/configure.html): a webmaster checks a feed, picks what the
// directory shows, sees it live and copies the snippet. Our own page, in English; the preview is a real
// <resource-directory> from resource-directory.js, loaded beside this script. `?feed=` fills in a feed,
// else the page's `data-feed` (the demo's sample file).
import { Configurator } from './configurator.js';

const root = document.getElementById('configurator');
const given = new URLSearchParams(location.search).get('feed') ?? (root?.dataset.feed ? new URL(root.dataset.feed, location.href).href : '');
if (root) new Configurator(root, given);
