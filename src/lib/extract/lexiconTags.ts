import nlp from 'compromise';

// compromise's lexicon, looked up word by word: running its full tagger costs ~50 ms per
// article, more than the whole alignment.
const LEXICON = (nlp as unknown as { model: () => { one: { lexicon: Record<string, string | string[]> } } }).model().one.lexicon;

/** The tags compromise's lexicon gives a word or phrase ("Adjective", "FirstName", "Country"…); none when it does not know it. */
export function lexiconTags(phrase: string): string[] {
  const tags = LEXICON[phrase.toLowerCase()];
  return Array.isArray(tags) ? tags : tags ? [tags] : [];
}

/** The tags the lexicon gives names of people ("Vos", "Lee", "Irena"). */
export const NAME_TAGS: ReadonlySet<string> = new Set(['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName']);
