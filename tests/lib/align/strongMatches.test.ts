import { describe, expect, it } from 'vitest';
import { similarityLookup } from '../../../src/lib/align/similarityLookup.ts';
import { strongMatches } from '../../../src/lib/align/strongMatches.ts';
import type { GroupMembers, ScoredPair } from '../../../src/lib/types.ts';

// Sentences 0, 1 (article 0), 2, 3 (article 1), 4, 5 (article 2), 6, 7 (article 3).
const articleOf = [0, 0, 1, 1, 2, 2, 3, 3];
const run = (groups: GroupMembers[], pairs: ScoredPair[], canJoin = () => true) =>
  strongMatches(groups, pairs, articleOf, { minSimilarity: 0.24, similarity: similarityLookup(pairs, articleOf.length), canJoin });

describe('strongMatches', () => {
  it("adds a leftover to the group of a sentence it matches strongly, though that sentence's own best match in its article is another", () => {
    // 2's best in article 3 is 7 (an extra member), not 6: no mutual best match.
    const groups = [{ core: [0, 2], extra: [7] }];
    const pairs = [
      { a: 0, b: 2, similarity: 0.5 },
      { a: 2, b: 7, similarity: 0.4 },
      { a: 2, b: 6, similarity: 0.3 },
    ];
    expect(run(groups, pairs)).toEqual([[6, 0]]);
  });

  it('picks, among groups it matches strongly, the one it matches best on average', () => {
    const groups = [
      { core: [0, 2], extra: [] },
      { core: [1, 4], extra: [] },
    ];
    const pairs = [
      { a: 0, b: 2, similarity: 0.5 },
      { a: 1, b: 4, similarity: 0.5 },
      { a: 2, b: 6, similarity: 0.3 },
      { a: 4, b: 6, similarity: 0.25 },
      { a: 1, b: 6, similarity: 0.2 },
    ];
    // Group 0 averages (0 + 0.3) / 2; group 1 (0.2 + 0.25) / 2.
    expect(run(groups, pairs)).toEqual([[6, 1]]);
  });

  it('leaves sentences already placed, weak pairs, and groups its article or canJoin rules out', () => {
    const pairs = [
      { a: 0, b: 2, similarity: 0.5 },
      { a: 2, b: 5, similarity: 0.3 },
      { a: 2, b: 6, similarity: 0.2 },
      { a: 0, b: 3, similarity: 0.3 },
    ];
    // 5 is placed, 6 too weak, 3 shares its article with 2.
    expect(run([{ core: [0, 2], extra: [5] }], pairs)).toEqual([]);
    expect(run([{ core: [0, 2], extra: [] }], pairs, () => false)).toEqual([]);
  });
});
