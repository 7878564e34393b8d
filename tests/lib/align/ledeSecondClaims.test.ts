import { describe, expect, it } from 'vitest';
import { ledeSecondClaims } from '../../../src/lib/align/ledeSecondClaims.ts';

// Articles 0, 1 and 2 open with sentences 0, 3 and 6. The ledes of articles 0 and 1 are in the
// main event's group (0); article 2's lede, sentence 6, is grouped with article 0's second
// sentence (group 1: the deal that collapsed a year before); articles 0 and 1 word a third
// claim in sentences 2 and 4 (group 2).
const groups = () => [
  { core: [0, 3], extra: [] },
  { core: [1, 6], extra: [] },
  { core: [2, 4], extra: [] },
];
const articleOf = [0, 0, 0, 1, 1, 1, 2, 2];
const ledes = new Set([0, 3, 6]);
const isLede = (k: number) => ledes.has(k);
// Article 2's lede matches the main event's group (0) well and its own group (1) about as well.
const scores: Record<string, number> = { '6:0,3': 0.2, '6:1,6': 0.22 };
const matchOf = (k: number, core: number[]) => scores[`${k}:${core.join(',')}`] ?? 0.02;

describe('ledeSecondClaims', () => {
  it('adds a grouped lede to another group it matches as well as the threshold asks', () => {
    expect(ledeSecondClaims(groups(), articleOf, { isLede, matchOf })).toEqual([[6, 0]]);
  });

  it('leaves it out where it matches that group less than the threshold', () => {
    expect(
      ledeSecondClaims(groups(), articleOf, { isLede, matchOf: (k, core) => (matchOf(k, core) === 0.2 ? 0.15 : matchOf(k, core)) }),
    ).toEqual([]);
  });

  it('leaves it out where it matches that group less than half as well as its own', () => {
    const close = (k: number, core: number[]) => (k === 6 && core.join(',') === '1,6' ? 0.45 : matchOf(k, core));
    expect(ledeSecondClaims(groups(), articleOf, { isLede, matchOf: close })).toEqual([]);
  });

  it('takes only ledes: a later sentence matching another group as well stays where it is', () => {
    expect(ledeSecondClaims(groups(), articleOf, { isLede: (k) => k !== 6 && ledes.has(k), matchOf })).toEqual([]);
  });

  it('leaves a lede in no group to ledeMatches', () => {
    const ungrouped = [
      { core: [0, 3], extra: [] },
      { core: [2, 4], extra: [] },
    ];
    expect(ledeSecondClaims(ungrouped, articleOf, { isLede, matchOf: () => 0.5 })).toEqual([]);
  });

  it('never joins a group whose core holds a sentence of its own article', () => {
    const told = [
      { core: [0, 3, 7], extra: [] },
      { core: [1, 6], extra: [] },
    ];
    expect(ledeSecondClaims(told, articleOf, { isLede, matchOf: (k) => (k === 6 ? 0.5 : 0) })).toEqual([]);
  });

  it('asks canJoin, as every extra member does', () => {
    expect(ledeSecondClaims(groups(), articleOf, { isLede, matchOf, canJoin: (_, core) => !core.includes(0) })).toEqual([]);
  });
});
