import { ORGANISATION_WORDS } from './organisationWords.ts';

/** Two or more capitalised words, the last possibly an organisation word ("Nimbus Systems", "Carrow Airlines"). */
const RUN = /\b\p{Lu}[\p{L}&’'-]*(?:\s+\p{Lu}[\p{L}&’'-]*)+/gu;

/**
 * Short names of the story's organisations: an organisation named in full once ("Nimbus
 * Systems", "Carrow Airlines") is mostly called by its first word after ("Nimbus said …").
 * Returns short name -> full name. A short name two organisations share ("Halden Capital",
 * "Halden Metals") names neither.
 */
export function shortNames(texts: string[]): Map<string, string> {
  const found = new Map<string, Set<string>>();
  for (const text of texts) {
    for (const m of text.matchAll(RUN)) {
      const words = m[0].split(/\s+/);
      if (words.length !== 2 || !ORGANISATION_WORDS.has(words[1]!.toLowerCase())) continue;
      found.set(words[0]!, (found.get(words[0]!) ?? new Set()).add(m[0]));
    }
  }
  return new Map([...found].filter(([, full]) => full.size === 1).map(([short, full]) => [short, [...full][0]!]));
}
