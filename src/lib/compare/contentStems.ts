import { eng } from 'stopword';
import { stemmer } from 'stemmer';

const STOPWORDS = new Set(eng);

/** A text's content words in order, stemmed: no stop words, no numbers, no possessive "'s". */
export function contentStems(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? [])
    .map((w) => w.replace(/['’]s$/u, ''))
    .filter((w) => !STOPWORDS.has(w))
    .map((w) => stemmer(w));
}
