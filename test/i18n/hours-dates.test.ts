import { describe, expect, it } from 'vitest';
import { formatDate, formatWhen, weekdayName } from '../../src/components/listing-format/hours-text.js';
import { createFormatters, type Formatters } from '../../src/i18n/formatters.js';
import { LOCALES, loaders } from '../../src/i18n/locales.js';

// Tuesday 10 March 2026 at noon in New York. A session three days on (Friday 13th) is read as this week's;
// one ten days on (Friday 20th) would be read as this Friday too, unless its date is given.
const NOW = new Date('2026-03-10T12:00:00-04:00');
const IN_THREE_DAYS = new Date('2026-03-13T18:30:00-04:00');
const IN_TEN_DAYS = new Date('2026-03-20T18:30:00-04:00');
const ZONE = 'America/New_York';

async function formatters(tag: string): Promise<Formatters> {
  const module = tag === 'en' ? undefined : await loaders[tag]!();
  return createFormatters(tag, module?.intl);
}

describe('when a session is, in every interface language', () => {
  it.each(LOCALES.map((locale) => locale.tag))('%s: a weekday within six days, the date beyond', async (tag) => {
    const f = await formatters(tag);
    const soon = formatWhen(IN_THREE_DAYS, ZONE, NOW, f);
    const later = formatWhen(IN_TEN_DAYS, ZONE, NOW, f);
    expect(soon.startsWith(weekdayName('FR', f, 'short'))).toBe(true);
    expect(soon).not.toContain(f.number(13));
    expect(later).toContain(f.number(20));
  });

  it('reads "Fri, Mar 20, 6:30 PM" in English, and dates alone as "Thu, Dec 25"', () => {
    const en = createFormatters('en');
    expect(formatWhen(IN_TEN_DAYS, ZONE, NOW, en).replace(/\s/g, ' ')).toBe('Fri, Mar 20, 6:30 PM');
    expect(formatDate('2025-12-25', en)).toBe('Thu, Dec 25');
  });

  it('counts the days in the listing\'s zone: a week ahead on its calendar is dated', () => {
    const en = createFormatters('en');
    const nextTuesdayEvening = new Date('2026-03-17T18:30:00-04:00');
    expect(formatWhen(nextTuesdayEvening, ZONE, NOW, en).replace(/\s/g, ' ')).toBe('Tue, Mar 17, 6:30 PM');
    const nextMondayEvening = new Date('2026-03-16T18:30:00-04:00');
    expect(formatWhen(nextMondayEvening, ZONE, NOW, en).replace(/\s/g, ' ')).toBe('Mon 6:30 PM');
  });
});
