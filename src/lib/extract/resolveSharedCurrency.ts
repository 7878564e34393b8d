import type { SentenceRecord } from '../types.ts';
import { currencyOf } from './currencyOf.ts';

/**
 * Currency names many countries share and that name no currency on their own (currencyOf
 * leaves "shillings" and "Sh500" SHILLING, where "Kenyan shillings" is KES). The dollar and the pound are
 * not here: alone they are the US dollar and sterling.
 */
const SHARED_NAME =
  /\b(francs?|rupees?|pesos?|shillings?|kron(?:or|er|a|e)|crowns?|dinars?|riyals?|rials?|dirhams?|lir[ae]s?|korun[ay]|koruny|le[iu]|kwacha|florins?|guilders?|Shs?(?=\s?\d))(?!\p{L})/iu;

/**
 * Gives money stated in a shared name alone ("10 million shillings") the country's currency
 * that another sentence of the story states in that name ("10 million Korlan shillings",
 * "5 million Kenyan shillings"), when the story states only one: reports that drop the
 * country's adjective mean the same money, and would otherwise never be compared. Changes
 * the sentences' figures in place.
 */
export function resolveSharedCurrency(sentences: SentenceRecord[]): void {
  // Kronor and kroner, krona and krone: one name (currencyOf keeps the two bare spellings).
  const bareOf = (text: string) => {
    const written = SHARED_NAME.exec(text)?.[1];
    return written ? currencyOf(written).replace(/^KRONA$/, 'KRONE') : undefined;
  };
  const national = new Map<string, Set<string>>();
  for (const s of sentences)
    for (const f of s.facts.figures) {
      const bare = f.kind === 'money' ? bareOf(f.text) : undefined;
      if (bare && f.currency && f.currency.replace(/^KRONA$/, 'KRONE') !== bare)
        national.set(bare, (national.get(bare) ?? new Set()).add(f.currency));
    }
  for (const s of sentences)
    s.facts.figures = s.facts.figures.map((f) => {
      const bare = f.kind === 'money' ? bareOf(f.text) : undefined;
      const found = bare ? national.get(bare) : undefined;
      if (!bare || !found || found.size !== 1 || f.currency?.replace(/^KRONA$/, 'KRONE') !== bare || f.amount === undefined) return f;
      const [currency] = found as Set<string>;
      return { ...f, currency, value: `${currency} ${f.amount}` };
    });
}
