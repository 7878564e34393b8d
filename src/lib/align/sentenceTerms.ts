import american from 'american-english';
import { eng } from 'stopword';
import { stemmer } from 'stemmer';
import { lexiconTags } from '../extract/lexiconTags.ts';
import { IDENTIFIER } from '../extract/findFigures.ts';
import { LARGE_NUMBER_WORDS, ORDINALS, wordNumber } from '../extract/numberWords.ts';
import { verbForms } from '../extract/verbForms.ts';
import { reportedText } from '../segment/reportedText.ts';
import type { SentenceRecord, Term } from '../types.ts';

const STOPWORDS = new Set([
  ...eng,
  'its',
  // The pronoun; "US" and "U.S." are read as acronyms before this list is consulted.
  'us',
  'she',
  'among',
  'also',
  'would',
  'could',
  'said',
  'says',
  'say',
  'told',
  'stated',
  'according',
  // "at least 41", "at most": a figure's qualifier, which the figure's own feature covers.
  'least',
  'mr',
  'mrs',
  'ms',
]);
// The list gives its verbs in the base form only, so "make landfall" lost the verb while "makes
// landfall" kept it and matched "makes three dead". Their other forms are as empty.
for (const word of [...STOPWORDS]) {
  if (lexiconTags(word).includes('Infinitive')) for (const form of verbForms(word)) STOPWORDS.add(form);
}
const WORD = /[\p{L}][\p{L}’'.-]*/gu;
/** A quarter or half year as business copy codes it ("Q2", "H1"): the "second quarter", "first half" other reports write. */
const PERIOD_CODE = /\bQ([1-4])\b|\bH([12])\b/g;
// A two-letter acronym ("US", "UK", "EU", alone or in "UK-Rwanda") keeps its capitals as its
// stem, which no Porter stem has: "use", "used" and "using" all stem to "us". Longer ones may
// be a word shouted ("GOAL!") and stay lower case, as the word's own stem.
const TWO_CAPITALS = /^\p{Lu}{2}$/u;

/**
 * Whether a text is written in capitals (a tabloid's "NAP YOUR WAY TO A SHARPER BRAIN"): most
 * of its words of two letters or more, and at least three of them.
 */
function isShouted(text: string): boolean {
  const words = text.match(/\p{L}{2,}/gu) ?? [];
  return words.length >= 3 && words.filter((w) => /^\p{Lu}+$/u.test(w)).length >= 0.6 * words.length;
}

/**
 * Whether a word in capitals is a word, not an acronym: one the lexicon knows (other than as an
 * organisation, "NATO"), stressed in running text ("snoozing for more than an hour RAISES your
 * risk") from five letters, or any in a text shouted whole ("NAP YOUR WAY TO …"). Shorter ones
 * in running text stay acronyms ("WHO warns", "the AIDS epidemic").
 */
function isCapitalisedWord(raw: string, shouted: boolean): boolean {
  const lower = raw.toLowerCase();
  if (shouted && STOPWORDS.has(lower)) return true;
  if (!shouted && raw.length < 5) return false;
  const tags = lexiconTags(lower);
  return tags.length > 0 && !tags.includes('Organization');
}

/** Options of {@link sentenceTerms}. */
export interface TermOptions {
  /** Lower-cased multi-word names -> their acronym (from findAcronyms). Default: none. */
  aliases?: Map<string, string>;
}

/**
 * The comparable words of a sentence: lower-cased, stop words dropped, Porter-stemmed, with
 * every spelling of a resolved person replaced by that person's key (so "Nduhungirefer" and
 * "Nduhungirehe" are one word) and long names replaced by the story's acronym for them.
 */
export function sentenceTerms(sentence: SentenceRecord, { aliases }: TermOptions = {}): Term[] {
  const personWords = new Map<string, string>();
  for (const mention of sentence.facts.people) {
    if (!mention.person) continue;
    for (const word of mention.text.split(/\s+/)) personWords.set(word.toLowerCase(), `@${mention.person}`);
  }
  let text = reportedText(sentence);
  text = text.replace(PERIOD_CODE, (_, quarter?: string, half?: string) =>
    quarter ? `${ORDINALS[Number(quarter) - 1]} quarter` : `${ORDINALS[Number(half) - 1]} half`,
  );
  if (aliases) {
    for (const [phrase, acronym] of aliases) {
      if (text.toLowerCase().includes(phrase))
        text = text.replace(new RegExp(phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi'), acronym.toUpperCase());
    }
  }
  const terms: Term[] = [];
  // An identifier ("NLX-2026-0412") is one rare word, shared only by reports of the same thing.
  text = text.replace(IDENTIFIER, (code) => {
    terms.push({ stem: code.toLowerCase(), word: code.toLowerCase() });
    return ' ';
  });
  const shouted = isShouted(text);
  for (const match of text.matchAll(WORD)) {
    const raw = match[0].replace(/\.$/, '');
    // "U.S." and "US" are one word; "us" the pronoun stays a stop word.
    const isAcronym = /^(?:\p{Lu}\.)+\p{Lu}?$/u.test(raw) || (/^\p{Lu}{2,6}$/u.test(raw) && !isCapitalisedWord(raw, shouted));
    const written = (isAcronym ? raw.replace(/\./g, '') : raw)
      .toLowerCase()
      .replace(/[’']s?$/u, '')
      .replace(/’/g, "'");
    // One spelling for British and American outlets ("favour", "defence", "programme"), the
    // American one WordNet lists.
    const spelled = Object.hasOwn(american.us_spelling, written) ? american.us_spelling[written]! : written;
    // "183 persons", as translations write it, are "183 people".
    const word = spelled === 'persons' ? 'people' : spelled;
    const person = personWords.get(word);
    if (person) {
      if (terms.at(-1)?.stem !== person) terms.push({ stem: person, word });
      continue;
    }
    if (isAcronym) {
      terms.push({ stem: word.length === 2 ? word.toUpperCase() : word, word });
      continue;
    }
    // A number is compared as a figure (sentenceFeatures), written in digits or in words alike:
    // "Forty-seven crooks" must not bring words that "47 people" lacks. Numbers under ten stay
    // words, as no figure feature compares such small counts.
    if (word.includes('-') && wordNumber(word) >= 10) continue;
    // A compound's parts are words of their own: "a four-year sentence" and "four years in
    // prison", "the UK-Rwanda deal" and "the deal between the UK and Rwanda" share them.
    if (word.includes('-')) {
      const written = raw.split('-');
      word.split('-').forEach((part, k) => {
        if (part.length < 2 || STOPWORDS.has(part)) return;
        terms.push({ stem: TWO_CAPITALS.test(written[k] ?? '') ? part.toUpperCase() : stemmer(part), word: part });
      });
      continue;
    }
    if (word.length < 2 || STOPWORDS.has(word) || LARGE_NUMBER_WORDS.has(word)) continue;
    terms.push({ stem: stemmer(word), word });
  }
  return terms;
}
