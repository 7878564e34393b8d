import { stemmer } from 'stemmer';

/** A word written with a capital after another word of its sentence ("Nordic Amber" in "The Nordic Amber had …"). */
const INNER_CAPITAL = /(?<=[\p{L}\d,]\s+)\p{Lu}\p{Ll}+/gu;

/**
 * The stems of the words a sentence writes with a capital inside it: the names of places,
 * ships, firms and bodies it mentions ("nordic", "amber"), as sentenceTerms stems them. None
 * for a headline in title case, whose every word is capitalised.
 */
export function nameStems(text: string): Set<string> {
  const words = text.match(/\p{L}{4,}/gu) ?? [];
  if (words.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.6 * words.length) return new Set();
  return new Set([...text.matchAll(INNER_CAPITAL)].map((m) => stemmer(m[0].toLowerCase())));
}
