import { describe, expect, it } from 'vitest';
import { secondaryMatches } from '../../../src/lib/align/secondaryMatches.ts';
import type { FeatureVector } from '../../../src/lib/types.ts';

const vector = (...features: string[]): FeatureVector => new Map(features.map((f) => [f, 1]));

describe('secondaryMatches', () => {
  // Group 0: sentences 0 (article 0) and 1 (article 1); group 1: sentence 2 (article 2) and 3 (article 0).
  const groups = () => [
    { core: [0, 1], extra: [] },
    { core: [2, 3], extra: [] },
  ];
  const articleOf = [0, 1, 2, 0];
  const scores: Record<string, number> = { '2:0,1': 0.3, '3:0,1': 0.3, '0:2,3': 0.1, '1:2,3': 0.1, '2:2,3': 0.3, '3:2,3': 0.3 };
  const average = (k: number, core: number[]) => scores[`${k}:${core.join(',')}`] ?? 0.3;

  it('lets a sentence that matches another group as well as its own support it too', () => {
    const vectors = [vector('w:deal', 'w:cost'), vector('w:deal', 'w:cost'), vector('w:deal', 'w:cost', 'w:scrap'), vector('w:scrap')];
    expect(secondaryMatches(groups(), vectors, articleOf, { average })).toEqual([[2, 0]]);
  });

  it('needs more than one shared word, person or figure', () => {
    const vectors = [vector('w:peopl', 'w:trap'), vector('w:peopl', 'w:rubbl'), vector('w:peopl', 'w:kill'), vector('w:kill')];
    expect(secondaryMatches(groups(), vectors, articleOf, { average })).toEqual([]);
    expect(secondaryMatches(groups(), vectors, articleOf, { average, minShared: 1 })).toEqual([[2, 0]]);
  });

  it('lets a sentence join on a weaker average when it clearly matches one of the group’s sentences and shares three words with it', () => {
    const weak: Record<string, number> = { '2:0,1': 0.12, '2:2,3': 0.14 };
    const weakAverage = (k: number, core: number[]) => weak[`${k}:${core.join(',')}`] ?? average(k, core);
    const vectors = [
      vector('w:water', 'w:planet', 'w:first'),
      vector('w:size'),
      vector('w:water', 'w:planet', 'w:first', 'w:scrap'),
      vector('w:scrap'),
    ];
    const similarity = (a: number, b: number) => ([a, b].includes(2) && [a, b].includes(0) ? 0.25 : 0.05);
    expect(secondaryMatches(groups(), vectors, articleOf, { average: weakAverage })).toEqual([]);
    expect(secondaryMatches(groups(), vectors, articleOf, { average: weakAverage, similarity })).toEqual([[2, 0]]);
    // Not on two shared words, nor without a clear match.
    const two = [vector('w:water', 'w:planet'), vector('w:size'), vector('w:water', 'w:planet', 'w:scrap'), vector('w:scrap')];
    expect(secondaryMatches(groups(), two, articleOf, { average: weakAverage, similarity })).toEqual([]);
    expect(secondaryMatches(groups(), vectors, articleOf, { average: weakAverage, similarity: () => 0.15 })).toEqual([]);
  });

  it('never adds a sentence to a group that holds a sentence of its article', () => {
    const vectors = [vector('w:deal', 'w:cost'), vector('w:deal', 'w:cost'), vector('w:deal', 'w:cost'), vector('w:deal', 'w:cost')];
    expect(secondaryMatches(groups(), vectors, articleOf, { average }).some(([k]) => k === 3)).toBe(false);
  });
});
