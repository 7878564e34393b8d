import { describe, expect, it } from 'vitest';
import { subheadingLinks } from '../../../src/lib/align/subheadingLinks.ts';
import type { FeatureVector, Figure, ParagraphKind, SentenceRecord } from '../../../src/lib/types.ts';

const record = (kind: ParagraphKind, text = '', figures: Figure[] = []) =>
  ({ kind, text, facts: { figures } }) as unknown as SentenceRecord;
const vector = (...features: string[]): FeatureVector => new Map(features.map((f) => [f, 1]));

describe('subheadingLinks', () => {
  it('pairs a live blog’s entry heading with the sentence under it when they share a word', () => {
    const sentences = [record('heading'), record('text'), record('text'), record('heading'), record('text'), record('text')];
    const vectors = [
      vector('w:vote'),
      vector('w:vote'),
      vector('w:count'),
      vector('w:turnout'),
      vector('w:turnout', 'w:71'),
      vector('w:seat'),
    ];
    expect(subheadingLinks(sentences, vectors, [0, 0, 0, 0, 0, 0])).toEqual([[3, 4]]);
  });

  it('pairs them through a shared person', () => {
    const sentences = [record('text'), record('text'), record('heading'), record('text')];
    const vectors = [vector(), vector(), vector('@tomas-ekdal', 'w:conced'), vector('@tomas-ekdal', 'w:defeat')];
    expect(subheadingLinks(sentences, vectors, [0, 0, 0, 0])).toEqual([[2, 3]]);
  });

  it('pairs a heading that is one figure and nothing else with the text saying what it measures', () => {
    const money: Figure = { kind: 'money', text: '2.1 billion euros', value: 'EUR 2100000000' };
    const year: Figure = { kind: 'year', text: '2030', value: '2030' };
    const time: Figure = { kind: 'time', text: '22.41', value: '22:41' };
    const sentences = [
      record('text'),
      record('text'),
      record('heading', '2.1 billion euros', [money]),
      record('text', 'The cost of the project so far.'),
      record('heading', '2030', [year]),
      record('text', 'The year the next phase starts.'),
      record('heading', '22.41', [time]),
      record('text', 'The result is in.'),
      record('heading', 'Spending tops 2.1 billion euros', [money]),
      record('text', 'The cost of the project so far.'),
    ];
    const vectors = sentences.map(() => vector());
    expect(
      subheadingLinks(
        sentences,
        vectors,
        sentences.map(() => 0),
      ),
    ).toEqual([
      [2, 3],
      [4, 5],
    ]);
  });

  it('leaves a section label that shares no word with its text alone', () => {
    const sentences = [record('text'), record('text'), record('heading'), record('text')];
    const vectors = [vector(), vector(), vector('w:background', 'c:back'), vector('w:rwanda', 'c:back')];
    expect(subheadingLinks(sentences, vectors, [0, 0, 0, 0])).toEqual([]);
  });

  it('leaves the headline to headlineLinks and a heading followed by another heading alone', () => {
    const sentences = [record('heading'), record('text'), record('text'), record('heading'), record('heading'), record('text')];
    const vectors = [vector('w:vote'), vector('w:vote'), vector(), vector('w:vote'), vector('w:vote'), vector('w:vote')];
    expect(subheadingLinks(sentences, vectors, [0, 0, 0, 0, 0, 0])).toEqual([[4, 5]]);
  });

  it('pairs the first entry’s heading, between the headline and any text, with the text under it', () => {
    const count: Figure = { kind: 'count', text: '1,200', value: '1200', amount: 1200 };
    const sentences = [
      record('heading', 'Brenthaus closure: the numbers'),
      record('heading', '1,200', [count]),
      record('text', 'Jobs to go at the Vellach tyre plant by the end of 2027.'),
      record('text', 'Workers to be offered places elsewhere.'),
    ];
    const vectors = [vector('w:closur'), vector(), vector('w:job'), vector('w:worker')];
    expect(subheadingLinks(sentences, vectors, [0, 0, 0, 0])).toEqual([[1, 2]]);
  });

  it('takes the headline from the whole story, so the first entry’s heading is linked when the headline is left out', () => {
    const count: Figure = { kind: 'count', text: '1,200', value: '1200', amount: 1200 };
    const headline = record('heading', 'Brenthaus closure: the numbers');
    const sentences = [record('heading', '1,200', [count]), record('text', 'Jobs to go.'), record('text', 'Workers to be offered places.')];
    const vectors = [vector(), vector('w:job'), vector('w:worker')];
    expect(subheadingLinks(sentences, vectors, [0, 0, 0], [headline, ...sentences])).toEqual([[0, 1]]);
    expect(subheadingLinks(sentences, vectors, [0, 0, 0])).toEqual([]);
  });

  it('never pairs a heading with the next article’s first sentence', () => {
    const sentences = [record('text'), record('text'), record('heading'), record('text')];
    const vectors = [vector(), vector(), vector('w:vote'), vector('w:vote')];
    expect(subheadingLinks(sentences, vectors, [0, 0, 0, 1])).toEqual([]);
  });
});
