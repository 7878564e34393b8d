import type { Quote } from '../types.ts';

/** Options of {@link findQuotes}. */
export interface FindQuotesOptions {
  /** Quotes with fewer words are fragments (scare quotes, quoted labels). Default: 4. */
  minWords?: number;
}

// German „ closes with “; machine translations often close it with a straight or English mark.
const PAIRS: [open: string, close: string][] = [
  ['“', '”'],
  ['„', '“"”'],
  ['«', '»'],
  ['"', '"'],
];
const CLOSERS = /[”»"]/;

/**
 * Finds direct quotations in a sentence. Reporters' quotation marks are often unbalanced
 * (a quote spanning sentences, a machine translation dropping a mark), so a lone closing mark
 * quotes from the sentence start and a lone opening mark quotes to the sentence end.
 */
export function findQuotes(sentence: string, { minWords = 4 }: FindQuotesOptions = {}): Quote[] {
  const quotes: Quote[] = [];
  let i = 0;
  let sawAny = false;
  while (i < sentence.length) {
    const ch = sentence[i]!;
    const pair = PAIRS.find(([open]) => open === ch);
    if (pair) {
      const close = Math.min(...[...pair[1]].map((mark) => sentence.indexOf(mark, i + 1)).map((at) => (at === -1 ? Infinity : at)));
      const end = close === Infinity ? sentence.length : close;
      push(quotes, sentence, i, end, minWords, close === Infinity ? 0 : 1);
      sawAny = true;
      i = end + 1;
      continue;
    }
    if (!sawAny && CLOSERS.test(ch) && ch !== '"' && i > 0) {
      // Closing mark with no opening before it: the quote began in an earlier sentence.
      push(quotes, sentence, -1, i, minWords, 1);
      sawAny = true;
    }
    i += 1;
  }
  return quotes.length > 0 ? quotes : singleQuoted(sentence, minWords);
}

/**
 * British style quotes with single marks (‘We are ready,’ she said). Only in sentences without
 * double quotes (where single marks are nested quotes), and only marks at word edges: the same
 * character is the apostrophe in “Rwanda’s” and “can’t”.
 */
function singleQuoted(sentence: string, minWords: number): Quote[] {
  const quotes: Quote[] = [];
  for (const m of sentence.matchAll(/(?<![\p{L}\p{N}])[‘'](?=\p{L}|\p{N})([^‘]*?[\p{L}\p{N}.,!?])[’'](?![\p{L}\p{N}])/gu)) {
    push(quotes, sentence, m.index!, m.index! + m[0].length - 1, minWords, 1);
  }
  return quotes;
}

function push(quotes: Quote[], sentence: string, open: number, close: number, minWords: number, closeWidth: number) {
  const inner = sentence.slice(open + 1, close).trim();
  const text = inner.replace(/[,.]$/, '');
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length === 0) return;
  // A short quotation is still an utterance, not a scare-quoted phrase, when it is asked or
  // exclaimed, or opens the sentence and ends with a comma or full stop (“We will appeal,” she
  // said; “Never.”). Mid-sentence, American style puts the comma inside a phrase's marks too
  // (at an “early stage,” he said), so that says nothing there.
  const uttered = /[!?]$/.test(inner) || (sentence.slice(0, Math.max(open, 0)).trim() === '' && /[,.]$/.test(inner));
  quotes.push({ text, start: Math.max(open, 0), end: close + closeWidth, fragment: words.length < minWords && !uttered });
}
