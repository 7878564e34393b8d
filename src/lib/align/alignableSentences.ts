import type { SentenceRecord } from '../types.ts';

/**
 * Which sentences may support a claim: reporting text and headlines. Boilerplate, captions and
 * repeated paragraphs never do (they would count one article's words twice), nor do
 * subheadings, headings after an article's second sentence of text: a section label ("Early
 * Talks On Migrant Relocation") reports nothing.
 */
export function alignableSentences(sentences: SentenceRecord[]): boolean[] {
  const textsBefore = new Map<string, number>();
  return sentences.map((s) => {
    const seen = textsBefore.get(s.article) ?? 0;
    if (s.kind === 'text') textsBefore.set(s.article, seen + 1);
    return !s.repeated && (s.kind === 'text' || (s.kind === 'heading' && seen < 2));
  });
}
