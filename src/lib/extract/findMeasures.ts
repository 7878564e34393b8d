import Qty from 'js-quantities';
import type { MeasureMatch } from '../types.ts';
import { EXACT_NUMBER_WORD, wordNumber } from './numberWords.ts';

/** The units measurements are converted to (a duration's seconds are findDurations'). */
type Converted = Exclude<MeasureMatch['unit'], 'seconds'>;

/**
 * The units copy writes measurements in, longest first ("km/h" before "km", "square miles"
 * before "miles"): the pattern as written, the js-quantities unit it is, and the unit every
 * report's figure is converted to, so that "29,650 acres" is the "12,000 hectares" another
 * report gives. Finding the units in prose is ours (js-quantities parses a bare quantity such
 * as "56 mph", not a sentence); converting them is the package's.
 */
const UNITS: [pattern: string, unit: string, to: Converted][] = [
  [String.raw`km\/h|kmh|kph|kilomet(?:re|er)s?\s+(?:per|an|a)\s+hour`, 'kph', 'km/h'],
  [String.raw`mph|miles?\s+(?:per|an|a)\s+hour`, 'mph', 'km/h'],
  [String.raw`knots?`, 'knot', 'km/h'],
  [String.raw`km²|km2|sq\.?\s?km|square\s+kilomet(?:re|er)s?`, 'km^2', 'hectares'],
  [String.raw`sq\.?\s?mi(?:les?)?|square\s+miles?`, 'mi^2', 'hectares'],
  [String.raw`ha|hectares?`, 'hectare', 'hectares'],
  [String.raw`acres?`, 'acre', 'hectares'],
  [String.raw`km|kilomet(?:re|er)s?`, 'km', 'metres'],
  [String.raw`miles?`, 'mile', 'metres'],
  [String.raw`met(?:re|er)s?`, 'm', 'metres'],
  [String.raw`cm|centimet(?:re|er)s?`, 'cm', 'metres'],
  [String.raw`mm|millimet(?:re|er)s?`, 'mm', 'metres'],
  // Rainfall as European copy gives it: a litre on a square metre stands a millimetre deep
  // ("142 litres per square metre" is the "142 mm" another report gives).
  [String.raw`l\/m²|l\/m2|lit(?:re|er)s?\s+(?:per|a|on\s+the)\s+square\s+met(?:re|er)`, 'mm', 'metres'],
  [String.raw`feet|foot|ft`, 'foot', 'metres'],
  [String.raw`yards?`, 'yard', 'metres'],
  [String.raw`inch(?:es)?`, 'inch', 'metres'],
  [String.raw`kg|kilos?|kilograms?`, 'kg', 'kilograms'],
  // A body's weight in stone ("23 stone"; "23 stones" are things, "21st" an ordinal).
  [String.raw`stone`, 'stone', 'kilograms'],
  // Plain "tons" too: translations and most outlets outside the US mean the metric tonne.
  [String.raw`tonnes?|(?:metric\s+)?tons?`, 'tonne', 'kilograms'],
  // A bare "m" is metres before a dimension ("40m across", "40m-wide"), a singular noun ("the
  // 800m champion", "a 100m sprint") or the one event named in the plural ("the 400m hurdles");
  // before a plural ("6.2m people") it is millions, and alone or before a function word
  // ("viewers rose to 6.2m on Tuesday") it may be either.
  [
    String.raw`m(?=[\s-](?:(?:across|wide|long|high|tall|deep|away|hurdles)\b|(?!(?:people|children|men|women|police|on|in|at|by|to|of|for|and|or|from|after|before|this|that|last|next|the|a|an|but|with)\b)\p{L}*[^\P{L}sS](?!\p{L})))`,
    'm',
    'metres',
  ],
];
/** The js-quantities unit each canonical unit is. */
const CANONICAL: Record<Converted, string> = { 'km/h': 'kph', hectares: 'hectare', metres: 'm', kilograms: 'kg' };
const converters = UNITS.map(([, unit, to]) => Qty.swiftConverter(unit, CANONICAL[to]));

