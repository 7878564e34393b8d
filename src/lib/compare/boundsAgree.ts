import type { Figure } from '../types.ts';
import { countsOthers } from './countsOthers.ts';
import { isVague } from './isVague.ts';

/** How far an estimate ("about 40", "roughly €2bn") may be from the true amount, as a share of it. */
const ESTIMATE = 0.1;

interface Range {
  low: number;
  high: number;
  /** The bound itself is excluded ("more than 170": not 170). */
  lowOpen?: boolean;
  highOpen?: boolean;
}

/** Qualifiers that make an amount a cap: the most there is or may be ("fines of up to €20,000"). */
const CAPS = new Set(['at most', 'up to', 'as many as', 'as much as']);

/** The amounts a figure allows, read with its qualifier ("more than 170" allows 180). */
function rangeOf(figure: Figure): Range {
  const { amount, qualifier, kind, text } = figure;
  const x = amount!;
  // "dozens of whales" (read as 24) allows "About 42"; "hundreds" (200) allows "more than 300".
  if (isVague(figure)) return { low: x, high: x * 10, highOpen: true };
  // "his finance minister and five other ministers": others besides someone named, so the
  // whole is more ("six ministers").
  if (countsOthers(figure)) return { low: x, high: Infinity };
  // A whole percentage may round a more precise one ("4%" in a headline for "4.1%"), within a
  // twentieth of it; "46%" and "48%" still differ.
  if (kind === 'percent' && !qualifier && Number.isInteger(x) && /\d/.test(text))
    return { low: x - Math.min(0.5, x / 20), high: x + Math.min(0.5, x / 20) };
  // A share written as a fraction ("barely a third", "half") is itself an estimate.
  const estimate = qualifier ?? (kind === 'percent' && !/\d/.test(text) ? 'about' : undefined);
  switch (estimate) {
    case 'more than':
    case 'over':
      return { low: x, high: Infinity, lowOpen: true };
    case 'just over':
      return { low: x, high: x * (1 + ESTIMATE), lowOpen: true };
    case 'at least':
      return { low: x, high: Infinity };
    case 'fewer than':
    case 'less than':
    case 'under':
      return { low: 0, high: x, highOpen: true };
    case 'just under':
      return { low: x * (1 - ESTIMATE), high: x, highOpen: true };
    case 'at most':
    case 'up to':
    case 'as many as':
    case 'as much as':
      return { low: 0, high: x };
    case 'nearly':
    case 'almost':
      return { low: x * (1 - ESTIMATE), high: x, highOpen: true };
    case 'about':
    case 'around':
    case 'roughly':
    case 'approximately':
    case 'some':
    case 'close to':
      return { low: x * (1 - ESTIMATE), high: x * (1 + ESTIMATE) };
    default:
      return { low: x, high: x };
  }
}

/** Whether an amount lies in a range. */
const allows = (r: Range, x: number) => (r.lowOpen ? x > r.low : x >= r.low) && (r.highOpen ? x < r.high : x <= r.high);

/**
 * Whether the articles' figures for one quantity could all be true at once, read with their
 * qualifiers: "more than 170 flights" and "180 flights", "at least 12 people" and "19 people"
 * (an early toll and a later one) can; "46 cases" and "48 cases" cannot. That is, some amount
 * is allowed by a figure of every article: an article may also give another quantity of the
 * same kind ("€412m" this year and "€502m" a year earlier). Figures without an amount never agree.
 */
export function boundsAgree(figuresByArticle: Figure[][]): boolean {
  if (figuresByArticle.length < 2 || figuresByArticle.some((list) => list.length === 0 || list.some((f) => f.amount === undefined)))
    return false;
  // A cap states the most there is: where articles each give one, they state one amount, and
  // "up to €20,000" and "up to €2,000" disagree though both allow a fine of €2,000.
  const caps = figuresByArticle
    .map((list) => list.filter((f) => f.qualifier !== undefined && CAPS.has(f.qualifier)).map((f) => f.amount!))
    .filter((amounts) => amounts.length > 0);
  if (caps.length >= 2 && !caps[0]!.some((x) => caps.every((amounts) => amounts.includes(x)))) return false;
  const ranges = figuresByArticle.map((list) => list.map(rangeOf));
  // Where the common ground begins or ends, it begins or ends at some figure's bound: try
  // each bound, just inside it when the bound itself is excluded.
  const candidates = ranges
    .flat()
    .flatMap((r) => [r.lowOpen ? r.low * (1 + 1e-9) + 1e-9 : r.low, r.highOpen ? r.high * (1 - 1e-9) - 1e-9 : r.high])
    .filter(Number.isFinite);
  return candidates.some((x) => ranges.every((list) => list.some((r) => allows(r, x))));
}
