import { describe, expect, it } from 'vitest';
import { sharesNearbyWord } from '../../../src/lib/compare/sharesNearbyWord.ts';
import { storyFacts as facts } from '../../support/storyFacts.ts';

/** The test over every percentage of the sentences, compared by their value. */
const together = (...bodies: string[]) =>
  sharesNearbyWord(
    facts(...bodies).sentences,
    (s) => s.facts.figures.filter((f) => f.kind === 'percent'),
    (f) => f.value,
  );

describe('sharesNearbyWord', () => {
  it('takes two percentages near the same word for readings of one quantity', () => {
    expect(together('The krona fell 0.8% against the euro.', 'The krona slipped 1.8% against the euro.')('0.8%', '1.8%')).toBe(true);
  });

  it('takes two percentages with no word near both for two quantities ("krona fell 0.8%", "inflation back at 2%")', () => {
    expect(together('The krona fell 0.8% against the euro on Thursday.', 'Rates stay until inflation is back at 2%.')('0.8%', '2%')).toBe(
      false,
    );
  });

  it('does not take a month or weekday near both for the same quantity ("9.1 percent … in October", "2% target … October")', () => {
    const test = together(
      'Prices rose 2.4 percent in the year to October, down from a peak of 9.1 percent.',
      'Inflation was 2.4% in October, close to the 2% target.',
    );
    expect(test('9.1%', '2%')).toBe(false);
    expect(together('Prices rose 2.4% by October.', 'Prices rose 2.6% by October.')('2.4%', '2.6%')).toBe(true);
  });

  it('says nothing against a value with no word near it', () => {
    expect(together('0.8%.', 'Inflation is back at 2%.')('0.8%', '2%')).toBe(true);
  });
});
