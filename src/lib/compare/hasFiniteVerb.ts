import nlp from 'compromise';

/**
 * Whether a phrase has a verb of its own, in a tense or with a modal or auxiliary ("a drone
 * attack shut the pipeline", "Ostrel said it would slap a levy"), as compromise tags it in
 * context: "shut", "hit" or "cut" alone are as often nouns or adjectives, which a lexicon cannot
 * tell. A word in "-ing" is left out ("its cooling system", "being offline"): the tagger takes
 * some for present tenses, and a gerund tells no event of its own.
 */
export function hasFiniteVerb(phrase: string): boolean {
  const verbs = nlp(phrase).match('(#PastTense|#PresentTense|#Modal|#Copula|#Auxiliary)').out('array') as string[];
  return verbs.some((v) => !/ing$/i.test(v));
}
