import slugify from '@sindresorhus/slugify';
import type { NameOccurrence, Person } from '../types.ts';
import { doubleMetaphone } from 'double-metaphone';
import { nameSimilarity } from './nameSimilarity.ts';
import { NAME_PARTICLES } from './titleWords.ts';

/** Options of {@link resolvePeople}. */
export interface ResolvePeopleOptions {
  /** Surname similarity (1 − normalised Levenshtein distance) above which two spellings are one person. Default: 0.75. */
  surnameSimilarity?: number;
  /** Lower surname similarity accepted when the first names agree. Default: 0.5. */
  surnameSimilarityWithFirstName?: number;
}

const parts = (name: string) => {
  const words = name.split(/\s+/).filter((w) => !/^(?:\p{Lu}\.)+$/u.test(w)); // drop initials such as J.P.
  // "Van der Hoek" is a surname alone, not a first name "Van".
  const first = words.length > 1 && !NAME_PARTICLES.has(words[0]!.toLowerCase()) ? words[0] : undefined;
  return { first, surname: words.at(-1) ?? name };
};

/**
 * Whether two first names are one: the same, or the same name transliterated ("Youssef" and
 * "Yusuf", "Mohammed" and "Muhammad", a German-style "Jusuf"), as Double Metaphone (a maintained
 * implementation of the standard phonetic code) hears them alike in either of its readings:
 * its second reading is the name said the other way ("Jusuf" as "Yusuf").
 */
function sameFirstName(a: string, b: string): boolean {
  if (a.toLowerCase() === b.toLowerCase()) return true;
  const codes = new Set(doubleMetaphone(a));
  return doubleMetaphone(b).some((code) => codes.has(code));
}

/**
 * Groups the names written across a story into people, so that misspellings ("Nduhungirefer")
 * and surname-only mentions ("Rubio") resolve to one person. The canonical name is the most
 * frequent full (first + last) spelling, then the one more articles use, then the first met.
 */
export function resolvePeople(names: NameOccurrence[], options: ResolvePeopleOptions = {}): Person[] {
  const { surnameSimilarity = 0.75, surnameSimilarityWithFirstName = 0.5 } = options;
  // Longer names first: full names found the groups, surname-only mentions join them.
  const distinct = [...new Set(names.map((n) => n.text))].sort((a, b) => b.split(' ').length - a.split(' ').length || a.localeCompare(b));
  const count = (text: string) => names.filter((n) => n.text === text).length;
  const groups: string[][] = [];
  for (const name of distinct) {
    const p = parts(name);
    const matches = groups.filter((g) =>
      g.some((other) => {
        const q = parts(other);
        const sim = nameSimilarity(p.surname, q.surname);
        if (p.first && q.first && !sameFirstName(p.first, q.first)) return false;
        if (p.first && q.first) return sim >= surnameSimilarityWithFirstName;
        return sim >= surnameSimilarity;
      }),
    );
    // A surname two people share ("Solvik": Marta, and her husband Ivar) is the one the story
    // names most often.
    const mentions = (g: string[]) => g.reduce((sum, n) => sum + count(n), 0);
    const group = matches.reduce<string[] | undefined>(
      (best, g) => (best === undefined || mentions(g) > mentions(best) ? g : best),
      undefined,
    );
    if (group) group.push(name);
    else groups.push([name]);
  }
  const articles = (text: string) => new Set(names.filter((n) => n.text === text).map((n) => n.article)).size;
  const first = (text: string) => names.findIndex((n) => n.text === text);
  const people = groups.map((group): Person => {
    const full = group.filter((n) => parts(n).first);
    const pool = full.length > 0 ? full : group;
    // On a tie, the spelling met first: a longer one is as often a transliteration ("Orlitch"
    // for "Orlic") as a fuller name.
    const name = [...pool].sort((a, b) => count(b) - count(a) || articles(b) - articles(a) || first(a) - first(b))[0]!;
    return {
      key: slugify(name),
      name,
      surname: parts(name).surname,
      variants: names.filter((n) => group.includes(n.text)),
    };
  });
  return people.sort((a, b) => a.key.localeCompare(b.key));
}
