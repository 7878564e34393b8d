import { describe, expect, it } from 'vitest';
import { isTransposed } from '../../../src/lib/compare/isTransposed.ts';

describe('isTransposed', () => {
  it('finds one amount written with its digits in another order ("19" and "91", "3.4" and "4.3")', () => {
    expect(isTransposed(19, 91)).toBe(true);
    expect(isTransposed(3.4, 4.3)).toBe(true);
    expect(isTransposed(205000, 250000)).toBe(true);
  });

  it('finds no slip in one amount, other digits or a single digit', () => {
    expect(isTransposed(91, 91)).toBe(false);
    expect(isTransposed(19, 92)).toBe(false);
    expect(isTransposed(2000, 20000)).toBe(false);
  });

  it('asks for the fewest digits given ("67" and "76" are too few for three)', () => {
    expect(isTransposed(67, 76, 3)).toBe(false);
    expect(isTransposed(480, 840, 3)).toBe(true);
  });
});
