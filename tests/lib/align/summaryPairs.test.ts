import { describe, expect, it } from 'vitest';
import { summaryPairs } from '../../../src/lib/align/summaryPairs.ts';

// Sentences: 0 a one-word heading, 1 the text under it, 2 and 3 sentences of another article.
const pairs = [
  { a: 0, b: 2, similarity: 0.62 },
  { a: 0, b: 3, similarity: 0.6 },
  { a: 1, b: 3, similarity: 0.5 },
  { a: 2, b: 3, similarity: 0.3 },
];

describe('summaryPairs', () => {
  it("scores a short heading's match as the mean of its own and its text's", () => {
    const scored = summaryPairs(pairs, new Map([[0, 1]]), 4);
    const of = (a: number, b: number) => scored.find((p) => p.a === a && p.b === b)?.similarity;
    expect(of(0, 2)).toBeCloseTo(0.31);
    expect(of(0, 3)).toBeCloseTo(0.55);
  });

  it('leaves pairs without a short heading as they are, best first', () => {
    const scored = summaryPairs(pairs, new Map([[0, 1]]), 4);
    expect(scored.find((p) => p.a === 2 && p.b === 3)?.similarity).toBe(0.3);
    expect(scored.map((p) => p.similarity)).toEqual([...scored.map((p) => p.similarity)].sort((x, y) => y - x));
  });

  it('returns the pairs unchanged when no heading is short', () => {
    expect(summaryPairs(pairs, new Map(), 4)).toBe(pairs);
  });
});
