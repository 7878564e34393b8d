import { describe, expect, it } from 'vitest';
import { headlineLinks } from '../../../src/lib/align/headlineLinks.ts';
import type { ParagraphKind, SentenceRecord } from '../../../src/lib/types.ts';

const record = (kind: ParagraphKind) => ({ kind }) as SentenceRecord;

describe('headlineLinks', () => {
  it('pairs each article’s headline with its first sentence of text', () => {
    const sentences = [record('heading'), record('text'), record('text'), record('text'), record('text')];
    expect(headlineLinks(sentences, [0, 0, 0, 1, 1])).toEqual([[0, 1]]);
  });

  it('takes a headline placed after a one-sentence standfirst', () => {
    const sentences = [record('text'), record('heading'), record('text')];
    expect(headlineLinks(sentences, [0, 0, 0])).toEqual([[1, 0]]);
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
});
