import type { Discrepancy, SentenceRecord } from '../types.ts';
import { perArticle } from './perArticle.ts';

/**
 * Different quoted words for one quotation across the articles of a claim (quotation-mark
 * style and capitalisation aside): each article's wording, a wording made only of pieces of
 * another article's wording marked as trimmed.
 */
export function quoteDiscrepancies(members: SentenceRecord[]): Discrepancy[] {
  const quoted = perArticle(members, (s) => s.facts.quotes.filter((q) => !q.fragment || s.facts.quotes.length === 1)).map(
    ({ article, items }) => ({ article, value: items.map((q) => q.text).join(' … ') }),
  );
  if (quoted.length < 2 || new Set(quoted.map((q) => words(q.value))).size === 1) return [];
  const values = quoted.map((q) => (quoted.some((other) => isTrimmed(q.value, other.value)) ? { ...q, trimmed: true as const } : q));
  return [{ type: 'quote-wording', values }];
}

/** Lower-case words and numbers, space-padded so that `includes` matches whole words. */
const words = (text: string) =>
  ` ${text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;

/** Whether every piece of `wording` (pieces are joined by " … ") appears, whole words, in the longer `other`. */
function isTrimmed(wording: string, other: string): boolean {
  const full = words(other);
  const pieces = wording.split(' … ').map(words);
  return pieces.join('').length < full.length && pieces.every((piece) => piece.trim() !== '' && full.includes(piece));
}
