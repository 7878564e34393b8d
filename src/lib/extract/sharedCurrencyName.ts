import { CURRENCIES, NATIONAL_CURRENCIES } from './currencyTables.ts';

/**
 * Names many countries' currencies share that name no currency alone, as currencyOf reads
 * them ("shillings" SHILLING, "francs" FRANC): the dollar, the pound and the won are not
 * among them, being the US dollar, sterling and Korea's won alone. Kronor (KRONA) are kroner.
 */
const BARE = new Set(
  'shilling franc rupee peso dinar riyal rial dirham krone krona lira koruna leu kwacha florin guilder'
    .split(' ')
    .filter((name) => CURRENCIES[name] === name.toUpperCase())
    .map((name) => name.toUpperCase()),
);
const bare = (code: string) => (code === 'KRONA' ? 'KRONE' : code);

/** Each national currency's shared name: KES and UGX are shillings, CHF and RWF francs. */
const NAME_OF = new Map(
  Object.entries(NATIONAL_CURRENCIES).flatMap(([phrase, code]) => {
    const name = CURRENCIES[phrase.split(' ').at(-1)!];
    return name && BARE.has(name) ? [[code, bare(name)] as const] : [];
  }),
);

/**
 * The shared name a currency goes by ("SHILLING" for KES, for "KORLAN SHILLING", and for a
 * bare "SHILLING"), with whether it is that name alone (`bare`), or none for a currency no
 * other shares a name with (USD, EUR).
 */
export function sharedCurrencyName(currency: string): { name: string; bare: boolean } | undefined {
  if (BARE.has(currency)) return { name: bare(currency), bare: true };
  const named = NAME_OF.get(currency);
  if (named) return { name: named, bare: false };
  // A country's own currency the tables do not know ("KORLAN SHILLING").
  const last = / (\S+)$/.exec(currency)?.[1];
  return last && BARE.has(last) ? { name: bare(last), bare: false } : undefined;
}
