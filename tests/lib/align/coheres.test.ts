import { describe, expect, it } from 'vitest';
import { coheres } from '../../../src/lib/align/coheres.ts';

// Sentences 0-2 word one claim in articles 0, 1, 2; sentences 3 and 4 word another in articles 0 and 1.
const articleOf = [0, 1, 2, 0, 1, 3];
/** A linkage where the second group matches itself at 0.6 and the first at 0.5. */
const linkage = (x: number[]) => (x.includes(3) ? 0.6 : 0.5);

describe('coheres', () => {
  it('keeps apart a group whose articles all stand in the other when it matches the other far less than itself', () => {
    expect(coheres([3, 4], [0, 1, 2], 0.3, articleOf, linkage, 0.6)).toBe(false);
    expect(coheres([0, 1, 2], [3, 4], 0.3, articleOf, linkage, 0.6)).toBe(false);
  });

  it('lets such a group join a group it matches nearly as well as itself', () => {
    expect(coheres([3, 4], [0, 1, 2], 0.4, articleOf, linkage, 0.6)).toBe(true);
  });

  it('leaves a group with an article the other lacks to the linkage alone', () => {
    expect(coheres([3, 5], [0, 1, 2], 0.1, articleOf, linkage, 0.6)).toBe(true);
  });

  it('asks nothing of a group from one article', () => {
    expect(coheres([3], [0, 1, 2], 0.1, articleOf, linkage, 0.6)).toBe(true);
  });
});
