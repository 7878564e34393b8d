import { describe, expect, it } from 'vitest';
import { subheadingLinks } from '../../../src/lib/align/subheadingLinks.ts';
import type { FeatureVector, ParagraphKind, SentenceRecord } from '../../../src/lib/types.ts';

const record = (kind: ParagraphKind) => ({ kind }) as SentenceRecord;
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

  it('never pairs a heading with the next article’s first sentence', () => {
    const sentences = [record('text'), record('text'), record('heading'), record('text')];
    const vectors = [vector(), vector(), vector('w:vote'), vector('w:vote')];
    expect(subheadingLinks(sentences, vectors, [0, 0, 0, 1])).toEqual([]);
  });
});
