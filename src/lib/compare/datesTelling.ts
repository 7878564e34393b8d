import type { Figure, SentenceRecord } from '../types.ts';
import { verbRole } from './verbRole.ts';

/**
 * Whether a weekday in `sentence` dates the telling ("the minister said on Monday", "told state
 * radio later Sunday", "On Monday, Belvaria said …") rather than the event told ("the request
 * had been delivered on Friday", "The bank on Tuesday lifted its rate"): the nearest verb before
 * it, or, with none before, the nearest after it, is a verb of saying. Verbs are told from
 * compromise's lexicon: no parser is needed for the one verb nearest a day.
 */
export function datesTelling(figure: Figure, sentence: SentenceRecord): boolean {
  const at = sentence.text.indexOf(figure.text);
  if (at < 0) return false;
  const before = sentence.text.slice(0, at).match(/[\p{L}’'-]+/gu) ?? [];
  for (let i = before.length - 1; i >= 0; i -= 1) {
    const role = verbRole(before[i]!);
    if (role) return role === 'telling';
  }
  for (const word of sentence.text.slice(at + figure.text.length).match(/[\p{L}’'-]+/gu) ?? []) {
    const role = verbRole(word);
    if (role) return role === 'telling';
  }
  return false;
}
