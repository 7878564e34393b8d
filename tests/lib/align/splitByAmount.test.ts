import { describe, expect, it } from 'vitest';
import { splitByAmount } from '../../../src/lib/align/splitByAmount.ts';

// The recall story: sentences 0-5 report the recall (1.2 million cars) in articles 0-4;
// sentence 6 ("Corvan shares fell 3.4%", article 0) joined through sentence 4, the business
// report's lede giving both the recall and the share price (article 3).
const amounts: Record<number, string[]> = {
  0: ['count:1200000'],
  1: ['count:1200000'],
  2: ['count:1200000'],
  3: ['count:1200000'],
  4: ['count:1200000', 'percent:3.4'],
  5: [],
  6: ['percent:3.4'],
};
const amountsOf = (k: number) => new Set(amounts[k] ?? []);
const articleOf = [0, 1, 2, 4, 3, 4, 0];
const recall = () => [{ core: [0, 1, 2, 3, 4, 5, 6], extra: [] }];

describe('splitByAmount', () => {
  it('splits off an amount a minority states when a sentence giving only it matches the rest poorly', () => {
    const poorly = (k: number) => (k === 6 ? 0.02 : 0.3);
    expect(splitByAmount(recall(), amountsOf, { articleOf, linkage: poorly })).toEqual([
      { core: [0, 1, 2, 3, 4, 5], extra: [] },
      { core: [4, 6], extra: [] },
    ]);
  });

  it('keeps the group whole when that sentence matches the rest well enough', () => {
    expect(splitByAmount(recall(), amountsOf, { articleOf, linkage: () => 0.3 })).toEqual(recall());
  });

  it('keeps a disagreement over one figure together ("71.4%" against "72%")', () => {
    const turnout: Record<number, string[]> = { 0: ['percent:71.4'], 1: ['percent:71.4'], 2: ['percent:72'], 3: [], 4: ['percent:71'] };
    const groups = [{ core: [0, 1, 2, 3, 4], extra: [] }];
    const split = splitByAmount(groups, (k) => new Set(turnout[k] ?? []), { articleOf: [0, 1, 2, 3, 4], linkage: () => 0 });
    expect(split).toEqual(groups);
  });

  it('splits nothing that most of the group states', () => {
    const most: Record<number, string[]> = { 0: ['count:4000'], 1: ['count:4000'], 2: ['count:4000'], 3: [], 4: [] };
    const groups = [{ core: [0, 1, 2, 3, 4], extra: [] }];
    expect(splitByAmount(groups, (k) => new Set(most[k] ?? []), { articleOf: [0, 1, 2, 3, 4], linkage: () => 0 })).toEqual(groups);
  });
});
