import type { TimeMatch } from '../types.ts';

// A translation's "14:20 hours GMT" ("14.20 Uhr") keeps its "hours".
const TIME =
  /\b(\d{1,2})(?:[.:](\d{2}))?\s?(a\.m\.|p\.m\.|am\b|pm\b|(?:(?<=\d{2}\s)hours\s)?(?:GMT|UTC|CET|CEST|BST|EST|EDT|PST|PDT)\b|o’clock|o'clock)/giu;
/** The prepositions before a time of day ("at 23:40", "shortly before midnight", "by 1400 GMT"). */
const AT_TIME = String.raw`at|around|about|towards?|until|before|after|from|by|since`;
// A 24-hour time: after a preposition ("at 23:40", "towards 06:40", a translation's "against
// 14:00", a statement's "from approximately 07:00"), not a live blog's entry stamp ("09:15 –
// Police confirm …"), which is when it was written, nor a decimal amount ("after about 10.30
// minutes"); and as French copy and its translations write it ("6h40", "18h").
const TIME_24 = new RegExp(
  String.raw`(?<=\b(?:${AT_TIME}|against)\s+(?:(?:approximately|roughly|about|around|shortly|just)\s+)?)([01]?\d|2[0-3])[:.]([0-5]\d)\b(?!\s*(?:min(?:ute)?s?|sec(?:ond)?s?|%|per\s*cent)\b)|\b([01]?\d|2[0-3])h([0-5]\d)?\b`,
  'giu',
);

// A translation from Spanish keeps the article and the hours of "a las 6.15 horas" ("at the
// 6.15 hours"); without "hours", "at the 2.45 mark" may be a race time.
const TIME_THE_HOURS = /(?<=\bat\s+the\s+)([01]?\d|2[0-3])[:.]([0-5]\d)(?=\s+hours\b)/giu;
// Noon and midnight named ("at noon", "at 12 noon", "shortly after midnight"): 12:00 and 00:00, as a report
// giving "12.00" or "0:00" writes them.
const TIME_NAMED = new RegExp(String.raw`(?<=\b(?:${AT_TIME})\s+)(?:12\s+)?(noon|midday|midnight)\b`, 'giu');
// Translations from French and German keep "à 10 heures", "um 10 Uhr" as "at 10 hours": a time.
const TIME_AT_HOURS = /(?<=\bat\s+)([01]?\d|2[0-3])(?:[:.]([0-5]\d))?\s+hours\b/giu;
// And "de 21 heures à 6 heures" as "from 21 hours until 6 hours": two times. With "to", only a
// span over midnight ("from 22 hours to 6 hours"), as "from 8 hours to 12 hours" is a shift's
// length.
const HOURS = String.raw`([01]?\d|2[0-3])(?:[:.]([0-5]\d))?\s+hours\b`;
const TIME_SPAN_HOURS = new RegExp(String.raw`\bfrom\s+${HOURS}\s+(until|till|to)\s+${HOURS}`, 'giu');

// Wire copy's four-digit clock with its zone ("by 1400 GMT", "at 0930 local time (0630 GMT)"),
// after a preposition or in brackets, so that a year before a zone's name is no time.
const TIME_WIRE = new RegExp(
  String.raw`(?<=\b(?:${AT_TIME})\s+|\()([01]\d|2[0-3])([0-5]\d)\s?(?:GMT|UTC|CET|CEST|BST|EST|EDT|PST|PDT|local time)\b`,
  'giu',
);

// An hour spelled out before "o'clock" ("at six o'clock"), as quotations write it.
const HOUR_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const TIME_SPELLED = new RegExp(String.raw`\b(${HOUR_WORDS.join('|')})\s+o['’]clock\b`, 'giu');

const STAMP_24 = /^(?:\p{L}+,?\s+)?((?:[01]?\d|2[0-3])[:.][0-5]\d)(?=\s*[:–—-])/u;

/**
 * The times of day a sentence gives, in 12 or 24 hours ("6:40 a.m.", "at 23:40", "6h40", "1400 GMT"),
 * each with its `HH:MM` value; a timeline's or live blog's stamp ("Tuesday, 6am: The Aln
 * breaks through …") dates its entry and has none.
 */
export function findTimes(sentence: string): TimeMatch[] {
  const found: TimeMatch[] = [];
  for (const m of sentence.matchAll(TIME)) {
    const text = m[0].trimEnd();
    if (isStamp(sentence, m.index, m[0].length)) {
      found.push({ start: m.index, text: m[0] });
      continue;
    }
    const suffix = m[3]!.toLowerCase().replace(/\./g, '');
    // "12 a.m." is midnight, "12 p.m." noon.
    const hour = (Number(m[1]) % (suffix === 'am' || suffix === 'pm' ? 12 : 24)) + (suffix === 'pm' ? 12 : 0);
    found.push({ start: m.index, text, value: clock(hour, m[2]) });
  }
  // A live blog's 24-hour stamp ("10:15 – 4,500 people have been evacuated") has no suffix to
  // find it by, and its minutes must not start a range ("15 – 4,500 people").
  const stamp = STAMP_24.exec(sentence);
  if (stamp) found.push({ start: stamp.index + stamp[0].length - stamp[1]!.length, text: stamp[1]! });
  for (const m of sentence.matchAll(TIME_24)) {
    // "up from 2.50", "stays at 1.40": a one-digit hour and a full stop read as well as an
    // amount, so it is a time only with the translation's "hours" after it ("at 3.42 hours").
    if (/^\d\.\d\d$/.test(m[0]) && !/^\s+hours\b/i.test(sentence.slice(m.index + m[0].length))) continue;
    found.push({ start: m.index, text: m[0], value: clock(Number(m[1] ?? m[3]), m[2] ?? m[4]) });
  }
  for (const m of sentence.matchAll(TIME_THE_HOURS)) found.push({ start: m.index, text: m[0], value: clock(Number(m[1]), m[2]) });
  for (const m of sentence.matchAll(TIME_NAMED))
    found.push({ start: m.index, text: m[0], value: /^midnight$/i.test(m[1]!) ? '00:00' : '12:00' });
  for (const m of sentence.matchAll(TIME_AT_HOURS)) found.push({ start: m.index, text: m[0], value: clock(Number(m[1]), m[2]) });
  for (const m of sentence.matchAll(TIME_SPAN_HOURS)) {
    if (m[3]!.toLowerCase() === 'to' && Number(m[1]) <= Number(m[4])) continue;
    const first = m[0].indexOf(m[1]!);
    const second = m[0].lastIndexOf(`${m[4]}`);
    const firstText = /^[^\s]+\s+hours/u.exec(m[0].slice(first))![0];
    const secondText = m[0].slice(second);
    found.push({ start: m.index + first, text: firstText, value: clock(Number(m[1]), m[2]) });
    found.push({ start: m.index + second, text: secondText, value: clock(Number(m[4]), m[5]) });
  }
  for (const m of sentence.matchAll(TIME_WIRE)) found.push({ start: m.index, text: m[0], value: clock(Number(m[1]), m[2]) });
  for (const m of sentence.matchAll(TIME_SPELLED))
    found.push({ start: m.index, text: m[0], value: clock(HOUR_WORDS.indexOf(m[1]!.toLowerCase()) + 1, undefined) });
  return found;
}

/** Whether the span opens the sentence (after a weekday at most) and a colon or dash follows it. */
function isStamp(sentence: string, start: number, length: number): boolean {
  return /^(?:\p{L}+,?\s+)?$/u.test(sentence.slice(0, start)) && /^\s*[:–—-]/u.test(sentence.slice(start + length));
}

/** A time of day as `HH:MM`. */
function clock(hour: number, minutes: string | undefined): string {
  return `${String(hour).padStart(2, '0')}:${minutes ?? '00'}`;
}
