import { lexiconTags } from './lexiconTags.ts';

/** A people's name written as the lexicon lacks it ("Vardish", "Telvanian", "Estmari"). */
const DEMONYM = /^\p{Lu}\p{L}+(?:an|ian|ese|ish|i)$/u;

/** True when a word names a people: the lexicon says so ("German"), or it knows nothing of a word shaped like one ("Vardish"). */
export function isDemonym(word: string): boolean {
  const tags = lexiconTags(word);
  return tags.includes('Demonym') || (tags.length === 0 && DEMONYM.test(word));
}
