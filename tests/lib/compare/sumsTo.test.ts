import { describe, expect, it } from 'vitest';
import { sumsTo } from '../../../src/lib/compare/sumsTo.ts';
import { findFigures } from '../../../src/lib/extract/findFigures.ts';
import { storyFacts as facts } from '../../support/storyFacts.ts';

const total = (text: string) => findFigures(text).find((f) => f.kind === 'count')!;
const sentence = (text: string) => facts(text).sentences[0]!;

describe('sumsTo', () => {
  it('reads "164 passengers and six crew" as the 170 people on board', () => {
    expect(
      sumsTo(
        total('The plane, carrying 170 people, landed safely.'),
        sentence('The A320, carrying 164 passengers and six crew, landed safely.'),
      ),
    ).toBe(true);
    expect(sumsTo(total('The bus carried 45 people.'), sentence('The bus carried 40 adults plus 5 children.'))).toBe(true);
  });

  it('finds no total in parts that add up to another amount', () => {
    expect(
      sumsTo(
        total('The plane, carrying 170 people, landed safely.'),
        sentence('The A320, with 146 passengers and six members of crew, landed.'),
      ),
    ).toBe(false);
  });

  it('adds only two counts joined by "and" or "plus", not counts apart in the sentence', () => {
    expect(sumsTo(total('The blast killed 15 people.'), sentence('The blast killed 12 people; 3 firefighters were hurt.'))).toBe(false);
  });
});
