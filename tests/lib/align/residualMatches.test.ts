import { describe, expect, it } from 'vitest';
import { residualMatches } from '../../../src/lib/align/residualMatches.ts';
import type { FeatureVector } from '../../../src/lib/types.ts';

const vector = (...features: string[]): FeatureVector => new Map(features.map((f) => [f, 1]));
// Article 0's sentence reports two claims: the case count and who is ill. Articles 1 and 2
// report each claim in a sentence of its own; sentences 5 and 6 are unrelated padding.
const vectors = [
  vector('w:case', 'w:48', 'w:measl', 'w:most', 'w:unvaccin', 'w:children', 'w:five'),
  vector('w:case', 'w:48', 'w:measl', 'w:confirm'),
  vector('w:most', 'w:unvaccin', 'w:children', 'w:five', 'w:under'),
  vector('w:case', 'w:48', 'w:measl', 'w:provinc'),
  vector('w:most', 'w:unvaccin', 'w:children', 'w:five', 'w:vaccin'),
  vector('w:school', 'w:clinic', 'w:open'),
  vector('w:school', 'w:clinic', 'w:week'),
];
const articles = [0, 1, 1, 2, 2, 1, 2];
const groups = [
  [0, 1, 3],
  [2, 4],
  [5, 6],
];

describe('residualMatches', () => {
  it('lets a two-claim sentence also support the claim its own group does not explain', () => {
    expect(residualMatches(groups, vectors, articles)).toEqual([[0, 1]]);
  });

  it('finds nothing when what is left over matches no other group', () => {
    const offTopic = [vector('w:case', 'w:48', 'w:measl', 'w:storm', 'w:rain', 'w:flood'), ...vectors.slice(1)];
    expect(residualMatches(groups, offTopic, articles)).toEqual([]);
  });

  it('does not add a sentence to a group that already holds a sentence of its article', () => {
    const sameArticle = [
      [0, 1, 3],
      [2, 4, 7],
      [5, 6],
    ];
    const withOwn = [...vectors, vector('w:children', 'w:five', 'w:hospit')];
    expect(residualMatches(sameArticle, withOwn, [...articles, 0])).toEqual([]);
  });

  it('ignores leftovers with too few words and groups it may not join', () => {
    expect(residualMatches(groups, vectors, articles, { minLeftover: 5 })).toEqual([]);
    expect(residualMatches(groups, vectors, articles, { canJoin: (_, group) => !group.includes(2) })).toEqual([]);
  });
});
