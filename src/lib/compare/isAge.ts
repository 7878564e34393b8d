import type { Figure } from '../types.ts';

/** The texts an age is written in: "the 24-year-old", "34 years old", "aged 19", "At 19,", "retired at 38", "Vance (38)", a translation's "the athlete of 26 years" and "Arnes, 34 years". */
const AGE = /years?[- ]old|^\p{L}+ of \d+ years?$|^\p{Lu}[\p{L}'’-]+,\s+\d+ years?$|^(?:at|aged|with|of)\s+\d+(?:\s+years?)?$|^\(\d+\)$/iu;

/** No one lives longer: "57 million years old", "a 2,400-year-old ship" give the age of a thing, which reports as any amount does. */
const OLDEST = 120;

/** Whether a count is a person's age (see findFigures' ageStart): it describes someone, and reports nothing another article could leave out. */
export function isAge(f: Figure): boolean {
  return f.kind === 'count' && (f.amount ?? 0) <= OLDEST && AGE.test(f.text);
}
