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

const CURRENCIES: Record<string, string> = {
  '£': 'GBP',
  $: 'USD',
  us$: 'USD',
  '€': 'EUR',
  '¥': 'JPY',
  '₹': 'INR',
  a$: 'AUD',
  c$: 'CAD',
  pounds: 'GBP',
  pound: 'GBP',
  dollars: 'USD',
  dollar: 'USD',
  euros: 'EUR',
  euro: 'EUR',
  // Many countries pay in francs: without a country, the currency is "a franc", no more.
  francs: 'FRANC',
  franc: 'FRANC',
  rwf: 'RWF',
  chf: 'CHF',
  // One country's currency each; shared names (rupees, pesos, shillings, kroner, dinars,
  // riyals, dirhams) stay unassigned without a country, as francs do.
  yen: 'JPY',
  yuan: 'CNY',
  renminbi: 'CNY',
  rand: 'ZAR',
  naira: 'NGN',
  roubles: 'RUB',
  rubles: 'RUB',
  rouble: 'RUB',
  ruble: 'RUB',
  zlotys: 'PLN',
  zloty: 'PLN',
  forints: 'HUF',
  forint: 'HUF',
  reais: 'BRL',
  hryvnias: 'UAH',
  hryvnia: 'UAH',
  baht: 'THB',
  ringgit: 'MYR',
  rupiah: 'IDR',
  rupees: 'RUPEE',
  rupee: 'RUPEE',
  pesos: 'PESO',
  peso: 'PESO',
  shillings: 'SHILLING',
  shilling: 'SHILLING',
  kroner: 'KRONE',
  krone: 'KRONE',
  kronor: 'KRONA',
  krona: 'KRONA',
  // A translation's "crowns" for kroner: the unqualified name, as "kroner" is.
  crowns: 'KRONE',
  crown: 'KRONE',
  dinars: 'DINAR',
  dinar: 'DINAR',
  riyals: 'RIYAL',
  riyal: 'RIYAL',
  dirhams: 'DIRHAM',
  dirham: 'DIRHAM',
  rials: 'RIAL',
  rial: 'RIAL',
  // The lira, koruna, leu, kwacha, florin and guilder are several countries' (or were): only
  // themselves without a country ("Turkish lira" is TRY), as francs are.
  liras: 'LIRA',
  lira: 'LIRA',
  lire: 'LIRA',
  korunas: 'KORUNA',
  koruny: 'KORUNA',
  koruna: 'KORUNA',
  lei: 'LEU',
  leu: 'LEU',
  kwacha: 'KWACHA',
  florins: 'FLORIN',
  florin: 'FLORIN',
  guilders: 'GUILDER',
  guilder: 'GUILDER',
  shekels: 'ILS',
  shekel: 'ILS',
  leva: 'BGN',
  taka: 'BDT',
  cedis: 'GHS',
  cedi: 'GHS',
  birr: 'ETB',
  tenge: 'KZT',
  lari: 'GEL',
  kyats: 'MMK',
  kyat: 'MMK',
  afghanis: 'AFN',
  afghani: 'AFN',
  won: 'KRW',
  gbp: 'GBP',
  usd: 'USD',
  eur: 'EUR',
  jpy: 'JPY',
  inr: 'INR',
  aud: 'AUD',
  cad: 'CAD',
};
/**
 * Currencies a country's adjective picks out of a shared name ("Swiss francs", "Australian
 * dollars", "Egyptian pounds"). Another adjective makes a currency of its own
 * ("Lisvarian francs" -> "LISVARIAN FRANC"), never the dollar or pound it would default to.
 */
const NATIONAL_CURRENCIES: Record<string, string> = {
  'swiss franc': 'CHF',
  'rwandan franc': 'RWF',
  'congolese franc': 'CDF',
  'burundian franc': 'BIF',
  'guinean franc': 'GNF',
  'cfa franc': 'XOF',
  'us dollar': 'USD',
  'u.s. dollar': 'USD',
  'american dollar': 'USD',
  'australian dollar': 'AUD',
  'canadian dollar': 'CAD',
  'hong kong dollar': 'HKD',
  'new zealand dollar': 'NZD',
  'singapore dollar': 'SGD',
  'taiwan dollar': 'TWD',
  'new taiwan dollar': 'TWD',
  'egyptian pound': 'EGP',
  'lebanese pound': 'LBP',
  'british pound': 'GBP',
  'sterling pound': 'GBP',
  'indian rupee': 'INR',
  'pakistani rupee': 'PKR',
  'sri lankan rupee': 'LKR',
  'nepalese rupee': 'NPR',
  'mexican peso': 'MXN',
  'argentine peso': 'ARS',
  'argentinian peso': 'ARS',
  'philippine peso': 'PHP',
  'chilean peso': 'CLP',
  'colombian peso': 'COP',
  'kenyan shilling': 'KES',
  'ugandan shilling': 'UGX',
  'tanzanian shilling': 'TZS',
  'swedish krone': 'SEK',
  'norwegian krone': 'NOK',
  'danish krone': 'DKK',
  'czech krone': 'CZK',
  'saudi riyal': 'SAR',
  'qatari riyal': 'QAR',
  'uae dirham': 'AED',
  'emirati dirham': 'AED',
  'moroccan dirham': 'MAD',
  'south korean won': 'KRW',
  'korean won': 'KRW',
  'north korean won': 'KPW',
  'turkish lira': 'TRY',
  'czech koruna': 'CZK',
  'romanian leu': 'RON',
  'romanian lei': 'RON',
  'moldovan leu': 'MDL',
  'moldovan lei': 'MDL',
  'iranian rial': 'IRR',
  'omani rial': 'OMR',
  'yemeni rial': 'YER',
  'zambian kwacha': 'ZMW',
  'malawian kwacha': 'MWK',
  'aruban florin': 'AWG',
};
