import type { Figure, SentenceRecord } from '../types.ts';
import { contentStems } from './contentStems.ts';
import { SPEECH_VERB_WORDS } from '../extract/speechVerbs.ts';
import { hasFiniteVerb } from './hasFiniteVerb.ts';
import { reportedText } from '../segment/reportedText.ts';
import { secondEventAfter } from './secondEventAfter.ts';

/** An attribution that ends a sentence: ", its operator said", ", police said on Monday". */
const ATTRIBUTION_TAIL = new RegExp(String.raw`,\s+(?:[\p{L}’'-]+\s+){0,4}(?:${[...SPEECH_VERB_WORDS].join('|')})\b[^,]*$`, 'iu');

/** A participle in "-ing" that tells an event ("arriving"), not a preposition ("according to", "including"). */
const PARTICIPLE = /\b(?!(?:according|including|regarding|concerning|excluding|following|during)\b)\p{L}+ing\b/iu;

const stems = (text: string) => new Set(contentStems(text));

/** Each account's content words, read once however many of a claim's days are checked against it. */
const known = new WeakMap<SentenceRecord, Set<string>>();
const stemsOf = (s: SentenceRecord) => {
  const cached = known.get(s);
  if (cached) return cached;
  const words = stems(s.text);
  known.set(s, words);
  return words;
};

/**
 * Whether a day or date in `sentence` dates another event than the claim's: it stands in a main
 * clause ("Kavrin's carmakers were counting the cost on Friday") before a clause for a second
 * event ("after Ostrel said it would slap a 10 per cent levy …"), and the claim's accounts in
 * other articles (`others`) share more words with that second clause than with the main one.
 * "Salm stepped down on Wednesday after auditors accused him" still dates the resignation when
 * the other accounts report the resignation. Or it stands in a participle phrase after another
 * day ("…, the first of them arriving on Monday") and the others share more with the main clause.
 */
export function datesOtherEvent(figure: Figure, sentence: SentenceRecord, others: SentenceRecord[]): boolean {
  const at = sentence.text.indexOf(figure.text);
  if (at < 0) return false;
  const theirs = new Set(others.filter((o) => o.article !== sentence.article).flatMap((o) => [...stemsOf(o)]));
  const shared = (words: Set<string>) => [...words].filter((w) => theirs.has(w)).length;
  // A day in a participle phrase set off by a comma after another day of the sentence ("On
  // Thursday the government promised to import two million packs, the first of them arriving
  // on Monday") dates the phrase's event, when the others echo the main clause more.
  const comma = sentence.text.slice(0, at).lastIndexOf(',');
  if (
    comma > 0 &&
    PARTICIPLE.test(sentence.text.slice(comma, at)) &&
    sentence.facts.figures.some((f) => f.kind === figure.kind && f.value !== figure.value && sentence.text.indexOf(f.text) < comma)
  )
    return shared(stems(sentence.text.slice(0, comma))) > shared(stems(sentence.text.slice(comma)));
  const rest = sentence.text.slice(at + figure.text.length);
  const conjunction = secondEventAfter(figure, sentence);
  if (!conjunction) return false;
  // A wire dateline ("PELMARA, Oct 19 (Wire) - ") is no part of the main clause's event.
  const main = stems(reportedText(sentence).slice(0, at + figure.text.length + conjunction.index));
  // The second clause ends where a participle after a comma goes back to the main clause's
  // subject ("…, greeted by tens of thousands of supporters", "…, saying …"); a phrase that
  // goes on with it stays ("…, on top of a 25 per cent duty on steel"). So does a clause that
  // turns back to the main event ("…, but 12 died").
  // Nor does an attribution that ends the sentence (", its operator said") belong to it.
  const after = rest
    .slice(conjunction.index + conjunction[0].length)
    .split(/[;:]|,\s+(?=\p{L}+(?:ed|ing)\b)|,\s+but\b/u)[0]!
    .replace(ATTRIBUTION_TAIL, '');
  const second = stems(after);
  const share = (words: Set<string>) => shared(words) / Math.max(1, words.size);
  // A phrase with no verb after the day ("on Sunday after four years in exile", "on Thursday
  // after a three-year shutdown for repairs to cracked pipes") tells no second event of its own:
  // that the others echo its words as well as the main clause's is no sign.
  return hasFiniteVerb(after) && (shared(second) > shared(main) || share(second) > share(main));
}
