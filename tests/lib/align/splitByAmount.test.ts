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

  it('splits two figures of one kind that two articles each give apart ("petrol at 1,450", "diesel at 1,380"), unless a sentence clearly matches the rest', () => {
    // Articles 0 and 2 give each price in a sentence of its own; article 1 gives both in one.
    const fuel: Record<number, string[]> = {
      0: ['count:1450', 'percent:20'],
      1: ['count:1380', 'percent:18'],
      2: ['count:1450', 'count:1380'],
      3: ['count:1450', 'percent:20'],
      4: ['count:1380'],
      5: ['count:1450', 'count:1210'],
    };
    const groups = () => [{ core: [0, 1, 2, 3, 4, 5], extra: [] }];
    const options = { articleOf: [0, 0, 1, 2, 2, 3], linkage: () => 0.2 };
    expect(splitByAmount(groups(), (k) => new Set(fuel[k] ?? []), options)).toEqual([
      { core: [0, 2, 3, 5], extra: [] },
      { core: [1, 2, 4], extra: [] },
    ]);
    expect(splitByAmount(groups(), (k) => new Set(fuel[k] ?? []), { ...options, linkage: () => 0.4 })).toEqual(groups());
    // One article giving both is no evidence of two figures (it may give a figure and its
    // correction): another report's "1,380" is still a disagreement over one figure.
    const once: Record<number, string[]> = {
      0: ['count:1450'],
      1: ['count:1380'],
      2: ['count:1450'],
      3: ['count:1450'],
      4: ['count:1380'],
      5: [],
    };
    const apart = { articleOf: [0, 0, 1, 2, 3, 4], linkage: () => 0.2 };
    expect(splitByAmount(groups(), (k) => new Set(once[k] ?? []), apart)).toEqual(groups());
  });

  it('splits off money two articles each give apart from the rest of the claim, whatever rival sums the rest gives, unless a sentence clearly matches the rest', () => {
    // Four articles report a delay (sentences 0, 2, 4, 6) and give its cost in a sentence of its
    // own (1, 3, 5, 7); one gives the old cost too (1,800), a translation a slip (3,200).
    const cost: Record<number, string[]> = {
      1: ['money:USD:2300'],
      3: ['money:USD:2300'],
      5: ['money:USD:2300', 'money:USD:1800'],
      7: ['money:USD:3200'],
    };
    const groups = () => [{ core: [0, 1, 2, 3, 4, 5, 6, 7], extra: [] }];
    const options = { articleOf: [0, 0, 1, 1, 2, 2, 3, 3], linkage: () => 0.2 };
    expect(splitByAmount(groups(), (k) => new Set(cost[k] ?? []), options)).toEqual([
      { core: [0, 2, 4, 6], extra: [] },
      { core: [1, 3, 5, 7], extra: [] },
    ]);
    expect(splitByAmount(groups(), (k) => new Set(cost[k] ?? []), { ...options, linkage: () => 0.4 })).toEqual(groups());
    // A headline beside the article's money sentence is no second wording of the claim.
    const headed = { ...options, isHeading: (k: number) => k === 0 || k === 2 || k === 4 };
    expect(splitByAmount(groups(), (k) => new Set(cost[k] ?? []), headed)).toEqual(groups());
  });

  it('splits nothing that most of the group states', () => {
    const most: Record<number, string[]> = { 0: ['count:4000'], 1: ['count:4000'], 2: ['count:4000'], 3: [], 4: [] };
    const groups = [{ core: [0, 1, 2, 3, 4], extra: [] }];
    expect(splitByAmount(groups, (k) => new Set(most[k] ?? []), { articleOf: [0, 1, 2, 3, 4], linkage: () => 0 })).toEqual(groups);
  });
});
