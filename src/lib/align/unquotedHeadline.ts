import { contentStems } from '../compare/contentStems.ts';
import { plainWords } from '../compare/plainWords.ts';
import type { SentenceRecord } from '../types.ts';
import { quotesOnly } from './quotesOnly.ts';

/** The share of a headline's quoted content words one sentence of its text must hold for the quotation to be a repeat. */
const REPEAT_SHARE = 0.6;

/**
 * A heading whose quotations its own article's text repeats ("Terminal 3 finally opens: 'Today
 * we close a difficult chapter'" over the chief executive's full quotation), with those
 * quotations blanked and no speaker: the text's sentence carries the quotation to its group,
 * and the headline is matched on what it reports besides. A heading left with fewer than
 * `minWords` words of three letters or more ("Interview: '…'") keeps its quotation, which is
 * all it says, and so does one that only names who said it and about what ("'We will see the
 * city in court': StayNest's Marco Ferrante on Valbrenna's ban", see quotesOnly): blanked, it
 * would match the story's main event on its topic words. Any other sentence is returned as it is.
 */
export function unquotedHeadline(sentence: SentenceRecord, article: SentenceRecord[], minWords = 3): SentenceRecord {
  const { quotes } = sentence.facts;
  if (sentence.kind !== 'heading' || quotes.length === 0 || quotesOnly(sentence)) return sentence;
  const texts = article.filter((s) => s !== sentence && s.kind === 'text');
  // A headline shortens what it quotes ("'Broken for three years, and now we must trust it?'"
  // over "… it has been broken for three years, and now we are told to trust it again"): most
  // of its content words in one of the text's sentences is a repeat.
  const plain = texts.map((s) => plainWords(s.text));
  const stems = texts.map((s) => new Set(contentStems(s.text)));
  const repeated = (quote: string) => {
    const own = contentStems(quote);
    return (
      plain.some((t) => t.includes(plainWords(quote))) ||
      (own.length >= 3 && stems.some((t) => own.filter((w) => t.has(w)).length >= REPEAT_SHARE * own.length))
    );
  };
  if (!quotes.every((q) => repeated(q.text))) return sentence;
  let text = sentence.text;
  for (const q of [...quotes].sort((a, b) => b.start - a.start))
    text = text.slice(0, q.start) + ' '.repeat(q.end - q.start) + text.slice(q.end);
  if ((text.match(/\p{L}{3,}/gu) ?? []).length < minWords) return sentence;
  const { speaker: _speaker, ...facts } = sentence.facts;
  return { ...sentence, text, facts: { ...facts, quotes: [] } };
}
