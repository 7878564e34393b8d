import { describe, expect, it } from 'vitest';
import { bySimilarity } from '../../../src/lib/align/bySimilarity.ts';

describe('bySimilarity', () => {
  it('puts the best pair first and breaks ties by sentence index', () => {
    const pairs = [
      { a: 2, b: 5, similarity: 0.3 },
      { a: 1, b: 4, similarity: 0.5 },
      { a: 1, b: 3, similarity: 0.3 },
      { a: 0, b: 6, similarity: 0.3 },
    ];
    expect(pairs.sort(bySimilarity).map((p) => [p.a, p.b])).toEqual([
      [1, 4],
      [0, 6],
      [1, 3],
      [2, 5],
    ]);
  });
});
