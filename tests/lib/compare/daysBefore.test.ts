import { describe, expect, it } from 'vitest';
import { daysBefore } from '../../../src/lib/compare/daysBefore.ts';
import { storyFacts as facts } from '../../support/storyFacts.ts';

/** The days each claim sentence takes, by the start of its text. */
const taken = (story: ReturnType<typeof facts>, claim: (text: string) => boolean) => {
  const members = story.sentences.filter((s) => claim(s.text));
  return [...daysBefore(members, story.sentences)].map(([s, days]) => [s.text.slice(0, 12), days.map((d) => d.text)]);
};

describe('daysBefore', () => {
  it('dates a quotation by the day its speaker’s sentence before it gives', () => {
    const story = facts(
      'Interior Minister Ana Dobrev said on Wednesday that no agreement had been signed. “We are talking, but nothing is decided,” she told ORT.',
    );
    expect(taken(story, (t) => t.startsWith('“We'))).toEqual([['“We are talk', ['Wednesday']]]);
  });

  it('takes no day from another speaker’s sentence, another paragraph, or a sentence of the claim itself', () => {
    const other = facts('Minister Ana Dobrev spoke on Wednesday. “Nothing is decided,” said Erik Solheim.');
    expect(taken(other, (t) => t.startsWith('“Nothing'))).toEqual([]);
    const paragraph = facts('Minister Ana Dobrev said on Wednesday that talks went on.\n\n“Nothing is decided,” she told ORT.');
    expect(taken(paragraph, (t) => t.startsWith('“Nothing'))).toEqual([]);
    const both = facts('Minister Ana Dobrev said on Wednesday that talks went on. “Nothing is decided,” she told ORT.');
    expect(taken(both, () => true)).toEqual([]);
  });
});
