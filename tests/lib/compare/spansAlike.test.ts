import { describe, expect, it } from 'vitest';
import { spansAlike } from '../../../src/lib/compare/spansAlike.ts';
import { findFigures } from '../../../src/lib/extract/findFigures.ts';
import { storyFacts as facts } from '../../support/storyFacts.ts';

const span = (text: string) => findFigures(text).find((f) => f.kind === 'count')!;
const sentence = (text: string) => facts(text).sentences[0]!;

describe('spansAlike', () => {
  it('reads "412 days" as "more than 13 months", either way round', () => {
    expect(spansAlike(span('She landed after more than 13 months in orbit.'), sentence('She landed after 412 days in orbit.'))).toBe(true);
    expect(spansAlike(span('She landed after 412 days in orbit.'), sentence('She landed after more than 13 months in orbit.'))).toBe(true);
  });

  it('reads a plain or estimated span as any length within half its unit, a bound from below as the unit before it', () => {
    expect(spansAlike(span('The works took about six months.'), sentence('The works took 180 days.'))).toBe(true);
    expect(spansAlike(span('The works took nearly two years.'), sentence('The works took 700 days.'))).toBe(true);
    expect(spansAlike(span('The works took six months.'), sentence('The works took 200 days.'))).toBe(false);
  });

  it('finds no span where the lengths fall outside the bound, the bound says too little, or both count in one scale', () => {
    expect(spansAlike(span('She landed after more than 13 months in orbit.'), sentence('She landed after 380 days in orbit.'))).toBe(false);
    expect(spansAlike(span('The ban lasts up to six months.'), sentence('The ban lasts 90 days.'))).toBe(false);
    expect(spansAlike(span('The works took 26 weeks.'), sentence('The works took 182 days.'))).toBe(false);
  });
});
