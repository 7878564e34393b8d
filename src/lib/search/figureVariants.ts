import type { Figure } from '../types.ts';

const SYMBOL: Record<string, string> = { GBP: '£', USD: '$', EUR: '€', JPY: '¥', INR: '₹' };
const SCALES: [number, string, string][] = [
  [1e12, 'trillion', 'tn'],
  [1e9, 'billion', 'bn'],
  [1e6, 'million', 'm'],
  [1e3, 'thousand', 'k'],
];

/**
 * The spellings a reader might type for a figure: `£700 million` is also `£700m`,
 * `700 million`, `700m` and `700,000,000`. Only money and counts have variants.
 */
export function figureVariants(figure: Figure): string[] {
  const out = new Set([figure.text]);
  if ((figure.kind === 'money' || figure.kind === 'count') && figure.amount !== undefined) {
    const symbol = figure.currency ? (SYMBOL[figure.currency] ?? `${figure.currency} `) : '';
    const scale = SCALES.find(([size]) => figure.amount! >= size && Number.isInteger(Math.round((figure.amount! / size) * 100) / 100));
    out.add(figure.amount.toLocaleString('en-US'));
    if (scale) {
      const n = String(Math.round((figure.amount / scale[0]) * 100) / 100);
      for (const word of [` ${scale[1]}`, scale[2]]) {
        out.add(`${n}${word}`);
        if (symbol) out.add(`${symbol}${n}${word}`);
      }
    }
  }
  return [...out];
}
