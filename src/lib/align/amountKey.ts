import { isAge } from '../compare/isAge.ts';
import type { Figure } from '../types.ts';

/**
 * A figure's exact amount as a comparable key ("money:EUR:2800000000", "percent:3.4",
 * "count:4500", "measure:hectares:12000"), or none for a figure that names no specific amount:
 * a count under ten ("two sides"), a person's age ("Lyra Vance (38)", "retired at 38": two
 * reports giving it say nothing of one claim), a year, a weekday. A measurement keeps two significant
 * digits, so a conversion's rounding ("29,650 acres" for "12,000 hectares") stays one amount.
 */
export function amountKey(f: Figure): string | undefined {
  if (f.kind === 'money') return `money:${f.currency}:${f.amount}`;
  if (f.kind === 'percent') return `percent:${f.amount}`;
  // A duration ("2:00:41") is never converted: a second apart is another time.
  if (f.kind === 'measure' && f.unit === 'seconds') return `measure:seconds:${f.amount}`;
  if (f.kind === 'measure') return `measure:${f.unit}:${Number(f.amount!.toPrecision(2))}`;
  if (f.kind === 'count' && (f.amount ?? 0) >= 10 && !isAge(f)) return `count:${f.amount}`;
  return undefined;
}
