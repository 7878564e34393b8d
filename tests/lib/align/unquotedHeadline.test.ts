import { describe, expect, it } from 'vitest';
import { unquotedHeadline } from '../../../src/lib/align/unquotedHeadline.ts';
import { storyFacts } from '../../support/storyFacts.ts';

const headlineOf = (body: string) => {
  const { sentences } = storyFacts(body);
  return { headline: sentences[0]!, article: sentences, result: unquotedHeadline(sentences[0]!, sentences) };
};

describe('unquotedHeadline', () => {
  it('blanks a headline quotation its own text repeats, so the headline is matched on what it reports besides', () => {
    const { headline, result } = headlineOf(
      '# Terminal 3 finally opens: \'Today we close a difficult chapter\'\n\nThe terminal opened on Monday.\n\n"Today we close a difficult chapter," said chief executive Marit Holm.',
    );
    expect(headline.facts.quotes).toHaveLength(1);
    expect(result.facts.quotes).toEqual([]);
    expect(result.text).toMatch(/^Terminal 3 finally opens:\s+$/);
    expect(result.text).toHaveLength(headline.text.length);
  });

  it('blanks a quotation the headline shortens, most of its words in one sentence of the text', () => {
    const { result } = headlineOf(
      '# Protesters greet Kessel restart: \'Broken for three years, and now we must trust it?\'\n\nAbout 200 protesters gathered on Thursday.\n\n"This plant is old, it has been broken for three years, and now we are told to trust it again," said Marta Sedlak.',
    );
    expect(result.facts.quotes).toEqual([]);
    expect(result.text).toMatch(/^Protesters greet Kessel restart:\s+$/);
  });

  it('keeps a quotation the text does not repeat, and one that is all the headline says', () => {
    const fresh = headlineOf("# 'Apologise for 1974': hundreds protest as the president visits\n\nHundreds protested on Wednesday.");
    expect(fresh.result).toBe(fresh.headline);
    const bare = headlineOf(
      '# Interview: \'A cut before the summer is not on the table\'\n\nStrand spoke on Monday.\n\nShe said: "A cut before the summer is not on the table."',
    );
    expect(bare.result).toBe(bare.headline);
  });

  it('keeps the quotation of a headline that only says who said it and about what', () => {
    const { headline, result } = headlineOf(
      "# 'We will see the city in court': StayNest's Marco Ferrante on Valbrenna's ban\n\nThe council voted on Thursday.\n\nNo. We will see the city in court.",
    );
    expect(headline.facts.quotes).toHaveLength(1);
    expect(result).toBe(headline);
  });

  it('returns a sentence of text as it is', () => {
    const { article } = headlineOf('# Talks\n\n"We are ready," she said.\n\nShe repeated: "We are ready."');
    expect(unquotedHeadline(article[1]!, article)).toBe(article[1]);
  });
});
