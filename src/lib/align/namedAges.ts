import type { SentenceRecord } from '../types.ts';

/**
 * The features (as sentenceFeatures names them) of the ages a sentence gives beside a name
 * ("said Brun, 24", "Marin, 29, was bidding"): there the age describes the person it names and
 * tells nothing of the claim, where a sentence with no name ("the 24-year-old's third win")
 * refers to the person by it.
 */
export function namedAges(sentence: SentenceRecord): Set<string> {
  if (sentence.facts.people.length === 0) return new Set();
  return new Set(sentence.facts.figures.filter((f) => f.age === 'person').map((f) => `f:${f.kind}:${f.value}`));
}
