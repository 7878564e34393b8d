import { plainWords } from '../compare/plainWords.ts';
import type { SentenceRecord } from '../types.ts';
import { quotesOnly } from './quotesOnly.ts';

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
  const texts = article.filter((s) => s !== sentence && s.kind === 'text').map((s) => plainWords(s.text));
  if (!quotes.every((q) => texts.some((t) => t.includes(plainWords(q.text))))) return sentence;
  let text = sentence.text;
  for (const q of [...quotes].sort((a, b) => b.start - a.start))
    text = text.slice(0, q.start) + ' '.repeat(q.end - q.start) + text.slice(q.end);
  if ((text.match(/\p{L}{3,}/gu) ?? []).length < minWords) return sentence;
  const { speaker: _speaker, ...facts } = sentence.facts;
  return { ...sentence, text, facts: { ...facts, quotes: [] } };
}
