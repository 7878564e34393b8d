import { describe, expect, it } from 'vitest';
import { plainWords } from '../../../src/lib/compare/plainWords.ts';

describe('plainWords', () => {
  it('keeps words and numbers, lower case, one space between them, whatever the marks and dashes', () => {
    expect(plainWords('“Today we close a difficult chapter,” – 2,400 jobs!')).toBe('today we close a difficult chapter 2 400 jobs');
    expect(plainWords("'Today we close a difficult chapter'")).toBe(plainWords('Today we close a difficult chapter.'));
  });
});
