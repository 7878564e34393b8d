import { describe, expect, it } from 'vitest';
import { verbRole } from '../../../src/lib/compare/verbRole.ts';

describe('verbRole', () => {
  it('reads a verb of saying as the telling and a past, copula or modal as an event', () => {
    expect(verbRole('said')).toBe('telling');
    expect(verbRole('told')).toBe('telling');
    expect(verbRole('delivered')).toBe('event');
    expect(verbRole('was')).toBe('event');
    expect(verbRole('will')).toBe('event');
  });

  it('reads no verb in a noun, a number or a preposition', () => {
    expect(verbRole('exile')).toBeUndefined();
    expect(verbRole('four')).toBeUndefined();
    expect(verbRole('after')).toBeUndefined();
  });
});
