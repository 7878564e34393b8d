import { describe, expect, it } from 'vitest';
import { dropWeakLinks } from '../../../src/lib/align/dropWeakLinks.ts';

// Sentences 0 (headline) and 1 (lede) are article 0; 2 and 3 are articles 1 and 2; 4 is article 1.
const articleOf = [0, 0, 1, 2, 1];
const similarityOf = (scores: Record<string, number>) => (i: number, j: number) => scores[`${Math.min(i, j)}-${Math.max(i, j)}`] ?? 0;

describe('dropWeakLinks', () => {
  it('drops an angle headline that only its lede brought into the group', () => {
    const similarity = similarityOf({ '1-2': 0.3, '1-3': 0.3, '0-2': 0.02, '0-3': 0.03 });
    expect(dropWeakLinks([[0, 1, 2, 3]], [[0, 1]], { articleOf, similarity })).toEqual([[1, 2, 3]]);
  });

  it('drops a lede that only its headline brought in', () => {
    const similarity = similarityOf({ '0-2': 0.3, '0-3': 0.3, '1-2': 0.07 });
    expect(dropWeakLinks([[0, 1, 2, 3]], [[0, 1]], { articleOf, similarity })).toEqual([[0, 2, 3]]);
  });

  it('keeps a headline that matches the rest of the group a little itself', () => {
    const similarity = similarityOf({ '1-2': 0.3, '1-3': 0.3, '0-2': 0.05, '0-3': 0.05 });
    expect(dropWeakLinks([[0, 1, 2, 3]], [[0, 1]], { articleOf, similarity })).toEqual([[0, 1, 2, 3]]);
  });

  it('reads the best match in each other article, not every sentence there', () => {
    // 0.1 with sentence 2, nothing with 4 in the same article, 0.02 with 3: (0.1 + 0.02) / 2 ≥ 0.048.
    const similarity = similarityOf({ '1-2': 0.3, '1-3': 0.3, '0-2': 0.1, '0-3': 0.02 });
    expect(dropWeakLinks([[0, 1, 2, 3, 4]], [[0, 1]], { articleOf, similarity })).toEqual([[0, 1, 2, 3, 4]]);
  });

  it('keeps both where the rest of the group spans one article only', () => {
    const similarity = similarityOf({ '1-2': 0.3 });
    expect(dropWeakLinks([[0, 1, 2, 4]], [[0, 1]], { articleOf, similarity })).toEqual([[0, 1, 2, 4]]);
  });

  it('takes its bar from minMatch', () => {
    const similarity = similarityOf({ '1-2': 0.3, '1-3': 0.3, '0-2': 0.05, '0-3': 0.05 });
    expect(dropWeakLinks([[0, 1, 2, 3]], [[0, 1]], { articleOf, similarity, minMatch: 0.06 })).toEqual([[1, 2, 3]]);
  });
});
