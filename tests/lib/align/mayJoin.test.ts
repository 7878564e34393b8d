import { describe, expect, it } from 'vitest';
import { mayJoin } from '../../../src/lib/align/mayJoin.ts';

const always = () => true;

describe('mayJoin', () => {
  const group = { core: [0, 1], extra: [2] };
  const articleOf = [0, 1, 2, 0, 3];

  it('lets a sentence of another article join', () => {
    expect(mayJoin(4, group, articleOf, always)).toBe(true);
  });

  it('refuses a member, an extra member, and a sentence whose article the core already holds', () => {
    expect(mayJoin(1, group, articleOf, always)).toBe(false);
    expect(mayJoin(2, group, articleOf, always)).toBe(false);
    expect(mayJoin(3, group, articleOf, always)).toBe(false);
  });

  it('refuses what canJoin refuses', () => {
    expect(mayJoin(4, group, articleOf, () => false)).toBe(false);
  });
});
