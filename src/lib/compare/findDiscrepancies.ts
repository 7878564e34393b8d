import { distance } from 'fastest-levenshtein';
import type { Discrepancy, Figure, Person, SentenceRecord } from '../types.ts';

const VAGUE = /^(?:dozens|hundreds|thousands)\b/i;
const DEMONYM_OR_COUNTRY = /^(?:\p{Lu}\p{L}+(?:an|ian|ese|ish|i)|(?:\p{Lu}\.?){2,4})$/u;

/** Options of {@link findDiscrepancies}. */
export interface DiscrepancyOptions {
  /** The story's people, to report misspelled names. */
  people?: Person[];
  /**
   * Members that support the claim as a second one (see alignSentences): their figures mostly
   * belong to their first claim, so they are never reported as given by only some articles.
   * Default: none.
   */
  secondary?: Set<SentenceRecord>;
}

/**
 * Lists where the articles reporting one claim disagree: amounts, counts, weekdays and dates,
 * a person's title ("former President" vs "President"), the spelling of a name, and for
 * quotations the quoted wording; and the amounts only some of the articles give. Each entry gives every article's value, so readers see who
 * wrote what. Only disagreements between articles count; one article's own repetition does not.
 */
export function findDiscrepancies(
  members: SentenceRecord[],
  kind: 'quote' | 'figure' | 'statement',
  { people = [], secondary = new Set() }: DiscrepancyOptions = {},
): Discrepancy[] {
  const out: Discrepancy[] = [];
  const byArticle = new Map<string, SentenceRecord[]>();
  for (const m of members) byArticle.set(m.article, [...(byArticle.get(m.article) ?? []), m]);
  const perArticle = <T>(pick: (s: SentenceRecord) => T[]) =>
    [...byArticle].map(([article, sentences]) => ({ article, items: sentences.flatMap(pick) })).filter((x) => x.items.length > 0);

  // Figures: compare like with like (money in one currency, counts of one unit, weekdays...).
  const contested = new Set<Figure>();
  const figureGroups: { type: Discrepancy['type']; key: (f: Figure) => string | undefined }[] = [
    { type: 'amount', key: (f) => (f.kind === 'money' ? `money:${f.currency}` : undefined) },
    { type: 'number', key: (f) => (f.kind === 'count' || f.kind === 'percent' ? `${f.kind}:${f.unit ?? ''}` : undefined) },
    { type: 'weekday', key: (f) => (f.kind === 'weekday' ? 'weekday' : undefined) },
    { type: 'date', key: (f) => (f.kind === 'date' || f.kind === 'month' || f.kind === 'year' ? f.kind : undefined) },
  ];
  for (const { type, key } of figureGroups) {
    const keys = new Set(members.flatMap((m) => m.facts.figures.map(key).filter((k): k is string => k !== undefined)));
    for (const k of keys) {
      const values = perArticle((s) => s.facts.figures.filter((f) => key(f) === k)).map(({ article, items }) => ({
        article,
        value: [...new Set(items.map((f) => f.text))].join(', '),
        normal: [...new Set(items.map((f) => f.value))].sort().join(','),
      }));
      if (conflicting(values.map((v) => new Set(v.normal.split(','))))) {
        out.push({ type, values: values.map(({ article, value }) => ({ article, value })) });
        for (const m of members) for (const f of m.facts.figures) if (key(f) === k) contested.add(f);
      }
    }
  }

  // A figure only some articles give ("a pay offer of 6%" that one report leaves out): not a
  // disagreement, but what a reader comparing the reports should know. Amounts are compared
  // whatever each article counts ("600 jobs", "600 employments") and however it hedges them;
  // counts under ten are mostly incidental ("two sides", "one week"), and "thousands of
  // travellers" is no figure a report could leave out.
  const amountOf = (f: Figure) =>
    f.kind === 'money'
      ? `money:${f.currency}:${f.amount}`
      : f.kind === 'percent' || (f.kind === 'count' && f.amount! >= 10 && !VAGUE.test(f.text))
        ? `${f.kind}:${f.amount}`
        : undefined;
  const given = new Map<string, { figure: Figure; texts: Map<string, string> }>();
  for (const m of members) {
    for (const figure of m.facts.figures) {
      const amount = amountOf(figure);
      if (amount === undefined || contested.has(figure) || secondary.has(m)) continue;
      const entry = given.get(amount) ?? { figure, texts: new Map<string, string>() };
      if (!entry.texts.has(m.article)) entry.texts.set(m.article, figure.text);
      given.set(amount, entry);
    }
  }
  for (const [amount, { figure, texts }] of given) {
    const missing = [...byArticle.keys()].filter((article) => {
      const figures = byArticle.get(article)!.flatMap((s) => s.facts.figures);
      if (texts.has(article) || figures.some((f) => amountOf(f) === amount)) return false;
      // "£50 million" against "$66 million" may be one amount converted: not an omission.
      const money = figures.filter((f) => f.kind === 'money');
      return figure.kind !== 'money' || money.length === 0 || money.some((f) => f.currency === figure.currency);
    });
    if (missing.length > 0)
      out.push({ type: 'omitted-figure', values: [...texts].map(([article, value]) => ({ article, value })), missing });
  }

  // People: titles and spellings, per person the articles name.
  const personKeys = new Set(members.flatMap((m) => m.facts.people.map((p) => p.person).filter((p): p is string => !!p)));
  for (const key of [...personKeys].sort()) {
    const person = people.find((p) => p.key === key);
    const subject = person?.name ?? key;
    const titled = perArticle((s) => s.facts.people.filter((p) => p.person === key && p.title)).map(({ article, items }) => ({
      article,
      value: items[0]!.title!,
      normal: normaliseTitle(items[0]!.title!),
    }));
    if (titled.length >= 2 && titled.some((t) => !sameTitle(t.normal, titled[0]!.normal))) {
      out.push({ type: 'title', subject, values: titled.map(({ article, value }) => ({ article, value })) });
    }
    if (person) {
      const spelled = perArticle((s) => s.facts.people.filter((p) => p.person === key)).map(({ article, items }) => ({
        article,
        value: items.map((p) => p.text.split(' ').at(-1)!).find((w) => w !== person.surname) ?? person.surname,
      }));
      if (spelled.some((s) => s.value !== person.surname) && spelled.length >= 2) {
        out.push({ type: 'name-spelling', subject, values: spelled });
      }
    }
  }

  if (kind === 'quote') {
    const quoted = perArticle((s) => s.facts.quotes.filter((q) => !q.fragment || s.facts.quotes.length === 1)).map(
      ({ article, items }) => ({
        article,
        value: items.map((q) => q.text).join(' … '),
      }),
    );
    if (quoted.length >= 2 && new Set(quoted.map((q) => words(q.value))).size > 1) {
      // A wording made only of pieces of another article's wording is that quotation trimmed, not a different one.
      const values = quoted.map((q) => (quoted.some((other) => isTrimmed(q.value, other.value)) ? { ...q, trimmed: true as const } : q));
      out.push({ type: 'quote-wording', values });
    }
  }
  return out;
}

/**
 * Whether the articles' values (one set per article) disagree: two articles each give a value
 * the other does not ("Tuesday" and "Wednesday"). One article giving more values than another
 * ("15% and 6%" against "15%") is an omission, not a disagreement.
 */
function conflicting(sets: Set<string>[]): boolean {
  const lacks = (x: Set<string>, y: Set<string>) => [...x].some((v) => !y.has(v));
  return sets.some((x, i) => sets.some((y, j) => i < j && lacks(x, y) && lacks(y, x)));
}

/** Lower-case words and numbers, space-padded so that `includes` matches whole words. */
const words = (text: string) =>
  ` ${text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;

/** Whether every piece of `wording` (pieces are joined by " … ") appears, whole words, in the longer `other`. */
function isTrimmed(wording: string, other: string): boolean {
  const full = words(other);
  const pieces = wording.split(' … ').map(words);
  return pieces.join('').length < full.length && pieces.every((piece) => piece.trim() !== '' && full.includes(piece));
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
