import { describe, expect, it } from 'vitest';
import { mutualBestMatches } from '../../../src/lib/align/mutualBestMatches.ts';

// Sentences 0, 1 (article 0), 2 (article 1), 3, 4 (article 2). Pairs sorted best first.
const articleOf = [0, 0, 1, 2, 2];

describe('mutualBestMatches', () => {
  it('pairs a leftover with the grouped sentence it matches best when that sentence picks it back', () => {
    const pairs = [
      { a: 0, b: 2, similarity: 0.5 },
      { a: 2, b: 3, similarity: 0.3 },
    ];
    expect(mutualBestMatches(pairs, articleOf, new Set([0, 2]), 0.2)).toEqual([[3, 2]]);
  });

  it('skips a leftover whose best match prefers another sentence of its article', () => {
    const pairs = [
      { a: 0, b: 2, similarity: 0.5 },
      { a: 2, b: 4, similarity: 0.4 },
      { a: 2, b: 3, similarity: 0.3 },
    ];
    // 2's best in article 2 is 4 (grouped or not), so 3 is not its mutual best.
    expect(mutualBestMatches(pairs, articleOf, new Set([0, 2, 4]), 0.2)).toEqual([]);
  });

  it('skips weak matches and matches that are themselves in no group', () => {
    const pairs = [
      { a: 0, b: 2, similarity: 0.5 },
      { a: 2, b: 3, similarity: 0.15 },
      { a: 1, b: 4, similarity: 0.4 },
    ];
    expect(mutualBestMatches(pairs, articleOf, new Set([0, 2]), 0.2)).toEqual([]);
  });
});
