import type { Sentence } from '../types.ts';

/** A US politician's party and home after the name: ", D-Harlan,", " (R-Cedar Falls)", ", D-Nev.". */
const PARTY_LABEL = /(?<=,\s|\()[DRI]-\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)*(?=,|\)|\.?$)/gu;

/** A transcript's speaker label in capitals: "PRESENTER: ", "NINA HORVAT: ". */
const TURN_LABEL = /^\p{Lu}[\p{Lu}'’.-]+(?:\s\p{Lu}[\p{Lu}'’.-]*){0,3}:\s/u;

/**
 * What a sentence reports: its text with a wire dateline ("NORVIK, Nov 25 (Reuters) - "),
 * a transcript's speaker label ("NINA HORVAT: ") and politicians' party labels ("Sen. Tom
 * Reyes, D-Harlan,") blanked out, character for character, so offsets into the text still
 * hold: a label's place names and speakers are no part of the claim.
 */
export function reportedText({ text, dateline }: Pick<Sentence, 'text' | 'dateline'>): string {
  const undated = dateline && text.startsWith(dateline) ? ' '.repeat(dateline.length) + text.slice(dateline.length) : text;
  return undated.replace(TURN_LABEL, (label) => ' '.repeat(label.length)).replace(PARTY_LABEL, (label) => ' '.repeat(label.length));
}
