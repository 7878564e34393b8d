import { lexiconTags } from '../extract/lexiconTags.ts';
import { SPEECH_VERB_WORDS } from '../extract/speechVerbs.ts';

/** Tags of a clause's verb besides the past tense: a copula or modal ("was due Friday", "will meet on Friday"). */
const CLAUSE_VERB_TAGS = ['PastTense', 'Copula', 'Modal', 'Participle'];

/**
 * What a word is as a clause's verb: `telling` for a verb of saying, `event` for one in the past
 * ("delivered", "fired"), a copula or a modal; none for any other word. Told from compromise's
 * lexicon: no parser is needed for the few verbs the date rules look for.
 */
export function verbRole(word: string): 'telling' | 'event' | undefined {
  const lower = word.toLowerCase();
  if (SPEECH_VERB_WORDS.has(lower)) return 'telling';
  const tags = lexiconTags(lower);
  if (lower === 'has' || tags.some((t) => CLAUSE_VERB_TAGS.includes(t))) return 'event';
  return /^\p{Ll}+ed$/u.test(word) && tags.length === 0 ? 'event' : undefined;
}
