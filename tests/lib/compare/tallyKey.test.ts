import { describe, expect, it } from 'vitest';
import { tallyKey } from '../../../src/lib/compare/tallyKey.ts';

describe('tallyKey', () => {
  it('puts the larger number first, so a score either way round is one result', () => {
    expect(tallyKey('1-2')).toBe('2-1');
    expect(tallyKey('2-1')).toBe('2-1');
    expect(tallyKey('97-1')).toBe('97-1');
    expect(tallyKey('3-3')).toBe('3-3');
  });
});
