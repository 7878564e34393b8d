import { describe, expect, it } from 'vitest';
import { headlineLinks } from '../../../src/lib/align/headlineLinks.ts';
import { extractFacts } from '../../../src/lib/extract/extractFacts.ts';
import { segmentArticle } from '../../../src/lib/segment/segmentArticle.ts';
import type { ParagraphKind, SentenceRecord } from '../../../src/lib/types.ts';

const record = (kind: ParagraphKind) => ({ kind, text: '', facts: { quotes: [], figures: [], people: [] } }) as unknown as SentenceRecord;
const linksOf = (body: string) => {
  const { sentences } = extractFacts([segmentArticle({ id: 'a', language: 'en', body })]);
  return headlineLinks(
    sentences,
    sentences.map(() => 0),
  );
};

describe('headlineLinks', () => {
  it('pairs each article’s headline with its first sentence of text', () => {
    const sentences = [record('heading'), record('text'), record('text'), record('text'), record('text')];
    expect(headlineLinks(sentences, [0, 0, 0, 1, 1])).toEqual([[0, 1]]);
  });

  it('takes a headline placed after a one-sentence standfirst', () => {
    const sentences = [record('text'), record('heading'), record('text')];
    expect(headlineLinks(sentences, [0, 0, 0])).toEqual([[1, 0]]);
  });

  it('lets no subheading under the lede stand in for a headline left out, but keeps a live blog’s first entry heading', () => {
    const of = (kind: ParagraphKind) => ({ ...record(kind), article: 'a' }) as SentenceRecord;
    // "# Why do fish suddenly die?" (left out: it asks), the lede, "## Lack of oxygen", its text, more text.
    const story = [of('heading'), of('text'), of('heading'), of('text'), of('text')];
    const linkable = story.slice(1);
    expect(headlineLinks(linkable, [0, 0, 0, 0], story)).toEqual([]);
    // "# Live: Brixa bridge collapse" (left out), "## 18:05 – Death toll rises to 11", its entry, more.
    const blog = [of('heading'), of('heading'), of('text'), of('text')];
    expect(headlineLinks(blog.slice(1), [0, 0, 0], blog)).toEqual([[0, 1]]);
  });

  it('never takes a subheading further down for a headline', () => {
    const sentences = [record('text'), record('text'), record('heading'), record('text')];
    expect(headlineLinks(sentences, [0, 0, 0, 0])).toEqual([]);
  });

  it('does not pair a headline with text under a subheading (a live blog’s first entry)', () => {
    const sentences = [record('heading'), record('heading'), record('text'), record('text')];
    expect(headlineLinks(sentences, [0, 0, 0, 0])).toEqual([]);
  });

  it('leaves an article that is only a headline alone', () => {
    expect(headlineLinks([record('heading')], [0])).toEqual([]);
  });

  it('leaves a headline that only quotes someone to its quotation, and links one that also reports', () => {
    const lede = 'The court ruled on Tuesday that Pieter van der Hoek can be extradited. He was arrested in March.';
    expect(linksOf(`# 'He will not get a fair trial': Van der Hoek's lawyer on the ruling\n\n${lede}`)).toEqual([]);
    expect(linksOf(`# 'Not yet', says Nduhungirehe\n\n${lede}`)).toEqual([]);
    expect(linksOf(`# Arven in Solda: 'We are turning a page'\n\n${lede}`)).toEqual([]);
    expect(linksOf(`# 'Apologise for 1974': hundreds protest as Tesmerian president visits in Solda\n\n${lede}`)).toEqual([[0, 1]]);
    expect(linksOf(`# 'Cost lives': opposition fury as Telmar budget squeaks through\n\n${lede}`)).toEqual([[0, 1]]);
    expect(linksOf(`# 'You sold our trust': Sollen gets four years\n\n${lede}`)).toEqual([[0, 1]]);
  });

  it('pairs the headline with the lede, not with an update note put on top of the article', () => {
    const body =
      '# Police hunt motorbike thieves\n\n**Update, Monday 14:00:** Police have arrested a man. He has not been named.\n\nPolice are hunting two men who stole a painting.';
    expect(linksOf(body)).toEqual([[0, 3]]);
  });
});
