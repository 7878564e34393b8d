import type { SentenceRecord } from '../types.ts';
import { sharedCurrencyName } from './sharedCurrencyName.ts';

/**
 * Gives money stated in a shared name alone ("10 million shillings", "Sh2.3 billion") the
 * country's currency that another sentence of the story states in that name ("10 million
 * Korlan shillings", "KSh 2.3 billion", "5 million Kenyan shillings"), when the story states
 * only one: reports that drop the country mean the same money, and would otherwise never be
 * compared. The dollar and the pound alone are the US dollar and sterling, and stay so (see
 * sharedCurrencyName). Changes the sentences' figures in place.
 */
export function resolveSharedCurrency(sentences: SentenceRecord[]): void {
  const national = new Map<string, Set<string>>();
  for (const s of sentences)
    for (const f of s.facts.figures) {
      const shared = f.kind === 'money' && f.currency ? sharedCurrencyName(f.currency) : undefined;
      if (shared && !shared.bare) national.set(shared.name, (national.get(shared.name) ?? new Set()).add(f.currency!));
    }
  for (const s of sentences)
    s.facts.figures = s.facts.figures.map((f) => {
      const shared = f.kind === 'money' && f.currency ? sharedCurrencyName(f.currency) : undefined;
      const found = shared?.bare ? national.get(shared.name) : undefined;
      if (!found || found.size !== 1) return f;
      const currency = [...found][0]!;
      // The value keeps its amount as written there, a range's two ends too.
      return { ...f, currency, value: f.value.replace(f.currency!, currency) };
    });
}
