import { describe, expect, it } from 'vitest';
import { storyFacts } from '../../support/storyFacts.ts';

const moneyOf = (...bodies: string[]) =>
  storyFacts(...bodies).sentences.map((s) => s.facts.figures.filter((f) => f.kind === 'money').map((f) => f.value));

describe('resolveCents', () => {
  it('gives an amount in cents the currency the story gives its other amounts in ("189 cents" is "€1.89")', () => {
    expect(moneyOf('Petrol hit a record €1.89 a litre.', 'A litre cost 189 cents last week.')).toEqual([['EUR 1.89'], ['EUR 1.89']]);
  });

  it('leaves cents without a currency in a story that names none', () => {
    expect(moneyOf('A litre cost 189 cents last week.')).toEqual([['¢ 1.89']]);
  });
});
