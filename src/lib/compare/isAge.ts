import type { Figure } from '../types.ts';

/** The texts an age is written in: "the 24-year-old", "34 years old", "aged 19", "At 19,", "retired at 38", "Vance (38)", a translation's "the athlete of 26 years". */
const AGE = /years?[- ]old|^\p{L}+ of \d+ years?$|^(?:at|aged|with|of)\s+\d+(?:\s+years?)?$|^\(\d+\)$/iu;

/** Whether a count is a person's age (see findFigures' ageStart): it describes someone, and reports nothing another article could leave out. */
export function isAge(f: Figure): boolean {
  return f.kind === 'count' && AGE.test(f.text);
}
