import { describe, expect, it } from 'vitest';
import { joinGroups } from '../../../src/lib/align/joinGroups.ts';

describe('joinGroups', () => {
  it('keeps both cores once, and only the extra members neither core holds', () => {
    expect(joinGroups({ core: [0, 2], extra: [5, 4] }, { core: [4, 6, 2], extra: [0, 7, 5] })).toEqual({
      core: [0, 2, 4, 6],
      extra: [5, 7],
    });
  });
});
