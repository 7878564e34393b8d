import { describe, expect, it } from 'vitest';
import { mergeSupporting } from '../../../src/lib/align/mergeSupporting.ts';

// Sentences 0-1 are article a, 2-3 article b, 4-5 article c, 6-7 article d.
const articleOf = [0, 0, 1, 1, 2, 2, 3, 3];

describe('mergeSupporting', () => {
  it('merges a group whose extra members are another group’s core sentences from two articles', () => {
    const groups = [
      { core: [0, 2], extra: [] },
      { core: [4, 6], extra: [0, 2] },
    ];
    expect(mergeSupporting(groups, articleOf)).toEqual([{ core: [0, 2, 4, 6], extra: [] }]);
  });

  it('keeps groups apart when the extra members come from one article only, or when they may not merge', () => {
    const oneArticle = [
      { core: [0, 2], extra: [] },
      { core: [4, 6], extra: [0] },
    ];
    expect(mergeSupporting(oneArticle, articleOf)).toEqual(oneArticle);
    const quotesDiffer = [
      { core: [0, 2], extra: [] },
      { core: [4, 6], extra: [0, 2] },
    ];
    expect(mergeSupporting(quotesDiffer, articleOf, { canMerge: () => false })).toEqual(quotesDiffer);
  });

  it('keeps a group apart whose core matches the other’s poorly: its extras report it as a second claim', () => {
    const groups = [
      { core: [0, 2], extra: [] },
      { core: [4, 6], extra: [0, 2] },
    ];
    const linkage = () => 0.05;
    expect(mergeSupporting(groups, articleOf, { linkage, minLinkage: 0.1 })).toEqual(groups);
    expect(mergeSupporting(groups, articleOf, { linkage, minLinkage: 0.04 })).toHaveLength(1);
  });

  it('keeps the other extra members, but none that the merged core already holds', () => {
    const groups = [
      { core: [0, 2], extra: [5] },
      { core: [4, 6], extra: [0, 2, 3] },
    ];
    expect(mergeSupporting(groups, articleOf)).toEqual([{ core: [0, 2, 4, 6], extra: [5, 3] }]);
  });
});
