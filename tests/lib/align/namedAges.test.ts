import { describe, expect, it } from 'vitest';
import { namedAges } from '../../../src/lib/align/namedAges.ts';
import { storyFacts } from '../../support/storyFacts.ts';

describe('namedAges', () => {
  it('gives the age a sentence sets beside a name, as the sentence’s features name it ("said Brun, 24")', () => {
    const [sentence] = storyFacts('"I just attacked every gate," said Kessa Brun, 24.').sentences;
    expect([...namedAges(sentence!)]).toEqual(['f:count:24 year']);
  });

  it('gives none where the age stands for the person ("the 24-year-old’s third win") or counts something else', () => {
    const { sentences } = storyFacts("It was the 24-year-old's third World Cup win.", 'Kessa Brun is 86 points behind Lea Ostrom.');
    expect(sentences.map((s) => [...namedAges(s)])).toEqual([[], []]);
  });
});
