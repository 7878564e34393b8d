import { describe, expect, it } from 'vitest';
import { speakerDiscrepancies } from '../../../src/lib/compare/speakerDiscrepancies.ts';
import { storyFacts as facts } from '../../support/storyFacts.ts';

describe('speakerDiscrepancies', () => {
  it('reports a quotation two articles give to different people, each named as the article writes it', () => {
    const story = facts(
      'President Mira Santos met Prime Minister Emil Varga. “Today we choose bread over bullets,” Santos told reporters.',
      'President Mira Santos met Prime Minister Emil Varga. “Today we choose the bread rather than the bullets,” declared Varga.',
    );
    const claim = story.sentences.filter((s) => s.text.includes('bread'));
    expect(speakerDiscrepancies(claim, story.people, new Set())).toEqual([
      {
        type: 'speaker',
        values: [
          { article: 'a1', value: 'Mira Santos', reading: 'Mira Santos' },
          { article: 'a2', value: 'Emil Varga', reading: 'Emil Varga' },
        ],
      },
    ]);
  });

  it('reports nothing when the articles agree, or when one names its speaker only by a pronoun or an office', () => {
    const agree = facts('“We choose bread,” Santos said of Emil Varga.', '“We choose bread,” said Mira Santos.');
    expect(speakerDiscrepancies(agree.sentences, agree.people, new Set())).toEqual([]);
    const pronoun = facts(
      'Mira Santos and Emil Varga met. “We choose bread,” Santos said.',
      'Mira Santos and Emil Varga met. Varga spoke first. “We choose bread,” he said.',
    );
    const claim = pronoun.sentences.filter((s) => s.text.includes('bread'));
    expect(speakerDiscrepancies(claim, pronoun.people, new Set())).toEqual([]);
  });

  it('reads a misspelt speaker as the person ("Lunde" for "Lund"), worded as the article spells it', () => {
    const story = facts(
      'Fire chief Henrik Lund arrived. “The staff did an extraordinary job,” Lund told reporters.',
      'Hospital director Agnes Moll spoke. “The staff did an extraordinary job,” said hospital director Agnes Moll.',
      'The chief of the firefighters Henrik Lunde arrived. “The personnel did an extraordinary job,” declared Lunde.',
    );
    const claim = story.sentences.filter((s) => s.text.includes('extraordinary'));
    const [row] = speakerDiscrepancies(claim, story.people, new Set());
    expect(row!.values.map((v) => [v.value, v.reading])).toEqual([
      ['Henrik Lund', 'Henrik Lund'],
      ['Agnes Moll', 'Agnes Moll'],
      ['Henrik Lunde', 'Henrik Lund'],
    ]);
  });
});
