import { lexiconTags } from '../extract/lexiconTags.ts';
import type { SentenceRecord } from '../types.ts';

const VERB_TAGS = new Set(['PresentTense', 'PastTense', 'Infinitive', 'Copula', 'Modal', 'Auxiliary']);

/** Whether no word of a list is a verb (compromise's lexicon). */
const verbless = (list: string[]) => list.every((w) => !lexiconTags(w).some((tag) => VERB_TAGS.has(tag)));

/**
 * Whether a headline only gives a quotation and who said it ("'He will not get a fair trial':
 * Van der Hoek's lawyer on the ruling", "'Not yet', says Nduhungirehe", "Arven in Solda: 'We
 * are turning a page'"), or the quotation under a caption of a few words with no verb, before
 * a colon, the quotation ending the headline ("Brackley council leader: 'This must never happen
 * again'", "Nine years for Karavel: 'He sold the trust placed in him'"): it reports that
 * quotation, not the lede's event, and matches by its own words; one that also reports ("'Cost
 * lives': budget squeaks through") does both.
 */
export function quotesOnly(headline: SentenceRecord): boolean {
  const quotes = [...headline.facts.quotes].sort((a, b) => b.start - a.start);
  if (quotes.length === 0) return false;
  let rest = headline.text;
  for (const q of quotes) rest = `${rest.slice(0, q.start)} ${rest.slice(q.end)}`;
  const words = rest
    .replace(/[\s'‘’"“”«»:,–—-]+/gu, ' ')
    .trim()
    .split(' ');
  if (/^(?:says?|said|warns?|tells?)$/i.test(words[0] ?? '')) return words.length <= 6;
  const [last] = quotes;
  const captioned =
    quotes.length === 1 && /:\s*["'‘“]?$/u.test(headline.text.slice(0, last!.start)) && !/\p{L}/u.test(headline.text.slice(last!.end));
  if (captioned && words.length <= 5 && verbless(words)) return true;
  // "<who> on <what>": no verb before the "on".
  const on = words.indexOf('on');
  if (on > 0 && verbless(words.slice(0, on))) return true;
  // "<who> in <where>" ("Arven in Solda"): a few words, none a verb, that only place the speaker.
  const place = words.findIndex((w) => w === 'in' || w === 'at');
  return place > 0 && words.length <= 5 && verbless(words);
}
