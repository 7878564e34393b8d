import { describe, expect, it } from 'vitest';
import { oneUnitSpan } from '../../../src/lib/compare/oneUnitSpan.ts';
import { findFigures } from '../../../src/lib/extract/findFigures.ts';
import { storyFacts as facts } from '../../support/storyFacts.ts';

const span = (text: string) => findFigures(text).find((f) => f.kind === 'count')!;
const sentence = (text: string) => facts(text).sentences[0]!;

describe('oneUnitSpan', () => {
  it('finds "twelve months" worded as "a year" or "within one year", "24 hours" as "in a day"', () => {
    expect(oneUnitSpan(span('The bridge will be closed for twelve months.'), sentence('The bridge will be closed for a year.'))).toBe(true);
    expect(oneUnitSpan(span('Prices rose 70% in twelve months.'), sentence('Prices rose within one year by about 70 percent.'))).toBe(true);
    expect(oneUnitSpan(span('About 200 mm of rain fell in 24 hours.'), sentence('About 200 mm of rain fell in a day.'))).toBe(true);
  });

  it('finds no other length, and never a week for a month (no whole number of either)', () => {
    expect(oneUnitSpan(span('The bridge will be closed for twelve months.'), sentence('The bridge will be closed for a week.'))).toBe(
      false,
    );
    expect(oneUnitSpan(span('The ban lasts four weeks.'), sentence('The ban lasts a month.'))).toBe(false);
  });

  it('leaves spans written as figures to the figure comparison ("36 months", "three years")', () => {
    expect(oneUnitSpan(span('The loan runs over 36 months.'), sentence('The loan runs for three years.'))).toBe(false);
  });
});
