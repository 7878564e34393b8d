import { describe, expect, it } from 'vitest';
import { echoedDays } from '../../../src/lib/compare/echoedDays.ts';
import type { Discrepancy } from '../../../src/lib/types.ts';
import { storyFacts as facts } from '../../support/storyFacts.ts';

const { sentences } = facts(
  'The government on Wednesday approved the culling of 40 wolves, after farmers reported losing 1,200 sheep.',
  'The government approved a cull of 40 wolves on Wednesday.',
  'The government approved Thursday the slaughter of 40 wolves, after the farmers signalled the loss of 2.100 sheep.',
  'Farmers lost over 1,200 sheep to wolves last year.',
);
const [lede, report, translation, sheep] = sentences as [(typeof sentences)[number], ...(typeof sentences)[number][]];

/** A weekday row giving each article's day. */
const days = (byArticle: Record<string, string>): Discrepancy => ({
  type: 'weekday',
  values: Object.entries(byArticle).map(([article, value]) => ({ article, value })),
});

describe('echoedDays', () => {
  it('drops a day row that is part of another claim’s, from sentences that claim holds too (a lede in two claims)', () => {
    const cull = days({ a1: 'Wednesday', a2: 'Wednesday', a3: 'Thursday' });
    const losses = days({ a1: 'Wednesday', a3: 'Thursday' });
    const echoed = echoedDays([
      { records: [lede, report!, translation!], discrepancies: [cull] },
      { records: [lede, translation!, sheep!], discrepancies: [losses] },
    ]);
    expect([...echoed]).toEqual([losses]);
  });

  it('keeps the row when one of its dated sentences stands in that claim only', () => {
    const cull = days({ a1: 'Wednesday', a2: 'Wednesday', a3: 'Thursday' });
    const losses = days({ a1: 'Wednesday', a3: 'Thursday' });
    const echoed = echoedDays([
      { records: [report!, translation!, sheep!], discrepancies: [cull] },
      { records: [lede, translation!, sheep!], discrepancies: [losses] },
    ]);
    expect(echoed.size).toBe(0);
  });

  it('keeps a row two claims show whole in both', () => {
    const one = days({ a1: 'Wednesday', a3: 'Thursday' });
    const two = days({ a1: 'Wednesday', a3: 'Thursday' });
    const echoed = echoedDays([
      { records: [lede, translation!], discrepancies: [one] },
      { records: [lede, translation!, sheep!], discrepancies: [two] },
    ]);
    expect(echoed.size).toBe(0);
  });
});
