import { describe, expect, it } from 'vitest';
import { wordRanges } from '../../../src/lib/search/wordRanges.ts';

const marked = (text: string, ranges: [number, number][]) => wordRanges(text, ranges).map(([s, e]) => text.slice(s, e + 1));

describe('wordRanges', () => {
  const text = 'send you some of the sleazy people to your country';

  it('marks the whole word a fuzzy match falls in, not the letters around a typo', () => {
    const start = text.indexOf('people');
    expect(
      marked(text, [
        [start, start + 1],
        [start + 3, start + 5],
      ]),
    ).toEqual(['people']);
  });

  it('keeps separate words apart and merges ranges inside one word', () => {
    const sleazy = text.indexOf('sleazy');
    const country = text.indexOf('country');
    expect(
      marked(text, [
        [country, country + 3],
        [sleazy, sleazy + 5],
        [sleazy + 1, sleazy + 3],
      ]),
    ).toEqual(['sleazy', 'country']);
  });

  it('ignores one-letter hits and keeps a hyphenated or apostrophised word whole', () => {
    expect(
      marked(text, [
        [0, 0],
        [5, 5],
      ]),
    ).toEqual([]);
    const quoted = 'the U.S.-backed plan isn’t final';
    expect(marked(quoted, [[quoted.indexOf('isn'), quoted.indexOf('isn') + 1]])).toEqual(['isn’t']);
  });
});
