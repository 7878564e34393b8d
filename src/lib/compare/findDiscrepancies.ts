import type { Discrepancy, Figure, Person, SentenceRecord } from '../types.ts';

const DEMONYM_OR_COUNTRY = /^(?:\p{Lu}\p{L}+(?:an|ian|ese|ish|i)|(?:\p{Lu}\.?){2,4})$/u;

/** Options of {@link findDiscrepancies}. */
export interface DiscrepancyOptions {
  /** The story's people, to report misspelled names. */
  people?: Person[];
}

/**
 * Lists where the articles reporting one claim disagree: amounts, counts, weekdays and dates,
 * a person's title ("former President" vs "President"), the spelling of a name, and for
 * quotations the quoted wording. Each entry gives every article's value, so readers see who
 * wrote what. Only disagreements between articles count; one article's own repetition does not.
 */
export function findDiscrepancies(
  members: SentenceRecord[],
  kind: 'quote' | 'figure' | 'statement',
  { people = [] }: DiscrepancyOptions = {},
): Discrepancy[] {
  const out: Discrepancy[] = [];
  const byArticle = new Map<string, SentenceRecord[]>();
  for (const m of members) byArticle.set(m.article, [...(byArticle.get(m.article) ?? []), m]);
  const perArticle = <T>(pick: (s: SentenceRecord) => T[]) =>
    [...byArticle].map(([article, sentences]) => ({ article, items: sentences.flatMap(pick) })).filter((x) => x.items.length > 0);

  // Figures: compare like with like (money in one currency, counts of one unit, weekdays...).
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
      if (values.length >= 2 && new Set(values.map((v) => v.normal)).size > 1) {
        out.push({ type, values: values.map(({ article, value }) => ({ article, value })) });
      }
    }
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
    if (titled.length >= 2 && new Set(titled.map((t) => t.normal)).size > 1) {
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
    const normal = (t: string) =>
      t
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
    if (quoted.length >= 2 && new Set(quoted.map((q) => normal(q.value))).size > 1) out.push({ type: 'quote-wording', values: quoted });
  }
  return out;
}

/** "Rwandan Foreign Minister" and "Foreign Minister" are one title; "former President" and "President" are not. */
function normaliseTitle(title: string): string {
  return title
    .split(/\s+/)
    .filter((w) => !DEMONYM_OR_COUNTRY.test(w) || /^(former|then|late)$/i.test(w))
    .join(' ')
    .toLowerCase();
}
