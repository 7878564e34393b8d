import type { Figure } from '../types.ts';

/**
 * A measurement's amounts to two significant digits, read with the margin its rounding leaves
 * ("measure:metres:30000", "measure:metres:31000"): "19 miles" (30.6 km) may be the "30 km"
 * another report gives, and rounding its amount alone would part them at 31,000 against
 * 30,000. Without a margin, its amount alone.
 */
export function measureKeys(f: Figure): string[] {
  // A duration ("2:00:41") is never converted: a second apart is another time.
  if (f.unit === 'seconds') return [`measure:seconds:${f.amount}`];
  const margin = f.margin ?? 0;
  const values = [f.amount! - margin, f.amount!, f.amount! + margin];
  return [...new Set(values.map((v) => `measure:${f.unit}:${Number(v.toPrecision(2))}`))];
}
