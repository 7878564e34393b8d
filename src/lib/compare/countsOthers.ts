import type { Figure } from '../types.ts';

/** Whether a count is of others besides someone named ("his finance minister and five other ministers", "Twelve others died"): the whole is more. */
export function countsOthers(f: Figure): boolean {
  return f.kind === 'count' && /\bothers?\b/i.test(f.text);
}
