import { describe, expect, it } from 'vitest';
import { echoedRows } from '../../../src/lib/compare/echoedRows.ts';
import type { Discrepancy } from '../../../src/lib/types.ts';
import { storyFacts as facts } from '../../support/storyFacts.ts';

const { sentences } = facts(
  'The government on Wednesday approved the culling of 40 wolves, after farmers reported losing 1,200 sheep.',
  'The government approved a cull of 40 wolves on Wednesday.',
  'The government approved Thursday the slaughter of 40 wolves, after the farmers signalled the loss of 2.100 sheep.',
  'Farmers lost over 1,200 sheep to wolves last year.',
);
const [lede, report, translation, sheep] = sentences as [(typeof sentences)[number], ...(typeof sentences)[number][]];

/** A row of `type` giving each article's value, read as `reading` reads it (default: no reading). */
const row = (type: Discrepancy['type'], byArticle: Record<string, string>, reading?: (value: string) => string): Discrepancy => ({
  type,
  values: Object.entries(byArticle).map(([article, value]) => ({ article, value, ...(reading ? { reading: reading(value) } : {}) })),
});
/** A weekday row giving each article's day. */
const days = (byArticle: Record<string, string>) => row('weekday', byArticle);

describe('echoedRows', () => {
  it('drops a day row that is part of another claim’s, from sentences that claim holds too (a lede in two claims)', () => {
    const cull = days({ a1: 'Wednesday', a2: 'Wednesday', a3: 'Thursday' });
    const losses = days({ a1: 'Wednesday', a3: 'Thursday' });
    const echoed = echoedRows([
      { records: [lede, report!, translation!], discrepancies: [cull] },
      { records: [lede, translation!, sheep!], discrepancies: [losses] },
    ]);
    expect([...echoed]).toEqual([losses]);
  });

  it('drops it too when the one reading it keeps has no rival left (the lede stands in the second claim only)', () => {
    const cull = days({ a1: 'Wednesday', a2: 'Wednesday', a3: 'Thursday' });
    const losses = days({ a1: 'Wednesday', a3: 'Thursday' });
    const echoed = echoedRows([
      { records: [report!, translation!, sheep!], discrepancies: [cull] },
      { records: [lede, translation!, sheep!], discrepancies: [losses] },
    ]);
    expect([...echoed]).toEqual([losses]);
  });

  it('keeps a row two claims show whole in both', () => {
    const one = days({ a1: 'Wednesday', a3: 'Thursday' });
    const two = days({ a1: 'Wednesday', a3: 'Thursday' });
    const echoed = echoedRows([
      { records: [lede, translation!], discrepancies: [one] },
      { records: [lede, translation!, sheep!], discrepancies: [two] },
    ]);
    expect(echoed.size).toBe(0);
  });

  it('drops a figure row whose only rival reading is one a larger row of another claim holds, from a sentence that claim holds too', () => {
    const { sentences: brief } = facts(
      'Kerova expelled four Brastian diplomats on Monday.',
      'In 2018 Kerova expelled three Brastian diplomats in a similar case.',
      'Kerova on Tuesday expelled five Brastian diplomats it accused of spying.',
      'Kerova expelled four diplomats for spying.',
    );
    const [now, earlier, translation, other] = brief as [(typeof brief)[number], ...(typeof brief)[number][]];
    const count = (byArticle: Record<string, string>) => row('number', byArticle, (value) => value.split(' ')[0]!);
    const expulsion = count({ a1: 'four Brastian diplomats', a3: 'five Brastian diplomats', a4: 'four diplomats' });
    const precedent = count({ a2: 'three Brastian diplomats', a3: 'five Brastian diplomats' });
    const rows = (records: (typeof brief)[number][]) =>
      echoedRows([
        { records: [now, translation!, other!], discrepancies: [expulsion] },
        { records, discrepancies: [precedent] },
      ]);
    expect([...rows([earlier!, translation!])]).toEqual([precedent]);
    // The translation's five stands in the precedent's claim only: the row is its own.
    const { sentences: own } = facts('Kerova on Tuesday expelled five Brastian diplomats it accused of spying.');
    expect(rows([earlier!, { ...own[0]!, article: 'a3' }]).size).toBe(0);
  });
});
