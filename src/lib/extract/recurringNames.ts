import { lexiconTags } from './lexiconTags.ts';
import { ORGANISATION_WORDS, PLACE_FIRST_WORDS, PLACE_WORDS } from './organisationWords.ts';
import { PERSON_TITLES } from './titleWords.ts';

/** Options of {@link recurringNames}. */
export interface RecurringNameOptions {
  /** How many articles must give the name in full. Default: 2. */
  minArticles?: number;
}

const RUN = /(?<![\p{L}’'-])\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)+/gu;
/** Before a place, not a person ("in Nova Gorica", "near Port Moresby"). */
const PLACE_BEFORE = /\b(?:in|at|near|outside|across|into|towards|around)\s+(?:the\s+)?$/i;
/** A person referred back to ("… Kofi Mensah-Adjei, barely nine minutes after he had come on"). */
const PERSON_AFTER = /^[^.!?]{0,100}?\b(?:he|she|his|her|him)\b/i;
const PERSON_NEXT = /^(?:he|she|his|her)\b/i;

/**
 * Names no lexicon knows that several articles of a story give in full ("Kofi Mensah-Adjei"):
 * two or three capitalised words, none of them a word compromise's lexicon knows (so not "Real
 * Orsana", "Federal Court" or an acronym), referred back to as "he" or "she" at least once,
 * and never written after "in", "at" or "near" as a place is. A name found without a title,
 * a known given name or a quotation would otherwise be no person, and most names from outside
 * the English-speaking world are unknown to the lexicon.
 */
export function recurringNames(sentences: { article: string; text: string }[], options: RecurringNameOptions = {}): string[] {
  const { minArticles = 2 } = options;
  const articles = new Map<string, Set<string>>();
  const placed = new Set<string>();
  const referred = new Set<string>();
  sentences.forEach(({ article, text }, i) => {
    const next = sentences[i + 1]?.article === article ? sentences[i + 1]!.text : '';
    for (const run of text.matchAll(RUN)) {
      // The stretches of unknown words in the run ("Substitute Kofi Mensah-Adjei" -> "Kofi Mensah-Adjei").
      let offset = run.index!;
      let stretch: { text: string; start: number }[] = [];
      const close = () => {
        if (stretch.length >= 2 && stretch.length <= 3) {
          const name = stretch.map((w) => w.text).join(' ');
          articles.set(name, (articles.get(name) ?? new Set()).add(article));
          if (PLACE_BEFORE.test(text.slice(0, stretch[0]!.start))) placed.add(name);
          const end = stretch.at(-1)!.start + stretch.at(-1)!.text.length;
          if (PERSON_AFTER.test(text.slice(end)) || PERSON_NEXT.test(next)) referred.add(name);
        }
        stretch = [];
      };
      for (const word of run[0].split(/(\s+)/)) {
        if (/^\s+$/.test(word)) {
          offset += word.length;
          continue;
        }
        // A title opening the run ("Governor Annelie van der Berg") is no part of a name.
        const unknown =
          !/[’']s?$/.test(word) && !/^\p{Lu}+$/u.test(word) && lexiconTags(word).length === 0 && !PERSON_TITLES.has(word.toLowerCase());
        if (unknown) stretch.push({ text: word, start: offset });
        else close();
        offset += word.length;
      }
      close();
    }
  });
  return (
    [...articles]
      .filter(([name, seen]) => seen.size >= minArticles && referred.has(name) && !placed.has(name) && lexiconTags(name).length === 0)
      // An organisation's, a prize's or a place's name, by its last or first word ("Vessen
      // Philharmonic", "Orvel Prize", "Port Keta"), however often "she" follows it.
      .filter(([name]) => {
        const words = name.toLowerCase().split(' ');
        return !ORGANISATION_WORDS.has(words.at(-1)!) && !PLACE_WORDS.has(words.at(-1)!) && !PLACE_FIRST_WORDS.has(words[0]!);
      })
      .map(([name]) => name)
      .sort()
  );
}
