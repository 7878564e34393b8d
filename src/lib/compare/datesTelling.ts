import type { Figure, SentenceRecord } from '../types.ts';
import { lexiconTags } from '../extract/lexiconTags.ts';
import { SPEECH_VERB_WORDS } from '../extract/speechVerbs.ts';

/** Tags of a clause's verb besides the past tense: a copula or modal ("was due Friday", "will meet on Friday"). */
const CLAUSE_VERB_TAGS = ['PastTense', 'Copula', 'Modal', 'Participle'];

/** A clause's verb: a verb of saying, or one in the past ("delivered", "fired"), a copula or a modal. */
function verbRole(word: string): 'telling' | 'event' | undefined {
  const lower = word.toLowerCase();
  if (SPEECH_VERB_WORDS.has(lower)) return 'telling';
  const tags = lexiconTags(lower);
  if (lower === 'has' || tags.some((t) => CLAUSE_VERB_TAGS.includes(t))) return 'event';
  return /^\p{Ll}+ed$/u.test(word) && tags.length === 0 ? 'event' : undefined;
}

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