// A number as copy and its translations write it: "12,000", "12.000" and "12 000" (thousands),
// "1,5" (a decimal comma), "12 thousand", "1.2 million", and a translation's plural scale
// ("4 millions tonnes"); as an adjective, "a 12,000-hectare fire".
const NUMBER = String.raw`(?<![\d.,\p{L}-])(\d{1,3}(?:([,. ])\d{3})(?:\2\d{3})*(?:\.\d+)?|\d+(?:[.,]\d+)?)(?:\s+(thousand|million|billion)s?)?`;
/** One capture group per unit, in the order of UNITS, so that a match's group gives its unit. */
const UNIT_GROUPS = UNITS.map(([p]) => `(${p})`);
const MEASURE = new RegExp(String.raw`${NUMBER}[\s-]?(?:${UNIT_GROUPS.join('|')})(?![\p{L}\d²])`, 'giu');
// "two tonnes", "two and a half tonnes", "a tonne", "half a tonne": small amounts spelled out.
// The bare "m" (last) is left out: after a word it is no unit ("a m").
const WORD_MEASURE = new RegExp(
  String.raw`\b(?:(${EXACT_NUMBER_WORD}|an?)(\s+and\s+a\s+half)?|(half\s+an?))[\s-](?:${UNIT_GROUPS.slice(0, -1).join('|')})(?![\p{L}\d²])`,
  'giu',
);
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };
/** The inches after a number of feet: "5ft 7in", "5 feet 7 inches", "5-foot-7", "5ft 7". */
const FEET_INCHES = /^[\s-]?(\d{1,2})(?:\s?(?:in\b|inch(?:es)?\b|"|″)|(?![\d.,]))/u;

/**
 * The measurements a sentence gives (distances, areas, speeds, weights), each converted to one
 * unit per quantity (metres, hectares, km/h, kilograms) with the margin its rounding leaves
 * ("56 mph" is 90.1 km/h ± 0.8).
 */
export function findMeasures(sentence: string): MeasureMatch[] {
  const found: MeasureMatch[] = [];
  for (const m of sentence.matchAll(MEASURE)) {
    const k = m.slice(4).findIndex((g) => g !== undefined);
    const [, , to] = UNITS[k]!;
    const { number, decimals } = parse(m[1]!, m[2]);
    const scale = m[3] ? SCALES[m[3].toLowerCase()]! : 1;
    const convert = converters[k]!;
    // A height in feet and inches ("5ft 7in", "5 feet 7 inches", "5-foot-7") is one length.
    const inches = UNITS[k]![1] === 'foot' && !m[3] ? FEET_INCHES.exec(sentence.slice(m.index + m[0].length)) : null;
    const extra = inches ? Number(inches[1]) / 12 : 0;
    found.push({
      start: m.index,
      text: m[0] + (inches?.[0] ?? ''),
      amount: convert(number * scale + extra),
      unit: to,
      // Half the last digit written: "56" may be 55.5 to 56.5, "1.2 million" 1.15 to 1.25 million;
      // with inches, half an inch.
      margin: inches ? convert(0.5 / 12) : convert((0.5 / 10 ** decimals) * scale),
    });
  }
  for (const m of sentence.matchAll(WORD_MEASURE)) {
    const k = m.slice(4).findIndex((g) => g !== undefined);
    const [, unit, to] = UNITS[k]!;
    // "tied a knot", "in a yard", "set a foot": an article before these units names a thing.
    if (m[1] && /^an?$/i.test(m[1]) && !m[2] && ['knot', 'yard', 'foot', 'inch'].includes(unit)) continue;
    const whole = m[3] ? 0 : /^an?$/i.test(m[1]!) ? 1 : wordNumber(m[1]!);
    const half = m[2] || m[3] ? 0.5 : 0;
    const convert = converters[k]!;
    // A word is as precise as its last half: "two tonnes" may be 1.5 to 2.5, "two and a half" 2.25 to 2.75.
    found.push({ start: m.index, text: m[0], amount: convert(whole + half), unit: to, margin: convert(half ? 0.25 : 0.5) });
  }
  // The inches of "6 feet 2 inches" are part of the feet's length, not a second one.
  const sorted = found.sort((a, b) => a.start - b.start);
  return sorted.filter((m, i) => i === 0 || m.start >= sorted[i - 1]!.start + sorted[i - 1]!.text.length);
}

/** A number with its decimals counted: grouped thousands ("12.000", "12 000") are none. */
function parse(digits: string, separator: string | undefined): { number: number; decimals: number } {
  if (separator) {
    const [whole, fraction] = digits.split(separator === '.' ? /(?!)/ : '.');
    return { number: Number(whole!.split(separator).join('')) + (fraction ? Number(`0.${fraction}`) : 0), decimals: fraction?.length ?? 0 };
  }
  const plain = digits.replace(',', '.');
  return { number: Number(plain), decimals: plain.split('.')[1]?.length ?? 0 };
}
