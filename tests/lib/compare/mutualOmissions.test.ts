import { describe, expect, it } from 'vitest';
import { mutualOmissions } from '../../../src/lib/compare/mutualOmissions.ts';

describe('mutualOmissions', () => {
  it('pairs two close amounts each left out by the articles giving the other ("42" bronzes, "43" pieces)', () => {
    const omissions = [
      { amount: 'count:42', articles: ['a', 'c', 'e'], missing: ['b'] },
      { amount: 'count:43', articles: ['b'], missing: ['a', 'c', 'e'] },
    ];
    expect(mutualOmissions(omissions)).toEqual([[0, 1]]);
  });

  it('does not pair amounts far apart, of another kind, or left out by only some of the other side', () => {
    const far = [
      { amount: 'count:42', articles: ['a'], missing: ['b'] },
      { amount: 'count:60', articles: ['b'], missing: ['a'] },
    ];
    expect(mutualOmissions(far)).toEqual([]);
    const kinds = [
      { amount: 'count:42', articles: ['a'], missing: ['b'] },
      { amount: 'percent:43', articles: ['b'], missing: ['a'] },
    ];
    expect(mutualOmissions(kinds)).toEqual([]);
    const oneWay = [
      { amount: 'count:42', articles: ['a', 'c'], missing: ['b'] },
      { amount: 'count:43', articles: ['b'], missing: ['a'] },
    ];
    expect(mutualOmissions(oneWay)).toEqual([]);
  });

  it('pairs an amount with two candidates only with the one whose digits are transposed ("7.6 million" for "6.7 million")', () => {
    const omissions = [
      { amount: 'count:7600000', articles: ['a'], missing: ['e'] },
      { amount: 'count:7400000', articles: ['a'], missing: ['e'] },
      { amount: 'count:6700000', articles: ['e'], missing: ['a'] },
    ];
    expect(mutualOmissions(omissions)).toEqual([[0, 2]]);
    const neither = [
      { amount: 'count:7500000', articles: ['a'], missing: ['e'] },
      { amount: 'count:7400000', articles: ['a'], missing: ['e'] },
      { amount: 'count:6700000', articles: ['e'], missing: ['a'] },
    ];
    expect(mutualOmissions(neither)).toEqual([]);
  });
});
