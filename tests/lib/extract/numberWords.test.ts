import { describe, expect, it } from 'vitest';
import { EXACT_NUMBER_WORD, NUMBER_WORD, wordNumber } from '../../../src/lib/extract/numberWords.ts';

describe('numberWords', () => {
  it('reads a number word, a hyphenated one whole', () => {
    expect(wordNumber('Eleven')).toBe(11);
    expect(wordNumber('twenty-five')).toBe(25);
  });

  it('matches "twenty-five" whole, and leaves the vague plurals out of the exact words', () => {
    expect(new RegExp(`^(?:${NUMBER_WORD})`, 'i').exec('twenty-five tonnes')?.[0]).toBe('twenty-five');
    expect(new RegExp(`^(?:${NUMBER_WORD})$`, 'i').test('dozens')).toBe(true);
    expect(new RegExp(`^(?:${EXACT_NUMBER_WORD})$`, 'i').test('dozens')).toBe(false);
    expect(new RegExp(`^(?:${EXACT_NUMBER_WORD})$`, 'i').test('hundred')).toBe(false);
    expect(new RegExp(`^(?:${EXACT_NUMBER_WORD})$`, 'i').test('ninety')).toBe(true);
  });
});
