import { describe, expect, it } from 'vitest';
import { clusterPairs } from '../../../src/lib/align/clusterPairs.ts';

describe('clusterPairs', () => {
  it('does not chain A~B~C into one group when A and C are unrelated', () => {
    // 0, 1, 2 in three articles: 0~1 and 1~2 are strong, 0~2 is nothing.
    const groups = clusterPairs(
      3,
      [0, 1, 2],
      [
        { a: 0, b: 1, similarity: 0.5 },
        { a: 1, b: 2, similarity: 0.45 },
      ],
      { threshold: 0.3 },
    );
    expect(groups).toEqual([[0, 1]]);
  });

  it('joins a third sentence that matches the group on average', () => {
    const groups = clusterPairs(
      3,
      [0, 1, 2],
      [
        { a: 0, b: 1, similarity: 0.6 },
        { a: 1, b: 2, similarity: 0.4 },
        { a: 0, b: 2, similarity: 0.3 },
      ],
      { threshold: 0.3 },
    );
    expect(groups).toEqual([[0, 1, 2]]);
  });

  it('ignores pairs within one article when averaging', () => {
    // 0 and 1 are in the same article; both match 2.
    const groups = clusterPairs(
      3,
      [0, 0, 1],
      [
        { a: 0, b: 2, similarity: 0.5 },
        { a: 1, b: 2, similarity: 0.5 },
      ],
      { threshold: 0.3 },
    );
    expect(groups).toEqual([[0, 1, 2]]);
  });

  it("keeps apart a group whose articles all word the other group's claim elsewhere, when it matches that group far less than itself", () => {
    // 0, 1, 2 word one claim in articles 0, 1, 2; 3 and 4 word a second claim in articles 0 and 1.
    const pairs = (second: number) => [
      { a: 0, b: 1, similarity: 0.6 },
      { a: 3, b: 4, similarity: 0.6 },
      { a: 0, b: 2, similarity: 0.5 },
      { a: 1, b: 2, similarity: 0.5 },
      ...[
        [1, 3],
        [2, 3],
        [0, 4],
        [2, 4],
      ].map(([a, b]) => ({ a: a!, b: b!, similarity: second })),
    ];
    expect(clusterPairs(5, [0, 1, 2, 0, 1], pairs(0.3))).toEqual([
      [0, 1, 2],
      [3, 4],
    ]);
    // Matched nearly as well as it matches itself, it is the same claim.
    expect(clusterPairs(5, [0, 1, 2, 0, 1], pairs(0.4))).toEqual([[0, 1, 2, 3, 4]]);
    // With an article the other group lacks, average linkage alone decides.
    expect(clusterPairs(5, [0, 1, 2, 0, 3], pairs(0.3))).toEqual([[0, 1, 2, 3, 4]]);
  });

  it('leaves sentences below the threshold alone', () => {
    expect(clusterPairs(2, [0, 1], [{ a: 0, b: 1, similarity: 0.1 }], { threshold: 0.3 })).toEqual([]);
  });

  it('starts linked sentences in one group, so a headline joins with its article’s first sentence', () => {
    // 0 (headline) and 1 (first sentence) are one article; 2 matches the headline well and the
    // first sentence too weakly to join it on its own.
    const pairs = [
      { a: 0, b: 2, similarity: 0.3 },
      { a: 1, b: 2, similarity: 0.1 },
    ];
    expect(clusterPairs(3, [0, 0, 1], pairs, { threshold: 0.15 })).toEqual([[0, 2]]);
    expect(clusterPairs(3, [0, 0, 1], pairs, { threshold: 0.15, linked: [[0, 1]] })).toEqual([[0, 1, 2]]);
  });

  it('lets a sentence join on its best match in each article, not on every sentence there', () => {
    // Article 0 words the claim in a headline (0) and a lede (1); 2 is article 1, 3 article 2.
    // 3 matches the headline well and not the lede: averaging over all pairs (0.2) would keep
    // it out; its best match per article (0.4, 0.2) lets it in.
    const pairs = [
      { a: 0, b: 2, similarity: 0.5 },
      { a: 0, b: 3, similarity: 0.4 },
      { a: 1, b: 2, similarity: 0.3 },
      { a: 2, b: 3, similarity: 0.2 },
    ];
    expect(clusterPairs(4, [0, 0, 1, 2], pairs, { threshold: 0.22, linked: [[0, 1]] })).toEqual([[0, 1, 2, 3]]);
  });
});
