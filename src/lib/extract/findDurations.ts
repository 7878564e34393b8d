import type { MeasureMatch } from '../types.ts';
import { EXACT_NUMBER_WORD, wordNumber } from './numberWords.ts';

// A race or lap time on a clock: "2:00:41", "2:16:02.5", and minutes with hundredths,
// "1:59.40" (a time of day gives no seconds or hundredths, so these are durations).
const CLOCK =
  /(?<![\d:.,])(\d{1,2}):([0-5]\d):([0-5]\d)(?:[.,](\d{1,3}))?(?![\d:])|(?<![\d:.,])(\d{1,2}):([0-5]\d)[.,](\d{1,3})(?![\d:]|[.,]\d)/gu;

// The same spelled out in units, two of them at least: "2h 00min 41s", "2 h 00 min 41 s", "2
// hours, 0 minutes and 41 seconds", "3 min 26.4 s", "1hr 59min".
// Hours may be spelled out ("two hours and 51 minutes", "an hour and 45 minutes").
const HOURS = String.raw`(\d{1,3}|an?|${EXACT_NUMBER_WORD})\s?(?:h|hrs?|hours?)\.?`;
const MINUTES = String.raw`(\d{1,3})\s?(?:m|mins?|minutes?)\.?`;
const SECONDS = String.raw`(\d{1,3}(?:[.,]\d{1,3})?)\s?(?:s|secs?|seconds?)\.?`;
const JOIN = String.raw`,?\s*(?:and\s+)?`;
const UNITS = new RegExp(
  String.raw`(?<![\p{L}\d.,])(?:${HOURS}${JOIN}${MINUTES}(?:${JOIN}${SECONDS})?|${MINUTES}${JOIN}${SECONDS})(?![\p{L}\d])`,
  'giu',
);

/**
 * A translation's compact "1h45" is a duration where words ask how long ("in 1h45", "takes
 * 1h45", "a journey of 1h45"), or a span's ends after a word for a journey's length ("the
 * duration of the trip … from 3h10 to 1h54"); elsewhere it is a time of day ("at 21h40").
 */
const COMPACT = /(\d{1,2})h([0-5]\d)\b/gu;
const ASKS_HOW_LONG = /\b(?:in|takes?|took|taking|lasts?|lasted|lasting|of)\s+(?:(?:about|around|just|only|under|over|barely)\s+)?$/iu;
const JOURNEY_SPAN = /\b(?:journey|trip|duration|travel|flight|crossing)\b[^.;]{0,80}?\bfrom\s+(?:\d{1,2}h[0-5]\d\s+to\s+)?$/iu;

/**
 * A time of day is read at a point: "at 03:32:15", "shortly before 14:05:10". Never with
 * hundredths: "stood at 1:52,85 minutes" is a race time.
 */
const AT_POINT = /\b(?:at|around|about|before|after|until|till|since|by|from)\s+$/iu;

/**
 * The durations a sentence gives as race times do, on a clock or in units ("2:00:41",
 * "1:59.40", "2h 00min 41s", "2 hours, 0 minutes and 41 seconds"), each in seconds with the
 * margin its last digit leaves (half a second, or half a hundredth). Written by hand: the unit
 * libraries read one quantity ("41 s"), not a clock or a compound of units.
 */
export function findDurations(sentence: string): MeasureMatch[] {
  const found: MeasureMatch[] = [];
  for (const m of sentence.matchAll(CLOCK)) {
    if (m[1] !== undefined && m[4] === undefined && AT_POINT.test(sentence.slice(0, m.index))) continue;
    const [hours, minutes, seconds, fraction] = m[1] !== undefined ? [m[1], m[2], m[3], m[4]] : ['0', m[5], m[6], m[7]];
    found.push(duration(m.index, m[0], Number(hours), Number(minutes), Number(seconds), fraction));
  }
  for (const m of sentence.matchAll(UNITS)) {
    const [hours, minutes, seconds] = m[1] !== undefined ? [m[1], m[2], m[3]] : ['0', m[4], m[5]];
    const [whole, fraction] = (seconds ?? '').split(/[.,]/);
    const text = m[0].replace(/[.,]$/, '');
    const d = duration(m.index, text, hoursOf(hours!), Number(minutes), Number(whole || 0), fraction);
    // Without seconds, the minutes are the last digit: "1hr 59min" may be 30 s either way.
    found.push(seconds === undefined ? { ...d, margin: 30 } : d);
  }
  for (const m of sentence.matchAll(COMPACT)) {
    const before = sentence.slice(0, m.index);
    if (!ASKS_HOW_LONG.test(before) && !JOURNEY_SPAN.test(before)) continue;
    if (found.some((d) => m.index < d.start + d.text.length && d.start < m.index + m[0].length)) continue;
    found.push({ ...duration(m.index, m[0], Number(m[1]), Number(m[2]), 0, undefined), margin: 30 });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Hours as written: digits, a number word, or "an" / "a" for one. */
function hoursOf(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  return /^an?$/i.test(text) ? 1 : wordNumber(text);
}

/** A duration in seconds, with half its last digit as margin. */
function duration(
  start: number,
  text: string,
  hours: number,
  minutes: number,
  seconds: number,
  fraction: string | undefined,
): MeasureMatch {
  const decimals = fraction?.length ?? 0;
  const amount = hours * 3600 + minutes * 60 + seconds + (fraction ? Number(`0.${fraction}`) : 0);
  return { start, text, amount: Math.round(amount * 1000) / 1000, unit: 'seconds', margin: 0.5 / 10 ** decimals };
}
