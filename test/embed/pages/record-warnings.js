// Records console warnings so the test can assert a double load stays quiet.
window.warnings = [];
const warn = console.warn.bind(console);
console.warn = (...args) => {
  window.warnings.push(args.map(String).join(' '));
  warn(...args);
};
