import type { DateMatch } from '../types.ts';
import { MONTHS } from './calendarWords.ts';

// "Sept. 19", "Dec 5": a month abbreviated (capitalised, checked where it is read, so that
// "mar" the verb is no month).
const MONTH_ABBREVIATION = String.raw`(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?(?!\p{L})`;
/** A month's number (1-12) from its name or abbreviation ("Sept." is 9). */
const monthNumber = (name: string) => MONTHS.findIndex((month) => month.startsWith(name.toLowerCase().slice(0, 3))) + 1;
// "March 25", "25 March 2026", "12th March" as British and African copy writes it ("7 Dec 2026"
// abbreviated), and "1. June
// 2027" as translations of German copy keep its "1. Juni".
const DATE = new RegExp(
  String.raw`\b(${MONTHS.join('|')}|${MONTH_ABBREVIATION})\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b|\b(\d{1,2})(?:st|nd|rd|th|\.)?\s+(${MONTHS.join('|')}|${MONTH_ABBREVIATION})(?:,?\s+(\d{4}))?\b`,
  'giu',
);
// "the 3rd of March", "3 of March 2025": a day before "of" and a month.
const DATE_OF = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+of\s+(${MONTHS.join('|')})(?:,?\s+(\d{4}))?\b`, 'giu');
// Dates in figures: day first with full stops, as European copy writes them ("25.11.2026"), or
// ISO ("2026-11-25"). Slashed dates are left alone: "11/12/2026" is a different day in the US.
const NUMERIC_DATE = /\b(?:(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})|((?:19|20)\d{2})-(\d{2})-(\d{2}))\b/gu;
// Two days with full stops and no year, joined as a span ("from 03.04. to 05.04.", as German copy
// and its translations write it), the second perhaps with its year ("to 05.04.2026"), which the
// first then takes too.
const NUMERIC_SPAN = /\b(\d{2})\.(\d{2})\.\s*(?:to|until|till|–|-)\s*(\d{2})\.(\d{2})\.((?:19|20)\d{2})?/gu;
// A month without a day: after a word that dates by it ("in March", "since May 2024"), or with
// its year, which American copy and translations may join with "of" ("in October of 2024").
// Also as a modifier after "the" ("the March qualifiers", "the June elections"), capitalised
// and before a word in lower case that is no preposition, so that "the march" and "The March
// for Jobs" are no month.
const MONTH = new RegExp(
  String.raw`\b(?:in|since|by|until|last|next|this|early|late|mid-?)\s+(${MONTHS.join('|')})(?:\s+(?:of\s+)?(\d{4}))?\b|\b(${MONTHS.join('|')})\s+(?:of\s+)?(\d{4})\b|\bthe\s+(${MONTHS.join('|')})(?=\s+\p{Ll})(?!\s+(?:for|of|on|against|to|and|in|at|from|by|with)\b)`,
  'giu',
);

/**
 * The dates a sentence gives ("25 March 2026", "March 25", "the 3rd of March", "25.03.2026",
 * "from 03.04. to 05.04.", `YYYY-MM-DD`, `????` for an unknown year) and its months without a day ("in March 2026",
 * `YYYY-MM` or `MM`), in the order the figure reader takes them: a later match overlapping an
 * earlier one is the caller's to drop.
 */
export function findDates(sentence: string): DateMatch[] {
  const found: DateMatch[] = [];
  const addDate = (m: RegExpMatchArray, year: string | undefined, month: number, day: number) => {
    const value = isoDate(year, month, day);
    if (value) found.push({ start: m.index!, text: m[0], kind: 'date', value });
  };
  for (const m of sentence.matchAll(NUMERIC_SPAN)) {
    const first = m[0].slice(0, 6);
    const second = m[0].slice(m[0].lastIndexOf(m[3]!));
    const year = m[5];
    const [d1, m1, d2, m2] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])];
    const v1 = isoDate(year, m1, d1);
    const v2 = isoDate(year, m2, d2);
    if (!v1 || !v2) continue;
    found.push({ start: m.index, text: first, kind: 'date', value: v1 });
    found.push({ start: m.index + m[0].length - second.length, text: second, kind: 'date', value: v2 });
  }
  for (const m of sentence.matchAll(NUMERIC_DATE)) {
    if (m[1]) addDate(m, m[3], Number(m[2]), Number(m[1]));
    else addDate(m, m[4], Number(m[5]), Number(m[6]));
  }
  for (const m of sentence.matchAll(DATE_OF)) addDate(m, m[3], MONTHS.indexOf(m[2]!.toLowerCase()) + 1, Number(m[1]));
  for (const m of sentence.matchAll(DATE)) {
    const name = (m[1] ?? m[5])!;
    if (!MONTHS.includes(name.toLowerCase()) && !/^\p{Lu}/u.test(name)) continue;
    addDate(m, m[3] ?? m[6], monthNumber(name), Number(m[2] ?? m[4]));
  }
  for (const m of sentence.matchAll(MONTH)) {
    if (m[5] && !/^\p{Lu}/u.test(m[5])) continue;
    const name = (m[1] ?? m[3] ?? m[5])!;
    const year = m[2] ?? m[4];
    const month = String(MONTHS.indexOf(name.toLowerCase()) + 1).padStart(2, '0');
    // Keep only the month name (and year) as the figure text, not "in".
    const offset = m[0].toLowerCase().indexOf(name.toLowerCase());
    found.push({ start: m.index + offset, text: m[0].slice(offset), kind: 'month', value: year ? `${year}-${month}` : month });
  }
  return found;
}

/** A date as `YYYY-MM-DD` (`????` for an unknown year); none for a day or month that cannot be. */
function isoDate(year: string | undefined, month: number, day: number): string | undefined {
  if (day < 1 || day > 31 || month < 1 || month > 12) return undefined;
  return `${year ?? '????'}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
