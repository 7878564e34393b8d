import { distance } from 'fastest-levenshtein';
import { stemmer } from 'stemmer';
import { eng } from 'stopword';
import type { Discrepancy, SentenceRecord } from '../types.ts';
import { perArticle } from './perArticle.ts';
import { plainWords } from './plainWords.ts';

/**
 * Different quoted words for one quotation across the articles of a claim (quotation-mark
 * style and capitalisation aside): each article's wording, a wording made only of pieces of
 * another article's wording marked as trimmed.
 */
export function quoteDiscrepancies(members: SentenceRecord[]): Discrepancy[] {
  const all = perArticle(members, (s) => s.facts.quotes.filter((q) => !q.fragment || s.facts.quotes.length === 1));
  // A quoted phrase that shares no word with any other article's quotation is another claim's:
  // a sentence reporting two claims ("said the loan would 'restore confidence' and promised no
  // new taxes") quotes only one of them. A whole quotation is the claim's however reworded.
  const quoted = all
    .map(({ article, items }) => ({
      article,
      items: items.filter(
        (q) => !q.fragment || all.some((other) => other.article !== article && other.items.some((r) => shareAWord(q.text, r.text))),
      ),
    }))
    .filter(({ items }) => items.length > 0)
    .map(({ article, items }) => ({ article, value: ownWording(items.map((q) => q.text)).join(' … ') }));
  if (quoted.length < 2 || new Set(quoted.map((q) => words(q.value))).size === 1) return [];
  const values = quoted.map((q) => (quoted.some((other) => isTrimmed(q.value, other.value)) ? { ...q, trimmed: true as const } : q));
  return [{ type: 'quote-wording', values }];
}

/**
 * An article's quotations of one claim, each once: a headline that repeats the quotation its
 * text gives ("Ferreyra: 'This is the club I dreamed of as a boy'"), or a piece of it ("'Under
 * our potatoes'"), is the same wording, not a second one.
 */
function ownWording(texts: string[]): string[] {
  return texts.filter((text, i) =>
    texts.every((other, j) => j === i || !words(other).includes(words(text)) || (words(other) === words(text) && j > i)),
  );
}

/** Lower-case words and numbers, space-padded so that `includes` matches whole words. */
const words = (text: string) => ` ${plainWords(text)} `;

/** Whether every piece of `wording` (pieces are joined by " … ") appears, whole words, in the longer `other`. */
function isTrimmed(wording: string, other: string): boolean {
  const full = words(other);
  const pieces = wording.split(' … ').map(words);
  return pieces.join('').length < full.length && pieces.every((piece) => piece.trim() !== '' && full.includes(piece));
}

const STOPWORDS = new Set(eng);

/** The words that carry what a quotation says (no stop words), lower case. */
const contentWords = (text: string) => (text.toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => !STOPWORDS.has(w));

/**
 * Whether two quotations share a word: one stem ("tax", "taxes"), or two spellings of one word
 * ("check", "cheque": at most half its letters apart).
 */
function shareAWord(a: string, b: string): boolean {
  const theirs = contentWords(b);
  return contentWords(a).some((w) =>
    theirs.some(
      (v) => stemmer(w) === stemmer(v) || (Math.min(w.length, v.length) >= 4 && distance(w, v) <= Math.max(w.length, v.length) / 2),
    ),
  );
}
