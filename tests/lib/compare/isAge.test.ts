import { describe, expect, it } from 'vitest';
import { isAge } from '../../../src/lib/compare/isAge.ts';
import { findFigures } from '../../../src/lib/extract/findFigures.ts';

const ages = (sentence: string) => findFigures(sentence).map(isAge);

describe('isAge', () => {
  it.each([
    ['The 24-year-old signed.', [true]],
    ['She is 34 years old.', [true]],
    ['It gives 17-year-olds the vote.', [true]],
    ['It gives 16- and 17-year-olds the vote.', [true, true]],
    // An age limit is the claim's own amount, which another article may leave out.
    ['The law bans pupils under 15 from using phones.', [false]],
    ['Roic, aged 19, won.', [true]],
    ['The singer Lyra Vance (38) will stop.', [true]],
    ['He retired at 38.', [true]],
    // A translation's age in apposition ("Arnes, 34 ans,"), not a sentence adverb before a span.
    ['Arnes, 34 years, is the first woman to win.', [true]],
    ['Meanwhile, 34 years later, the case is closed.', [false]],
    ['He was jailed for 10 years.', [false]],
    ['Shares closed at 38.', [false]],
    // A thing's age reports as any amount does: no one is 57 million years old.
    ['The bones are about 57 million years old.', [false]],
    ['They raised a 2,400-year-old ship.', [false]],
  ])('tells an age from other counts: %s', (sentence, expected) => {
    expect(ages(sentence)).toEqual(expected);
  });
});
