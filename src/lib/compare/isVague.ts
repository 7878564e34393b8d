import type { Figure } from '../types.ts';

/** "dozens of whales", "some hundreds", "several hundred", "thousands of travellers". */
const VAGUE = /^(?:some\s+)?(?:dozens|hundreds|thousands)\b|^(?:several|a few|few|many)\s+hundred\b/i;

/** Whether a count is a vague number ("thousands of travellers", "several hundred"): an order of magnitude, no amount a report could leave out. */
export function isVague(f: Figure): boolean {
  return f.kind === 'count' && VAGUE.test(f.text);
}
