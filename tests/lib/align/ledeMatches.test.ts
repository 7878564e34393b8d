import { describe, expect, it } from 'vitest';
import { ledeMatches } from '../../../src/lib/align/ledeMatches.ts';

// Articles 0, 1 and 2 open with sentences 0, 2 and 4, which the clustering grouped (group 0);
// sentences 1 and 3 are a second claim (group 1). Article 3's lede, sentence 6, is in no group.
const groups = () => [
  { core: [0, 2, 4], extra: [] },
  { core: [1, 3], extra: [] },
];
const articleOf = [0, 0, 1, 1, 2, 2, 3, 3];
const ledes = new Set([0, 2, 4, 6]);
const isLede = (k: number) => ledes.has(k);

describe('ledeMatches', () => {
  it('joins a lede in no group to the group holding the other articles’ ledes when it matches it half as well as the threshold', () => {
    expect(ledeMatches(groups(), articleOf, { isLede, average: () => 0.09 })).toEqual([[6, 0]]);
  });

  it('leaves the lede out when its wording matches that group too little', () => {
    expect(ledeMatches(groups(), articleOf, { isLede, average: () => 0.05 })).toEqual([]);
  });

  it('takes only first sentences: a later sentence in no group stays out however well it matches', () => {
    expect(ledeMatches(groups(), articleOf, { isLede: (k) => k !== 6 && ledes.has(k), average: () => 0.5 })).toEqual([]);
  });

  it('needs two other articles’ ledes in the group: one lede pair is no main event', () => {
    const two = [
      { core: [0, 2], extra: [] },
      { core: [1, 3], extra: [] },
    ];
    expect(ledeMatches(two, [0, 0, 1, 1, 2, 2, 3, 3], { isLede: (k) => k === 0 || k === 6, average: () => 0.5 })).toEqual([]);
  });

  it('joins a lede to the ledes’ group even where a later sentence of its article already words the claim there', () => {
    // Sentence 7, article 3's second sentence, is in the group's core.
    const told = [
      { core: [0, 2, 4, 7], extra: [] },
      { core: [1, 3], extra: [] },
    ];
    expect(ledeMatches(told, articleOf, { isLede, average: () => 0.09 })).toEqual([[6, 0]]);
  });

  it('asks canJoin, so a lede quoting other words stays out', () => {
    expect(ledeMatches(groups(), articleOf, { isLede, average: () => 0.5, canJoin: () => false })).toEqual([]);
  });
});
