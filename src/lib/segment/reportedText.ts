import type { Sentence } from '../types.ts';

/** A US politician's party and home after the name: ", D-Harlan,", " (R-Cedar Falls)", ", D-Nev.". */
const PARTY_LABEL = /(?<=,\s|\()[DRI]-\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)*(?=,|\)|\.?$)/gu;

/**
 * What a sentence reports: its text with a wire dateline ("NORVIK, Nov 25 (Reuters) - ") and
 * politicians' party labels ("Sen. Tom Reyes, D-Harlan,") blanked out, character for
 * character, so offsets into the text still hold: a label's place names are no part of the claim.
 */
export function reportedText({ text, dateline }: Pick<Sentence, 'text' | 'dateline'>): string {
  const undated = dateline && text.startsWith(dateline) ? ' '.repeat(dateline.length) + text.slice(dateline.length) : text;
  return undated.replace(PARTY_LABEL, (label) => ' '.repeat(label.length));
}
