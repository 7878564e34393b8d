import type { SentenceRecord } from '../types.ts';
import { CENT } from './findFigures.ts';

/**
 * Gives amounts in cents ("189 cents", currency "¢" from findFigures) the story's currency: the
 * one its other amounts of money are most often in ("€1.89 a litre" in another report), so that
 * "189 cents" and "€1.89" are one amount. A story that names no currency keeps "¢". Changes the
 * sentences' figures in place.
 */
export function resolveCents(sentences: SentenceRecord[]): void {
  const counts = new Map<string, number>();
  for (const s of sentences)
    for (const f of s.facts.figures)
      if (f.kind === 'money' && f.currency && f.currency !== CENT) counts.set(f.currency, (counts.get(f.currency) ?? 0) + 1);
  const [currency] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (!currency) return;
  for (const s of sentences)
    s.facts.figures = s.facts.figures.map((f) =>
      f.kind === 'money' && f.currency === CENT ? { ...f, currency, value: `${currency} ${f.amount}` } : f,
    );
}
