import { describe, expect, it } from 'vitest';
import { mutualOmissions } from '../../../src/lib/compare/mutualOmissions.ts';

describe('mutualOmissions', () => {
  it('pairs two close amounts each left out by the articles giving the other ("42" bronzes, "43" pieces)', () => {
    const omissions = [
      { kind: 'count', value: 42, articles: ['a', 'c', 'e'], missing: ['b'] },
      { kind: 'count', value: 43, articles: ['b'], missing: ['a', 'c', 'e'] },
    ];
    expect(mutualOmissions(omissions)).toEqual([[0, 1]]);
  });

  it('does not pair amounts far apart, of another kind, or left out by only some of the other side', () => {
    const far = [
      { kind: 'count', value: 42, articles: ['a'], missing: ['b'] },
      { kind: 'count', value: 60, articles: ['b'], missing: ['a'] },
    ];
    expect(mutualOmissions(far)).toEqual([]);
    const kinds = [
      { kind: 'count', value: 42, articles: ['a'], missing: ['b'] },
      { kind: 'percent', value: 43, articles: ['b'], missing: ['a'] },
    ];
    expect(mutualOmissions(kinds)).toEqual([]);
    const oneWay = [
      { kind: 'count', value: 42, articles: ['a', 'c'], missing: ['b'] },
      { kind: 'count', value: 43, articles: ['b'], missing: ['a'] },
    ];
    expect(mutualOmissions(oneWay)).toEqual([]);
  });

  it('pairs an amount with two candidates only with the one whose digits are transposed ("7.6 million" for "6.7 million")', () => {
    const omissions = [
      { kind: 'count', value: 7600000, articles: ['a'], missing: ['e'] },
      { kind: 'count', value: 7400000, articles: ['a'], missing: ['e'] },
      { kind: 'count', value: 6700000, articles: ['e'], missing: ['a'] },
    ];
    expect(mutualOmissions(omissions)).toEqual([[0, 2]]);
    const neither = [
      { kind: 'count', value: 7500000, articles: ['a'], missing: ['e'] },
      { kind: 'count', value: 7400000, articles: ['a'], missing: ['e'] },
      { kind: 'count', value: 6700000, articles: ['e'], missing: ['a'] },
    ];
    expect(mutualOmissions(neither)).toEqual([]);
  });
});
