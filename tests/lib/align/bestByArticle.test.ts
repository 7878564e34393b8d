import { describe, expect, it } from 'vitest';
import { bestByArticle } from '../../../src/lib/align/bestByArticle.ts';

describe('bestByArticle', () => {
  it("keeps a sentence's best match in each other article and ignores its own article", () => {
    const articleOf = [0, 0, 1, 1, 2];
    const scores: Record<string, number> = { '0,1': 0.9, '0,2': 0.2, '0,3': 0.5, '0,4': 0.3 };
    const similarity = (i: number, j: number) => scores[`${i},${j}`] ?? 0;
    expect(bestByArticle(0, [1, 2, 3, 4], articleOf, similarity).sort()).toEqual([0.3, 0.5]);
    expect(bestByArticle(0, [1], articleOf, similarity)).toEqual([]);
  });
});
