import { eng } from 'stopword';
import type { PersonMention } from '../types.ts';
import { lexiconTags } from './lexiconTags.ts';

/** Words of a title or office that precede a name; never part of the name itself. */
const TITLE_WORDS = new Set(
  `president vice prime minister secretary foreign interior home deputy chief general attorney senator sen rep
  representative governor gov mayor councillor councilor councilman councilwoman alderman king queen prince princess pope
  judge justice ambassador spokesperson spokesman
  spokeswoman commissioner chancellor premier leader chairman chairwoman chair director officer minister's mr mrs ms dr
  prof professor sir dame lord lady state defence defense finance justice labour labor party opposition speaker
  commander colonel captain lieutenant sergeant admiral cardinal bishop rev archbishop sheikh emir sultan former
  then late acting interim of the us u.s. uk u.k. un eu`.split(/\s+/),
);
/** Titles that mark the following capitalised words as a person's name. */
const PERSON_TITLES = new Set(
  `president minister secretary senator sen rep representative governor gov mayor councillor councilor councilman
  councilwoman alderman king queen prince princess pope
  judge ambassador spokesperson spokesman spokeswoman commissioner chancellor premier chairman chairwoman mr mrs ms dr
  prof professor sir dame lord lady commander colonel captain lieutenant sergeant admiral cardinal bishop archbishop
  sheikh emir sultan`.split(/\s+/),
);
/** Lower-case words that qualify a title ("former President"). */
const TITLE_QUALIFIERS = new Set(['former', 'then', 'late', 'acting', 'interim', 'outgoing', 'incoming', 'deputy']);

const WORD = /[\p{L}\p{N}][\p{L}\p{N}’'.-]*/gu;
const STOPWORDS = new Set(eng);
const CAPITALISED = /^(?:\p{Lu}[\p{L}’'-]*|(?:\p{Lu}\.)+)$/u;
const POSSESSIVE = /[’']s?$/u;
const DEMONYM = /^\p{Lu}\p{L}+(?:an|ian|ese|ish|i)$/u;

interface Token {
  text: string;
  start: number;
}

/**
 * Finds people named in a sentence, with the title written before each name. Capitalised runs
 * become names when a title precedes them or when compromise's lexicon knows a word as a name;
 * titles, demonyms and possessives are stripped so "former President Trump’s" yields "Trump".
 */
export function findPeople(sentence: string): PersonMention[] {
  // A final full stop belongs to initials ("J.P.") but not to a word ending a sentence.
  const tokens: Token[] = [...sentence.matchAll(WORD)].map((m) => ({
    text: /^(?:\p{Lu}\.)+$/u.test(m[0]) ? m[0] : m[0].replace(/\.$/, ''),
    start: m.index!,
  }));
  const mentions: PersonMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!CAPITALISED.test(tokens[i]!.text) && !TITLE_QUALIFIERS.has(tokens[i]!.text.toLowerCase())) {
      i += 1;
      continue;
    }
    let j = i;
    while (
      j < tokens.length &&
      (CAPITALISED.test(tokens[j]!.text) ||
        (j > i && tokens[j]!.text === 'of') ||
        (j === i && TITLE_QUALIFIERS.has(tokens[j]!.text.toLowerCase())))
    ) {
      if (POSSESSIVE.test(tokens[j]!.text) && j > i) {
        j += 1;
        break;
      }
      j += 1;
    }
    // A capitalised word that opens a sentence ("For Ana Petrova, …") is not part of a name.
    let from = i;
    while (from < j - 1 && STOPWORDS.has(tokens[from]!.text.toLowerCase()) && !TITLE_QUALIFIERS.has(tokens[from]!.text.toLowerCase()))
      from += 1;
    const run = tokens.slice(from, j);
    i = Math.max(j, i + 1);
    // Split the run into leading title words and the name that follows.
    let k = 0;
    let titled = false;
    while (k < run.length - 1) {
      const word = run[k]!.text.toLowerCase().replace(POSSESSIVE, '');
      const isTitle = TITLE_WORDS.has(word) || (DEMONYM.test(run[k]!.text) && TITLE_WORDS.has(run[k + 1]!.text.toLowerCase()));
      if (!isTitle) break;
      if (PERSON_TITLES.has(word)) titled = true;
      k += 1;
    }
    // A portfolio before the title ("Health Minister Tomas Varga") or after it ("Minister of
    // Health Tomas Varga") is part of the title, not of the name: the name starts after the
    // last title word (and the one word an "of" joins to it).
    for (let t = run.length - 2; t >= 0; t -= 1) {
      if (!PERSON_TITLES.has(run[t]!.text.toLowerCase().replace(POSSESSIVE, ''))) continue;
      const end = run[t + 1]?.text === 'of' && t + 3 < run.length ? t + 3 : t + 1;
      if (end > k && end < run.length) {
        k = end;
        titled = true;
      }
      break;
    }
    const nameTokens = run.slice(k).map((t) => t.text.replace(POSSESSIVE, ''));
    if (nameTokens.length === 0 || nameTokens.length > 4) continue;
    if (isKnownPlace(nameTokens.join(' '))) continue;
    const tagged = nameTokens.some(isKnownName) || inverted(sentence, tokens, from, nameTokens.length);
    if (!titled && !tagged) continue;
    // Untitled, a name ends with a surname: a lone or final first name ("Marisol", "Santa
    // Lucia", "Chad") is far more often a place in news copy.
    if (!titled && isFirstNameOnly(nameTokens.at(-1)!)) continue;
    if (nameTokens.every((t) => TITLE_WORDS.has(t.toLowerCase()))) continue;
    const title = run
      .slice(0, k)
      .map((t) => t.text)
      .join(' ');
    mentions.push({ text: nameTokens.join(' '), ...(title ? { title } : {}) });
  }
  return mentions;
}

const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person']);
const PLACE_TAGS = new Set(['Place', 'Country', 'City', 'Region', 'Organization', 'SportsTeam', 'Company']);

/** True when the lexicon knows the whole phrase (e.g. "El Salvador") as a place or organisation. */
function isKnownPlace(phrase: string): boolean {
  return lexiconTags(phrase).some((tag) => PLACE_TAGS.has(tag));
}

/**
 * True for a two- or three-word name in the inverted attribution that follows a quotation
 * ("…,” said Priya Dal, an analyst): news copy puts a person there, and names the lexicon does
 * not know (most names from outside the English-speaking world) would otherwise be missed.
 */
function inverted(sentence: string, tokens: Token[], start: number, length: number): boolean {
  const verb = tokens[start - 1];
  if (length < 2 || length > 3 || !verb || !/^(said|says|added|asked|explained|wrote)$/i.test(verb.text)) return false;
  return /[”"]\s*,?\s*$/u.test(sentence.slice(0, verb.start));
}

/** True when compromise's lexicon knows the word as a given name and as nothing else a name could be. */
function isFirstNameOnly(word: string): boolean {
  const tags = lexiconTags(word);
  return tags.length > 0 && tags.every((tag) => tag === 'FirstName' || tag === 'MaleName' || tag === 'FemaleName');
}

/** True when compromise's lexicon knows the word as a first or last name. */
function isKnownName(word: string): boolean {
  return lexiconTags(word).some((tag) => NAME_TAGS.has(tag));
}
