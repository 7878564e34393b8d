import type { Figure, SentenceRecord } from '../types.ts';

/**
 * The conjunction that opens a clause for a second event: "… on Friday after Ostrel said …".
 * Not "when": "suffered a setback on Saturday when a rocket … failed" puts both events on the
 * day, which dates the clause after it as well as the main one.
 */
const SECOND_EVENT = /\b(?:after|as|following|because)\b/i;

/**
 * Where a clause for a second event opens after a figure of the sentence ("approved on
 * Wednesday …, after farmers reported …"): the conjunction, matched in the text after the
 * figure; none when the figure is not in the text or no such clause follows it.
 */
export function secondEventAfter(figure: Figure, sentence: SentenceRecord): RegExpExecArray | null {
  const at = sentence.text.indexOf(figure.text);
  return at < 0 ? null : SECOND_EVENT.exec(sentence.text.slice(at + figure.text.length));
}
