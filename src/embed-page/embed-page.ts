// dist/embed.html's script: one <resource-directory> configured by the page's query parameters, for sites
// that can only add an iframe. Parameter values are hostile: they become attributes and CSSOM values only.
import { exitDestination } from '../components/quick-exit/quick-exit.js';
import { exitWholePage } from './exit-whole-page.js';
import { connectSources, imageSources, narrowPolicy } from './feed-policy.js';
import { reportHeight } from './height-reporter.js';
import { embedConfig } from './query-config.js';

function languageTag(value: string | null): string | undefined {
  try {
    return value ? Intl.getCanonicalLocales(value)[0] : undefined;
  } catch {
    return undefined; // not a language tag: the directory falls back to the visitor's language
  }
}

function start(): void {
  const params = new URLSearchParams(location.search);
  narrowPolicy({
    connect: connectSources([params.get('feed'), params.get('vocabulary-src')], document.baseURI),
    images: imageSources(params.get('map-tiles'), document.baseURI),
  });
  const lang = languageTag(params.get('lang'));
  if (lang) document.documentElement.lang = lang;

  const { attributes, theme } = embedConfig(params, (property, value) => CSS.supports(property, value));
  const directory = document.createElement('resource-directory');
  for (const [name, value] of attributes) directory.setAttribute(name, value);
  for (const [property, value] of theme) directory.style.setProperty(property, value);
  const main = document.createElement('main');
  main.append(directory);
  document.body.style.margin = '4px'; // room for focus rings at the frame's edges, which clip everything outside
  document.body.append(main);
  reportHeight();
  if (directory.hasAttribute('quick-exit')) exitWholePage(exitDestination(params.get('quick-exit-url') ?? undefined));
}

start();
