import type { Sentence } from '../types.ts';

/**
 * What a sentence reports: its text with a wire dateline ("NORVIK, Nov 25 (Reuters) - ")
 * blanked out, character for character, so offsets into the text still hold.
 */
export function reportedText({ text, dateline }: Pick<Sentence, 'text' | 'dateline'>): string {
  return dateline && text.startsWith(dateline) ? ' '.repeat(dateline.length) + text.slice(dateline.length) : text;
}
