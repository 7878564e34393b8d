import type { Figure, SentenceRecord } from '../types.ts';

/** From a thousand up, a bare number is rarely a coincidence ("for 120 millions", "a cool 7.25 million"). */
const SMALLEST = 1000;

/**
 * Gives a bare number from a thousand up (a count with no noun: "Brenner to Varenna for 120
 * millions", "each pocket a cool 7.25 million") the currency of the same amount of money that
 * another sentence of the story states ("€120 million"), when it is stated in one currency only:
 * the report left the currency out, as a headline or a translation may. Changes the sentences'
 * figures in place.
 */
export function resolveBareMoney(sentences: SentenceRecord[]): void {
  const currencies = new Map<number, Set<string>>();
  for (const s of sentences)
    for (const f of s.facts.figures)
      if (f.kind === 'money' && f.currency && f.amount !== undefined)
        currencies.set(f.amount, (currencies.get(f.amount) ?? new Set()).add(f.currency));
  const resolve = (f: Figure): Figure => {
    if (f.kind !== 'count' || f.unit !== undefined || f.age || (f.amount ?? 0) < SMALLEST) return f;
    const found = currencies.get(f.amount!);
    if (!found || found.size !== 1) return f;
    const [currency] = found as Set<string>;
    return { ...f, kind: 'money', currency, value: `${currency} ${f.amount}` };
  };
  for (const s of sentences) s.facts.figures = s.facts.figures.map(resolve);
}
