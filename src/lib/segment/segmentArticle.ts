import type { Paragraph, SegmentedArticle } from '../types.ts';
import { classifyParagraph, type ClassifyOptions } from './classifyParagraph.ts';
import { findDateline } from './findDateline.ts';
import { parseMarkdown } from './parseMarkdown.ts';
import { splitSentences } from './splitSentences.ts';

/** Options of {@link segmentArticle}. */
export type SegmentOptions = ClassifyOptions;

/**
 * Splits an article's Markdown into paragraphs and sentences with stable anchors
 * (`p<n>-s<m>`), classifies each paragraph, and marks paragraphs that repeat an earlier one
 * or that another paragraph contains whole (a pull quote).
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
  // A wire dateline opens the lede: the first sentence of text.
  const lede = paragraphs.find((p) => p.kind === 'text')?.sentences[0];
  const dateline = lede && findDateline(lede.text);
  if (lede && dateline) lede.dateline = dateline;
  // A pull quote, or a lede restated inside a longer paragraph, repeats that paragraph too
  // (set after the loop: the longer paragraph may come first or last).
  const keys = paragraphs.map((p) => normaliseForRepeat(p.text));
  paragraphs.forEach((p, i) => {
    if (p.repeatOf !== undefined || p.kind !== 'text' || keys[i]!.split(' ').length < MIN_CONTAINED_WORDS) return;
    const container = paragraphs.findIndex(
      (q, j) => j !== i && q.kind === 'text' && keys[j]!.length > keys[i]!.length && keys[j]!.includes(keys[i]!),
    );
    if (container >= 0) p.repeatOf = paragraphs[container]!.index;
  });
  return { id: article.id, language: article.language, paragraphs };
}

/** Shortest paragraph, in words, taken for a repeat when another paragraph contains it: shorter ones ("He declined to comment.") recur by chance. */
const MIN_CONTAINED_WORDS = 6;

/** Two paragraphs are the same if they differ only in case, spacing and quotation-mark style. */
function normaliseForRepeat(text: string): string {
  return text
    .toLowerCase()
    .replace(/[“”„‟"]/g, '"')
    .replace(/[‘’‚‛']/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}
