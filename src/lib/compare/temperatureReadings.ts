import type { Figure } from '../types.ts';

/** Air on Earth has never reached 60 °C: a bare "degrees" up to it may be either scale. */
const EITHER_SCALE = 60;

/**
 * One reading per temperature of a claim, as comparable text: temperatures that agree within
 * their rounding ("46.3C", "115.3F", "115 degrees Fahrenheit") read as the first of them, so
 * only readings no rounding explains differ. A bare "45 degrees" agrees with 45 °C or 45 °F.
 */
export function temperatureReadings(figures: Figure[]): Map<Figure, string> {
  const readings = new Map<Figure, string>();
  const seen: Figure[] = [];
  for (const f of figures) {
    if (f.kind !== 'temperature') continue;
    const same = seen.find((g) => agree(f, g));
    readings.set(f, readings.get(same!) ?? f.value);
    if (!same) seen.push(f);
  }
  return readings;
}

/** What a temperature may be in Celsius: its reading, and for a bare low number the Fahrenheit one too. */
function celsiusOf(f: Figure): number[] {
  const number = Number(/\d+(?:[.,]\d+)?/.exec(f.text)?.[0].replace(',', '.'));
  return f.scale === undefined && number <= EITHER_SCALE ? [f.amount!, ((number - 32) * 5) / 9] : [f.amount!];
}

/** Whether two temperatures may be one reading: apart by no more than their rounding. */
function agree(a: Figure, b: Figure): boolean {
  const slack = (a.margin ?? 0) + (b.margin ?? 0);
  return celsiusOf(a).some((x) => celsiusOf(b).some((y) => Math.abs(x - y) <= slack + 1e-9));
}
