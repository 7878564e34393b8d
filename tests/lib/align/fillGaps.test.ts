import { describe, expect, it } from 'vitest';
import { fillGaps } from '../../../src/lib/align/fillGaps.ts';

// Two articles of six sentences each: article 0 is sentences 0-5, article 1 is 6-11.
const articleOf = [0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1];
const some = () => 0.1;

describe('fillGaps', () => {
  it('pairs the one unaligned sentence each article leaves between the same shared claims', () => {
    // Shared claims at positions 0, 1, 3, 5; position 2 and 4 of each article are left over.
    const groups = [
      [0, 6],
      [1, 7],
      [3, 9],
      [5, 11],
    ];
    expect(fillGaps(groups, articleOf, some)).toEqual([
      [2, 8],
      [4, 10],
    ]);
  });

  it('needs enough shared claims in the same order to trust the positions', () => {
    const groups = [
      [0, 6],
      [2, 8],
      [4, 10],
    ];
    expect(fillGaps(groups, articleOf, some)).toEqual([
      [1, 7],
      [3, 9],
    ]);
    expect(fillGaps(groups, articleOf, some, { minAnchors: 4 })).toEqual([]);
  });

  it('leaves alone the sentences after the last shared claim, where articles end as each likes', () => {
    const groups = [
      [0, 6],
      [1, 7],
      [2, 8],
      [4, 10],
    ];
    // Position 3 lies between shared claims; position 5 of each only closes its article.
    expect(fillGaps(groups, articleOf, some)).toEqual([[3, 9]]);
  });

  it('leaves a gap alone when one side holds more than one sentence', () => {
    const groups = [
      [0, 6],
      [1, 7],
      [4, 10],
      [5, 11],
    ];
    // Gap between claims at 1 and 4: sentences 2, 3 against 8, 9.
    expect(fillGaps(groups, articleOf, some)).toEqual([]);
  });

  it('does not pair sentences that share no evidence', () => {
    const groups = [
      [0, 6],
      [1, 7],
      [3, 9],
      [5, 11],
    ];
    const only = (i: number, j: number) => (i === 4 && j === 10 ? 0.1 : 0);
    expect(fillGaps(groups, articleOf, only)).toEqual([[4, 10]]);
  });

  it('anchors on the longest run in the same order, so one moved paragraph does not shift the gaps', () => {
    // Article 1 moved the claim at position 0 to its end (position 5).
    const groups = [
      [0, 11],
      [1, 6],
      [2, 7],
      [4, 9],
    ];
    // Chain 1~6, 2~7, 4~9: the gap is 3 against 8 (0 before the first anchor has no partner
    // left in article 1; 5 and 10 come after the last anchor).
    expect(fillGaps(groups, articleOf, some)).toEqual([[3, 8]]);
  });
});
