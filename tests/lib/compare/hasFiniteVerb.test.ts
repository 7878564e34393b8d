import { describe, expect, it } from 'vitest';
import { hasFiniteVerb } from '../../../src/lib/compare/hasFiniteVerb.ts';

describe('hasFiniteVerb', () => {
  it('finds a verb the tagger reads in context, however the lexicon lists the word ("shut", "hit")', () => {
    expect(hasFiniteVerb('a drone attack shut the Sarvan pipeline')).toBe(true);
    expect(hasFiniteVerb('the storm hit the coast')).toBe(true);
    expect(hasFiniteVerb('Ostrel said it would slap a levy on their cars')).toBe(true);
  });

  it('finds none in a noun phrase, an "-ing" word included ("its cooling system", "being offline")', () => {
    expect(hasFiniteVerb('a three-year shutdown for repairs to cracked pipes in its cooling system')).toBe(false);
    expect(hasFiniteVerb('four years in exile')).toBe(false);
    expect(hasFiniteVerb('being offline for three years')).toBe(false);
  });
});
