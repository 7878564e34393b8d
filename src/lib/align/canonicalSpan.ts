import type { Figure } from '../types.ts';

/**
 * Each unit of time (as a count stores its noun, stemmed) in the smallest unit of its family:
 * minutes for hours, days for weeks, months for years, decades and centuries. Days and months
 * stay apart: "a month" is no exact number of days.
 */
const IN_SMALLEST: Readonly<Record<string, readonly [unit: string, size: number]>> = {
  minut: ['minut', 1],
  hour: ['minut', 60],
  dai: ['dai', 1],
  week: ['dai', 7],
  month: ['month', 1],
  year: ['month', 12],
  decad: ['month', 120],
  centuri: ['month', 1200],
};

/**
 * A span of time in the smallest unit of its family ("an hour and a half" and "90 minutes" are
 * 90 minutes, "two and a half years" and "30 months" 30 months), so that two reports giving one
 * span in two units share it. Not a person's age ("the 24-year-old") nor a time ago ("two years
 * ago") or a thing's ("a 2,400-year-old ship"), which are no spans a claim reports.
 */
export function canonicalSpan(f: Figure): { amount: number; unit: string } | undefined {
  if (f.kind !== 'count' || f.amount === undefined || f.unit === undefined || f.age !== undefined || / ago$|\bold$/.test(f.text))
    return undefined;
  const smallest = IN_SMALLEST[f.unit];
  if (!smallest) return undefined;
  return { amount: Math.round(f.amount * smallest[1] * 100) / 100, unit: smallest[0] };
}
