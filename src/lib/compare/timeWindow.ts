import type { Figure } from '../types.ts';
import { clockMinutes } from './clockMinutes.ts';

/**
 * Words before a time that give it loosely, with the minutes before and after it they allow:
 * "around 7" a quarter of an hour either way, "shortly before 7" the half hour before.
 */
const LOOSE_TIMES: Readonly<Record<string, readonly [number, number]>> = {
  ...Object.fromEntries(
    ['around', 'about', 'towards', 'toward', 'against', 'roughly', 'approximately', 'circa'].map((w) => [w, [-15, 15]]),
  ),
  ...Object.fromEntries(['shortly before', 'just before', 'soon before'].map((w) => [w, [-30, 0]])),
  ...Object.fromEntries(['shortly after', 'just after', 'soon after'].map((w) => [w, [0, 30]])),
};

/**
 * The minutes after midnight a clock time allows, as `[earliest, latest]`: an exact time its
 * own minute ("3:40 a.m."), one given loosely the minutes its hedge allows ("around 3:40" is
 * 3:25 to 3:55); none for a time another word bounds ("by 6:15", "from 9 p.m.") or no time.
 */
export function timeWindow(f: Figure): readonly [number, number] | undefined {
  if (f.kind !== 'time') return undefined;
  const [before, after] = !f.qualifier ? [0, 0] : (LOOSE_TIMES[f.qualifier] ?? []);
  if (before === undefined || after === undefined) return undefined;
  const at = clockMinutes(f.value);
  return [at + before, at + after];
}
