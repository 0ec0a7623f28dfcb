import { describe, expect, it } from 'vitest';
import { loaders } from '../../src/i18n/locales.js';
import { en } from '../../src/i18n/translations/en.js';
import type { Translation } from '../../src/i18n/translations/en.js';

/**
 * WCAG 2.5.3 Label in Name: where a card action's accessible name is longer than its visible label ("Text" named
 * "Text (503) 555-0142"), the name must contain the label as it shows, so a voice-control user who says what
 * they see ("click Enviar mensaje") reaches the button.
 */
const NAMED: [label: keyof Translation, name: (t: Translation) => string][] = [
  ['text', (t) => t.textNamed('(503) 555-0142')],
  ['directions', (t) => t.directionsTo('Riverside Main Site')],
];

describe('the card actions keep their visible label in their name, in every language', () => {
  for (const [tag, load] of [['en', async () => ({ translation: en })] as const, ...Object.entries(loaders)]) {
    it(tag, async () => {
      const { translation } = await load();
      for (const [label, name] of NAMED) {
        const visible = String(translation[label]).toLocaleLowerCase(tag);
        expect(name(translation).toLocaleLowerCase(tag), `${tag} ${label}`).toContain(visible);
      }
    });
  }
});
