import Qty from 'js-quantities';
import type { TemperatureMatch } from '../types.ts';

// No package reads temperatures out of prose (js-quantities converts "115 tempF", it does not
// find "115-degree heat" in a sentence), so the patterns are here. A number as copy writes it:
// "46.3", a translation's "46,3", below zero with a sign or "minus".
const NUMBER = String.raw`((?<=^|[\s(])[-−]|\bminus\s+)?(?<![\d.,\p{L}])(\d{1,3}(?:[.,]\d{1,2})?)`;
// "46.3C", "46.3 °C", "115°F", "115 degrees Fahrenheit", "40 degrees C", "a 115-degree day".
const SCALED = new RegExp(
  String.raw`${NUMBER}(?:\s?°\s?([CF])|([CF])|[\s-]degrees?\s+(?:(celsius|centigrade|fahrenheit)|([CF]))|\s?°)(?![\p{L}\d])`,
  'giu',
);
// A bare "46 degrees" (a translation's "46,3 degrees"), unless an angle or a bearing follows.
const BARE = new RegExp(
  String.raw`${NUMBER}[\s-]degrees?\b(?!\s+(?:north|south|east|west|of\s+(?:latitude|longitude)|latitude|longitude|angle|turn|view|rotation|tilt|arc|incline|slope|shift|swing)\b)`,
  'giu',
);
/** Whole turns are angles ("a 180-degree turn", "360-degree video"), never the weather. */
const ANGLES = new Set([180, 270, 360]);
/** Air on Earth has never reached 60 °C: a bare reading above it is in Fahrenheit. */
const HOTTEST_CELSIUS = 60;
const toCelsius = Qty.swiftConverter('tempF', 'tempC');

/**
 * The temperatures a sentence gives, each as degrees Celsius with the margin its rounding
 * leaves ("115F" is 46.1 °C ± 0.28, "46.3C" is ± 0.05). A bare "degrees" keeps no scale: read
 * as Celsius up to 60 and as Fahrenheit above.
 */
export function findTemperatures(sentence: string): TemperatureMatch[] {
  const found: TemperatureMatch[] = [];
  const taken = (start: number) => found.some((t) => start >= t.start && start < t.start + t.text.length);
  for (const m of sentence.matchAll(SCALED)) {
    // "Room 5C", "Gate 3F": a letter right after a number that follows a name labels it.
    if (m[4] && /\p{Lu}[\p{L}.]*\s+$/u.test(sentence.slice(0, m.index))) continue;
    const letter = (m[3] ?? m[4] ?? m[6] ?? m[5]?.[0])?.toUpperCase();
    const scale = letter === undefined ? undefined : letter === 'F' ? 'F' : 'C';
    found.push(reading(m, scale));
  }
  for (const m of sentence.matchAll(BARE)) {
    if (taken(m.index) || ANGLES.has(Number(m[2]))) continue;
    found.push(reading(m, undefined));
  }
  return found.sort((a, b) => a.start - b.start);
}

/** A match as a reading in Celsius: its sign, its number, and the scale it is in. */
function reading(m: RegExpMatchArray, scale: 'C' | 'F' | undefined): TemperatureMatch {
  const digits = m[2]!.replace(',', '.');
  const number = (m[1] ? -1 : 1) * Number(digits);
  const decimals = digits.split('.')[1]?.length ?? 0;
  const margin = 0.5 / 10 ** decimals;
  const fahrenheit = scale === 'F' || (scale === undefined && number > HOTTEST_CELSIUS);
  const celsius = fahrenheit ? toCelsius(number) : number;
  return {
    start: m.index!,
    text: m[0],
    celsius,
    margin: fahrenheit ? (margin * 5) / 9 : margin,
    ...(scale ? { scale } : {}),
  };
}
