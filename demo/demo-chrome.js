// Demo chrome, loaded as a classic script right after the site's widget CSS so that `?theme=none` drops that
// CSS before the first paint: the page then shows the widget's default look. It also marks which look is
// shown in the bar and prints the very CSS file the site pastes in, so the recipe on screen is the one in use,
// and writes the bar's list of demo pages, the same on every page.
(() => {
  /** [file, name, what it shows on wide screens] */
  const PAGES = [
    ['./', 'Library', '· API'],
    ['static-feed.html', 'Church', '· JSON file'],
    ['data-package.html', 'School', '· CSV package'],
    ['ndp.html', '211 NDP'],
    ['findtreatment.html', 'FindTreatment'],
    ['features.html', 'Every feature'],
    ['configure.html', 'Configure'],
    ['iframe.html', 'Iframe'],
  ];
  const current = location.pathname.split('/').pop() || './';
  const unthemed = new URLSearchParams(location.search).get('theme') === 'none';
  const theme = document.getElementById('widget-theme');
  if (unthemed) theme?.remove();

  // The bar's list of pages is written as the parser meets it (<demo-pages>, defined here, before the body):
  // filled at DOMContentLoaded, which waits for the module script, the bar grew a second after the first paint
  // on a slow phone and pushed the whole page down.
  customElements.define(
    'demo-pages',
    class extends HTMLElement {
      connectedCallback() {
        if (this.childElementCount) return;
        for (const [file, name, detail] of PAGES) {
          const link = this.appendChild(document.createElement('a'));
          link.href = file;
          link.textContent = name;
          if (detail) link.append(' ', Object.assign(document.createElement('span'), { className: 'wide', textContent: detail }));
          if (file === current || (file === './' && current === 'index.html')) link.setAttribute('aria-current', 'page');
        }
      }
    },
  );

  document.addEventListener('DOMContentLoaded', async () => {
    const nav = document.querySelector('nav[data-demo-pages]');
    // Once the page has loaded: scrolling lays the page out, which would hold up the directory's first cards.
    addEventListener('load', () => nav?.querySelector('[aria-current]')?.scrollIntoView({ block: 'nearest', inline: 'nearest' }), { once: true });
    for (const choice of document.querySelectorAll('[data-theme-choice]')) {
      if ((choice.dataset.themeChoice === 'none') === unthemed) choice.setAttribute('aria-current', 'true');
    }
    const code = document.getElementById('widget-theme-css');
    if (!code || !theme) return;
    try {
      const response = await fetch(theme.href);
      if (response.ok) code.textContent = await response.text();
    } catch {
      code.textContent = `See ${theme.getAttribute('href')}`;
    }
  });
})();
