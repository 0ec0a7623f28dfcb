import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ABBREVIATIONS, summarize } from '../../src/sdk/normalize/summary.js';

describe('summary of a real-looking description', () => {
  it('does not stop at company suffixes, titles, street words or U.S.', () => {
    const cases: [string, string][] = [
      [
        'Catholic Charities of the Diocese, Inc. provides emergency food boxes to families in need. Bring photo ID.',
        'Catholic Charities of the Diocese, Inc. provides emergency food boxes to families in need.',
      ],
      [
        'Operated by the U.S. Department of Veterans Affairs. Veterans must show a DD-214.',
        'Operated by the U.S. Department of Veterans Affairs.',
      ],
      [
        'Free clinic run by Dr. Maria Lopez and volunteers from St. Vincent de Paul. Walk-ins welcome.',
        'Free clinic run by Dr. Maria Lopez and volunteers from St. Vincent de Paul.',
      ],
      ['Located at 1200 Main St. Suite 4, next to the library. Parking in rear.', 'Located at 1200 Main St. Suite 4, next to the library.'],
      ['Pantry at 55 Oak Ave. Building B serves Zip codes 94601-94607. Call first.', 'Pantry at 55 Oak Ave. Building B serves Zip codes 94601-94607.'],
      ['Support group led by Mrs. Jones and Mr. Patel at the Smith & Co. office. Drop in.', 'Support group led by Mrs. Jones and Mr. Patel at the Smith & Co. office.'],
      ['Counseling with J. R. Smith, LCSW, for adults 18+. Sliding scale fees.', 'Counseling with J. R. Smith, LCSW, for adults 18+.'],
      ['Helps with bills, e.g. gas, water, etc. and rent. Apply online.', 'Helps with bills, e.g. gas, water, etc. and rent.'],
      ['Offers basic needs, i.e. Food, clothing and shelter. Apply online.', 'Offers basic needs, i.e. Food, clothing and shelter.'],
      ['Open 9 a.m. to 5 p.m. Monday through Friday in Bldg. 4. Closed holidays.', 'Open 9 a.m. to 5 p.m. Monday through Friday in Bldg. 4.'],
      ['Serves approx. 300 families a week from the Dept. of Human Services office. Call first.', 'Serves approx. 300 families a week from the Dept. of Human Services office.'],
      ['Office at 10 Station Rd. No. 4 on the first floor; ask at reception. Step-free access.', 'Office at 10 Station Rd. No. 4 on the first floor; ask at reception.'],
      ['Food is given out at the Acme Corp. and Widgets Ltd. warehouses. Bring bags.', 'Food is given out at the Acme Corp. and Widgets Ltd. warehouses.'],
      ['Serving children ages 5 to 18. Parents must attend.', 'Serving children ages 5 to 18.'],
      ['Dosage support: 1.5 mg tablets are provided at no cost. Ask your pharmacist.', 'Dosage support: 1.5 mg tablets are provided at no cost.'],
      ['How to apply: 1. Call the intake line. 2. Bring ID.', 'How to apply: 1. Call the intake line.'],
      ['Atención con la Sra. Gómez y la Dra. Ruiz en la Av. Juárez. Sin cita previa.', 'Atención con la Sra. Gómez y la Dra. Ruiz en la Av. Juárez.'],
      ['Le Sr. Martin et M. Dupont reçoivent au local. Sans rendez-vous.', 'Le Sr. Martin et M. Dupont reçoivent au local.'],
      ['Do you need an appointment? No. Walk in any time.', 'Do you need an appointment?'],
      ['Food, clothing, hygiene items, etc. Call before visiting.', 'Food, clothing, hygiene items, etc.'],
    ];
    for (const [description, summary] of cases) expect(summarize(description), description).toBe(summary);
  });
});

const dotted = [...ABBREVIATIONS].map((word) => `${word}.`);
/** The word before the summary's final full stop, when the summary ends a sentence with one. */
const lastWord = (summary: string): string | undefined => /(?:^|\s)[("'“‘[]*(\S+)\.$/.exec(summary)?.[1]?.toLowerCase();

describe('summary properties', () => {
  const word = fc.oneof(
    fc.constantFrom(...dotted, ...dotted.map((d) => d[0]!.toUpperCase() + d.slice(1)), 'Inc.', 'U.S.', 'J.', '1.5', '18.', 'help', 'Food', 'the', 'Call', 'now!', 'open?'),
    fc.stringMatching(/^[A-Za-z]{1,10}[.,]?$/),
  );
  const description = fc.array(word, { minLength: 1, maxLength: 60 }).map((words) => words.join(' '));

  it('is the beginning of the description, and never stops short at one of the abbreviations', () => {
    fc.assert(
      fc.property(description, (text) => {
        const summary = summarize(text);
        const kept = summary.endsWith('…') ? summary.slice(0, -1) : summary;
        expect(text.startsWith(kept)).toBe(true);
        if (summary !== text && !summary.endsWith('…')) expect(ABBREVIATIONS.has(lastWord(summary) ?? '')).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('summary of hostile text', () => {
  // A guard against quadratic rescans (the first version took 4.4 s here), not a speed measurement: the
  // bound is loose enough for a busy CI machine.
  it('stays linear on long lines full of candidate full stops', () => {
    for (const unit of ['1. ', ': 1. ', 'J. ', 'Inc. ', 'a. b ', 'x.  ']) {
      const text = unit.repeat(30_000);
      const started = performance.now();
      summarize(text);
      expect(performance.now() - started, unit).toBeLessThan(1500);
    }
  });
});
