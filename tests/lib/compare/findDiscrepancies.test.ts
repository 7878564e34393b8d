import { describe, expect, it } from 'vitest';
import { findDiscrepancies } from '../../../src/lib/compare/findDiscrepancies.ts';
import { storyFacts as facts } from '../../support/storyFacts.ts';

describe('findDiscrepancies', () => {
  it('finds nothing when the articles agree', () => {
    const { sentences, people } = facts('On Sunday, 30,000 people marched.', 'On Sunday, 30,000 people marched.');
    expect(findDiscrepancies(sentences, 'figure', { people })).toEqual([]);
  });

  it('lists figures first, then people, and quoted wording only for a quotation', () => {
    const { sentences, people } = facts(
      'On Monday, Former President Donald Trump said: “We will win.”',
      'On Sunday, President Donald Trump said: “We will surely win.”',
    );
    expect(findDiscrepancies(sentences, 'quote', { people }).map((d) => d.type)).toEqual(['weekday', 'title', 'quote-wording']);
    expect(findDiscrepancies(sentences, 'statement', { people }).map((d) => d.type)).toEqual(['weekday', 'title']);
  });
});
