import Qty from 'js-quantities';
import type { Figure } from '../types.ts';

/** Air on Earth has never reached 60 °C: a bare "degrees" up to it may be either scale. */
const EITHER_SCALE = 60;
/** How far two reports' conversions of one measurement may drift apart ("12,000 hectares" as "nearly 30,000 acres"), as a share of it. */
const CONVERSION = 0.03;
const fahrenheitToCelsius = Qty.swiftConverter('tempF', 'tempC');

/**
 * One reading per temperature and measurement of a claim, as comparable text: figures that
 * agree within their rounding ("46.3C", "115.3F", "115 degrees Fahrenheit"; "12,000
 * hectares", "29,650 acres") read as the first of them, so only readings no rounding or
 * conversion explains differ. A bare "45 degrees" agrees with 45 °C or 45 °F. A month or date
 * without a year reads as the claim's only dated one ("June" as "June 2027").
 */
export function figureReadings(figures: Figure[]): Map<Figure, string> {
  const readings = new Map<Figure, string>();
  const seen: Figure[] = [];
  // A month or day without its year ("in June", "on March 1") is the one another report dates
  // ("June 2027"), when the claim gives it one year only; two years leave it open.
  const yearless = (f: Figure) => (f.kind === 'month' ? /^\d{2}$/.test(f.value) : f.kind === 'date' && f.value.startsWith('????-'));
  const rest = (f: Figure) => (f.kind === 'month' ? f.value.slice(-2) : f.value.slice(4));
  for (const f of figures) {
    if (!yearless(f)) continue;
    const dated = new Set(figures.filter((g) => g.kind === f.kind && !yearless(g) && rest(g) === rest(f)).map((g) => g.value));
    if (dated.size === 1) readings.set(f, [...dated][0]!);
  }
  for (const f of figures) {
    if (f.kind !== 'temperature' && f.kind !== 'measure') continue;
    const same = seen.find((g) => agree(f, g));
    readings.set(f, readings.get(same!) ?? f.value);
    if (!same) seen.push(f);
  }
  return readings;
}

/** What a temperature may be in Celsius: its reading, and for a bare low number the Fahrenheit one too. */
function celsiusOf(f: Figure): number[] {
  const number = Number(/\d+(?:[.,]\d+)?/.exec(f.text)?.[0].replace(',', '.'));
  return f.scale === undefined && number <= EITHER_SCALE ? [f.amount!, fahrenheitToCelsius(number)] : [f.amount!];
}

/** Whether two figures may be one reading: of one quantity, apart by no more than their rounding (and for measurements, their conversion). */
function agree(a: Figure, b: Figure): boolean {
  if (a.kind !== b.kind || a.unit !== b.unit) return false;
  const slack = (a.margin ?? 0) + (b.margin ?? 0) + 1e-9;
  if (a.kind === 'temperature') return celsiusOf(a).some((x) => celsiusOf(b).some((y) => Math.abs(x - y) <= slack));
  // A duration is never converted: only its rounding separates two readings ("2:00:41", "2:01:41").
  const drift = a.unit === 'seconds' ? 0 : CONVERSION * Math.max(Math.abs(a.amount!), Math.abs(b.amount!));
  return Math.abs(a.amount! - b.amount!) <= Math.max(slack, drift);
}
