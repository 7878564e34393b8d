import { describe, expect, it } from 'vitest';
import { yearApart } from '../../../src/lib/align/yearApart.ts';
import { storyFacts } from '../../support/storyFacts.ts';

/** The sentences of one-sentence articles, with each one's article index. */
const sentencesOf = (...bodies: string[]) => {
  const { sentences } = storyFacts(...bodies);
  return { sentences, articleOf: sentences.map((s) => Number(s.article.slice(1)) - 1) };
};

describe('yearApart', () => {
  const { sentences, articleOf } = sentencesOf(
    'In 2019, 60 pilot whales stranded in the same bay.',
    'Kelda Bay has seen this before: 60 pilot whales stranded there in 2019.',
    'About 40 pilot whales stranded in Kelda Bay on Monday.',
    'Some 40 whales stranded on Monday in a beach of the bay of Kelda.',
    'Pilot whales stranded in the bay.',
    'Sixty pilot whales stranded there on a Sunday.',
  );
  const apart = yearApart(sentences, articleOf);

  it('keeps an earlier event two articles date to a year apart from a group that never gives the year', () => {
    expect(apart([0, 1], [2, 3])).toBe(true);
    expect(apart([2, 3], [0, 1])).toBe(true);
  });

  it('lets a single undated sentence join the dated event, as an article may tell it without its year', () => {
    expect(apart([0, 1], [4])).toBe(false);
    expect(apart([0, 1], [5])).toBe(true);
  });

  it('needs two articles to date the event, and does not read a compared year as the event’s', () => {
    expect(apart([0], [2, 3])).toBe(false);
    const compared = sentencesOf(
      'Turnout was 71.4%, up from 68% at the last election in 2022.',
      'The participation lay at 71.4 percent, after 68 percent at the last election in 2022.',
      'Turnout was 72%.',
      'Turnout looks set to come in at just over 71%.',
    );
    expect(yearApart(compared.sentences, compared.articleOf)([0, 1], [2, 3])).toBe(false);
  });

  it('keeps a sentence that goes on from one dated to an earlier year in its paragraph out of a group that never gives it', () => {
    const { sentences } = storyFacts(
      'The mine could be fined up to $5 million.\n\nIn 2019, a smaller spill killed fish. The company was fined 200,000 dollars.',
      'Goldcrest could be fined up to $5 million.',
      'The enterprise risks a fine of 5 million dollars.',
    );
    const articleOf = sentences.map((s) => Number(s.article.slice(1)) - 1);
    const at = (text: string) => sentences.findIndex((s) => s.text.startsWith(text));
    const apart = yearApart(sentences, articleOf);
    expect(apart([at('The company was fined')], [at('Goldcrest'), at('The enterprise')])).toBe(true);
    // Not a sentence of another paragraph, nor one with a date of its own.
    expect(apart([at('The mine could')], [at('Goldcrest'), at('The enterprise')])).toBe(false);
  });
  it('keeps no dated event apart from a sentence giving its year with digits transposed ("1989" for "1998"), a slip', () => {
    const slip = sentencesOf(
      'The cable car opened in 1998 and was inspected in March.',
      'The Brennfeld line is not new: it opened in 1998.',
      'The cable car had been inaugurated in 1989.',
      'The cable car had been inaugurated in 2003.',
    );
    const test = yearApart(slip.sentences, slip.articleOf);
    expect(test([0, 1], [2])).toBe(false);
    expect(test([0, 1], [3])).toBe(true);
  });
});
