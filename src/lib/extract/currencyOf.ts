import { CURRENCIES, NATIONAL_CURRENCIES } from './currencyTables.ts';

/**
 * The currency a symbol, code or name stands for ("£" GBP, "CHF", "yen" JPY), with the country
 * written before a name many countries share ("Swiss francs" CHF, "Kenyan shillings" KES).
 * Without its country such a name is only itself ("FRANC", "RUPEE"), and an unknown country
 * makes a currency of its own ("Lisvarian francs" -> "LISVARIAN FRANC"), never the dollar or
 * pound the name would default to.
 */
export function currencyOf(written: string, country = ''): string {
  const word = written.toLowerCase();
  // "Japanese yen" is yen; "Australian dollars" and "Kenyan shillings" are the country's own.
  if (country && SHARED.test(word)) {
    // Kronor, kroner, krona and krone are one name, as the country table spells it, and so is
    // "crowns", as English and machine translations render them.
    const name = /^(?:kron|crown)/.test(word) ? 'krone' : word.replace(/s$/, '');
    return NATIONAL_CURRENCIES[`${country.toLowerCase()} ${name}`] ?? `${country} ${name}`.toUpperCase();
  }
  return CURRENCIES[word] ?? written.toUpperCase();
}

/** Names many countries' currencies share. */
const SHARED =
  /^(?:dollar|pound|franc|rupee|peso|shilling|dinar|riyal|rial|dirham|crown|lira|koruna|kwacha|florin|guilder)s?$|^kron|^le[iu]$|^won$/;
