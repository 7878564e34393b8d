import { describe, expect, it } from 'vitest';
import { followLinks } from '../../../src/lib/align/followLinks.ts';

const always = () => true;

describe('followLinks', () => {
  it('adds a headline’s lede to the group that holds the headline, and the other way round', () => {
    const groups = [
      { core: [1, 5], extra: [] },
      { core: [6, 7], extra: [3] },
    ];
    expect(
      followLinks(
        groups,
        [
          [0, 1],
          [3, 4],
        ],
        always,
      ),
    ).toEqual([
      { core: [1, 5], extra: [0] },
      { core: [6, 7], extra: [3, 4] },
    ]);
  });

  it('leaves groups that hold both or neither alone, and respects canJoin', () => {
    const groups = [
      { core: [0, 1], extra: [] },
      { core: [8, 9], extra: [] },
      { core: [2, 9], extra: [] },
    ];
    expect(
      followLinks(
        groups,
        [
          [0, 1],
          [2, 3],
        ],
        () => false,
      ),
    ).toEqual(groups);
  });
});
