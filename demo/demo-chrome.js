// Demo chrome, loaded as a classic script right after the site's widget CSS so that `?theme=none` drops that
// CSS before the first paint: the page then shows the widget's default look. It also marks which look is
// shown in the bar and prints the very CSS file the site pastes in, so the recipe on screen is the one in use.
(() => {
  const unthemed = new URLSearchParams(location.search).get('theme') === 'none';
  const theme = document.getElementById('widget-theme');
  if (unthemed) theme?.remove();

  document.addEventListener('DOMContentLoaded', async () => {
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
