import type { Paragraph, SegmentedArticle } from '../types.ts';
import { classifyParagraph, type ClassifyOptions } from './classifyParagraph.ts';
import { parseMarkdown } from './parseMarkdown.ts';
import { splitSentences } from './splitSentences.ts';

/** Options of {@link segmentArticle}. */
export type SegmentOptions = ClassifyOptions;

/**
 * Splits an article's Markdown into paragraphs and sentences with stable anchors
 * (`p<n>-s<m>`), classifies each paragraph, and marks paragraphs that repeat an earlier one.
 */
export function segmentArticle(article: { id: string; language: string; body: string }, options: SegmentOptions = {}): SegmentedArticle {
  const blocks = parseMarkdown(article.body);
  const seen = new Map<string, number>();
  const paragraphs = blocks.map((block, i): Paragraph => {
    const index = i + 1;
    const kind = classifyParagraph({ ...block, previous: blocks[i - 1]?.text }, options);
    const key = normaliseForRepeat(block.text);
    const repeatOf = seen.get(key);
    if (repeatOf === undefined) seen.set(key, index);
    // Headlines and captions are one line each: splitting "U.S. Over Deportation" would only
    // produce fragments.
    const texts = kind === 'text' ? splitSentences(block.text, { language: article.language }) : [block.text];
    return {
      index,
      kind,
      tag: block.tag,
      text: block.text,
      ...(repeatOf !== undefined ? { repeatOf } : {}),
      sentences: texts.map((text, j) => ({ anchor: `p${index}-s${j + 1}`, paragraph: index, index: j + 1, text })),
    };
  });
  return { id: article.id, language: article.language, paragraphs };
}

/** Two paragraphs are the same if they differ only in case, spacing and quotation-mark style. */
function normaliseForRepeat(text: string): string {
  return text
    .toLowerCase()
    .replace(/[“”„‟"]/g, '"')
    .replace(/[‘’‚‛']/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}
