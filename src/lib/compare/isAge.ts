import type { Figure } from '../types.ts';

/** Whether a count is a person's age (findFigures marks it): it describes someone, and reports nothing another article could leave out. */
export function isAge(f: Figure): boolean {
  return f.kind === 'count' && f.age === 'person';
}
