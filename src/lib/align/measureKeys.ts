import type { Figure } from '../types.ts';
import { amountKey } from './amountKey.ts';

/**
 * A measurement's amount keys (see amountKey), read with the margin its rounding leaves
 * ("measure:metres:30000", "measure:metres:31000"): "19 miles" (30.6 km) may be the "30 km"
 * another report gives, and keying its amount alone would part them at 31,000 against 30,000.
 */
export function measureKeys(f: Figure): string[] {
  // A duration is keyed to the second, never converted: its rounding adds no key another has.
  const margin = f.unit === 'seconds' ? 0 : (f.margin ?? 0);
  return [...new Set([f.amount! - margin, f.amount!, f.amount! + margin].map((amount) => amountKey({ ...f, amount })!))];
}
