import { describe, expect, it } from 'vitest';
import { describeDiscrepancy } from '../../../src/lib/compare/describeDiscrepancy.ts';

const label = (id: string) => `Article ${id}`;

describe('describeDiscrepancy', () => {
  it('counts articles per weekday, the majority first', () => {
    const text = describeDiscrepancy(
      {
        type: 'weekday',
        values: [
          { article: '1', value: 'Monday' },
          { article: '2', value: 'Sunday' },
          { article: '3', value: 'Sunday' },
          { article: '4', value: 'Sunday' },
        ],
      },
      label,
    );
    expect(text).toBe('3 articles say Sunday, 1 article says Monday');
  });

  it('sets amounts against each other with their sources', () => {
    const text = describeDiscrepancy(
      {
        type: 'amount',
        values: [
          { article: '3', value: '£700 million' },
          { article: '5', value: '£50 million' },
        ],
      },
      label,
    );
    expect(text).toBe('£50 million (Article 5) vs £700 million (Article 3)');
  });

  it('names the misspelling and where it appears', () => {
    const text = describeDiscrepancy(
      {
        type: 'name-spelling',
        subject: 'Olivier Nduhungirehe',
        values: [
          { article: '1', value: 'Nduhungirehe' },
          { article: '5', value: 'Nduhungirefer' },
          { article: '2', value: 'Nduhungirehe' },
        ],
      },
      label,
    );
    expect(text).toBe('Olivier Nduhungirehe is spelled “Nduhungirehe” in Article 1, Article 2; “Nduhungirefer” in Article 5');
  });

  it('names differing titles', () => {
    const text = describeDiscrepancy(
      {
        type: 'title',
        subject: 'Donald Trump',
        values: [
          { article: '2', value: 'Former President' },
          { article: '1', value: 'President' },
        ],
      },
      label,
    );
    expect(text).toBe('Donald Trump is called “Former President” in Article 2; “President” in Article 1');
  });
});
