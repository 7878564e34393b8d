import { describe, expect, it } from 'vitest';
import { mergeByAmount } from '../../../src/lib/align/mergeByAmount.ts';

const amounts: Record<number, string[]> = {
  0: ['percent:5'],
  1: ['percent:5'],
  2: ['percent:5', 'count:12'],
  3: ['percent:5'],
  4: [],
  5: ['percent:5'],
};
const amountsOf = (k: number) => new Set(amounts[k] ?? []);

describe('mergeByAmount', () => {
  it('merges two groups whose every core sentence states the same amount', () => {
    const groups = [
      { core: [0, 1], extra: [] },
      { core: [2, 3], extra: [] },
    ];
    expect(mergeByAmount(groups, amountsOf)).toEqual([{ core: [0, 1, 2, 3], extra: [] }]);
  });

  it('keeps groups apart when one core sentence lacks the amount, or when they may not merge', () => {
    const partly = [
      { core: [0, 1], extra: [] },
      { core: [4, 5], extra: [] },
    ];
    expect(mergeByAmount(partly, amountsOf)).toEqual(partly);
    const quotesDiffer = [
      { core: [0, 1], extra: [] },
      { core: [2, 3], extra: [] },
    ];
    expect(mergeByAmount(quotesDiffer, amountsOf, { canMerge: () => false })).toEqual(quotesDiffer);
  });

  it('keeps two groups apart when two articles each give the amount in both (two claims stating one amount)', () => {
    const groups = [
      { core: [0, 1], extra: [] },
      { core: [2, 3], extra: [] },
    ];
    // Sentences 0 and 2 are article 0's, 1 and 3 article 1's.
    expect(mergeByAmount(groups, amountsOf, { articleOf: [0, 1, 0, 1] })).toEqual(groups);
    // One article restating the amount does not keep them apart.
    expect(mergeByAmount(groups, amountsOf, { articleOf: [0, 1, 0, 2] })).toEqual([{ core: [0, 1, 2, 3], extra: [] }]);
  });
});
