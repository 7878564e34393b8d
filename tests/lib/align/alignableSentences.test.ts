import { describe, expect, it } from 'vitest';
import { alignableSentences } from '../../../src/lib/align/alignableSentences.ts';
import type { ParagraphKind, SentenceRecord } from '../../../src/lib/types.ts';

const s = (article: string, kind: ParagraphKind, repeated = false) => ({ article, kind, repeated }) as SentenceRecord;

describe('alignableSentences', () => {
  it('takes text and headlines, not subheadings, captions, boilerplate or repeats', () => {
    const sentences = [
      s('a', 'heading'),
      s('a', 'text'),
      s('a', 'text'),
      s('a', 'heading'),
      s('a', 'caption'),
      s('a', 'text', true),
      s('a', 'boilerplate'),
    ];
    expect(alignableSentences(sentences)).toEqual([true, true, true, false, false, false, false]);
  });

  it('counts text per article, so one article’s length does not turn another’s headline into a subheading', () => {
    expect(alignableSentences([s('a', 'text'), s('a', 'text'), s('b', 'heading')])).toEqual([true, true, true]);
  });
});
