import { describe, expect, it } from 'vitest';
import { figureMatches } from '../../../src/lib/align/figureMatches.ts';
import type { FeatureVector } from '../../../src/lib/types.ts';

const vector = (...features: string[]): FeatureVector => new Map(features.map((f) => [f, 1]));
const always = () => 0.5;

describe('figureMatches', () => {
  // Sentences 0, 1: the seats claim (articles 0, 1); 2, 3: the runner-up claim (articles 0, 1);
  // 4: article 2's sentence giving both results, already in the seats claim.
  const vectors = [
    vector('w:seat', 'f:count:67 seat'),
    vector('w:seat', 'f:count:67 seat'),
    vector('w:unity', 'f:count:52 seat'),
    vector('w:unity', 'f:count:52 seat'),
    vector('w:seat', 'f:count:67 seat', 'f:count:52 seat'),
  ];
  const articleOf = [0, 1, 0, 1, 2];
  const groups = () => [
    { core: [0, 1, 4], extra: [] },
    { core: [2, 3], extra: [] },
  ];

  it('lets a sentence stating a group’s exact amount support that group too', () => {
    expect(figureMatches(groups(), vectors, articleOf, { average: always })).toEqual([[4, 1]]);
  });

  it('does not join through an amount that tells no claim of the sentence’s (a named person’s age, "said Brun, 24")', () => {
    const incidental = (k: number) => new Set(k === 4 ? ['f:count:52 seat'] : []);
    expect(figureMatches(groups(), vectors, articleOf, { average: always, incidental })).toEqual([]);
  });

  it('asks for some shared wording as well', () => {
    expect(figureMatches(groups(), vectors, articleOf, { average: () => 0.01 })).toEqual([]);
  });

  it('does not join through an amount the sentence’s own group already accounts for', () => {
    // Sentence 2 ("shares fell 6%", article 2) is in the share-price group with sentence 1 of
    // article 1, which gives 6% too; sentence 0 (article 0) gives 6% inside the breach group.
    const shares = [
      vector('w:breach', 'f:percent:6%'),
      vector('w:share', 'f:percent:6%'),
      vector('w:share', 'f:percent:6%'),
      vector('w:breach'),
    ];
    const breach = { core: [0, 3], extra: [] };
    // The lede giving both (sentence 0) does support the share-price claim: nothing in its own group gives 6%.
    expect(figureMatches([breach, { core: [1, 2], extra: [] }], shares, [0, 1, 2, 3], { average: always })).toEqual([[0, 1]]);
    // On its own, the same sentence does support the breach group through the amount.
    expect(figureMatches([breach, { core: [2], extra: [] }], shares, [0, 1, 2, 3], { average: always })).toContainEqual([2, 0]);
  });

  it('ignores weekdays and counts of nothing in particular, but not a year ("since 1976")', () => {
    const vague = [vector('f:weekday:monday', 'f:count:12'), vector('f:weekday:monday', 'f:count:12')];
    expect(figureMatches([{ core: [0], extra: [] }], vague, [0, 1], { average: always })).toEqual([]);
    const year = [vector('f:year:1976'), vector('f:year:1976')];
    expect(figureMatches([{ core: [0], extra: [] }], year, [0, 1], { average: always })).toEqual([[1, 0]]);
  });

  it('ignores small counts ("two countries") but not spans of time ("four years" in prison)', () => {
    const small = [vector('f:count:2 countri'), vector('f:count:2 countri')];
    expect(figureMatches([{ core: [0], extra: [] }], small, [0, 1], { average: always })).toEqual([]);
    const span = [vector('f:count:4 year'), vector('f:count:4 year')];
    expect(figureMatches([{ core: [0], extra: [] }], span, [0, 1], { average: always })).toEqual([[1, 0]]);
  });

  it('counts a time of day ("at 6:40 a.m.", "towards 6h40") as an exact amount', () => {
    const times = [vector('w:crash', 'f:time:06:40'), vector('w:accid', 'f:time:06:40')];
    expect(figureMatches([{ core: [0], extra: [] }], times, [0, 1], { average: always })).toEqual([[1, 0]]);
  });

  it('lets a sentence join a group that holds another sentence of its article (a claim split over two sentences)', () => {
    // Article 0 gives the demand (sentence 0) and the offer (sentence 1) apart; article 1 gives both in sentence 2.
    const split = [vector('w:rise', 'f:percent:15%'), vector('w:tabl', 'f:percent:6%'), vector('w:rise', 'f:percent:15%', 'f:percent:6%')];
    expect(figureMatches([{ core: [0, 2], extra: [] }], split, [0, 0, 1], { average: always })).toEqual([[1, 0]]);
  });
});
