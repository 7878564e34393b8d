import { distance } from 'fastest-levenshtein';
import type { Discrepancy, Person, SentenceRecord } from '../types.ts';
import { perArticle } from './perArticle.ts';

const DEMONYM_OR_COUNTRY = /^(?:\p{Lu}\p{L}+(?:an|ian|ese|ish|i)|(?:\p{Lu}\.?){2,4})$/u;

/** For each person the articles of one claim name: different titles, and a misspelled name (given the story's `people`). */
export function personDiscrepancies(members: SentenceRecord[], people: Person[]): Discrepancy[] {
  const out: Discrepancy[] = [];
  const personKeys = new Set(members.flatMap((m) => m.facts.people.map((p) => p.person).filter((p): p is string => !!p)));
  for (const key of [...personKeys].sort()) {
    const person = people.find((p) => p.key === key);
    const subject = person?.name ?? key;
    const titled = perArticle(members, (s) => s.facts.people.filter((p) => p.person === key && p.title)).map(({ article, items }) => ({
      article,
      value: items[0]!.title!,
      normal: normaliseTitle(items[0]!.title!),
    }));
    if (titled.length >= 2 && titled.some((t) => !sameTitle(t.normal, titled[0]!.normal))) {
      out.push({ type: 'title', subject, values: titled.map(({ article, value }) => ({ article, value })) });
    }
    if (person) {
      const spelled = perArticle(members, (s) => s.facts.people.filter((p) => p.person === key)).map(({ article, items }) => ({
        article,
        value: items.map((p) => p.text.split(' ').at(-1)!).find((w) => w !== person.surname) ?? person.surname,
      }));
      if (spelled.some((s) => s.value !== person.surname) && spelled.length >= 2) {
        out.push({ type: 'name-spelling', subject, values: spelled });
      }
    }
  }
  return out;
}

/**
 * "Rwandan Foreign Minister" and "Foreign Minister" are one title, and so are "Minister of
 * Health" and "Health Minister"; "former President" and "President" are not.
 */
function normaliseTitle(title: string): string {
  const kept = title
    .split(/\s+/)
    .filter((w) => !DEMONYM_OR_COUNTRY.test(w) || /^(former|then|late)$/i.test(w))
    .join(' ')
    .toLowerCase();
  // "minister of health" -> "health minister": one order for the portfolio.
  const of = /^(.*?)(\S+) of (.+)$/.exec(kept);
  return of ? `${of[1]}${of[3]} ${of[2]}` : kept;
}

/** Two normalised titles are one when each word matches, spelling variants allowed ("Councillor"/"Councilor", "Labour"/"Labor"). */
function sameTitle(a: string, b: string): boolean {
  const x = a.split(' ');
  const y = b.split(' ');
  return x.length === y.length && x.every((w, i) => w === y[i] || (Math.min(w.length, y[i]!.length) >= 5 && distance(w, y[i]!) <= 1));
}
