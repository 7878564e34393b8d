import type { FeatureVector, SentenceRecord } from '../types.ts';
import { indexesByArticle } from './indexesByArticle.ts';

/** Features that name something: a content word or a person (not bigrams, letters or synsets). */
const naming = (feature: string) => feature.startsWith('w:') || feature.startsWith('@');

/**
 * Per article, each subheading paired with the sentence of text right under it, when the two
 * share a word or a person (indexes into `sentences`, which are in article order). A live
 * blog's entry heading summarises its entry as a headline does its lede ("01:30 – Turnout up"
 * over "Turnout looks set to come in at just over 71%"), in too few words to be matched on its
 * own; the shared word tells such a summary from a label that only names the section.
 */
export function subheadingLinks(sentences: SentenceRecord[], vectors: FeatureVector[], articleOf: number[]): [number, number][] {
  const links: [number, number][] = [];
  for (const list of indexesByArticle(articleOf)) {
    // As in alignableSentences, a heading before the second sentence of text is the headline.
    const secondText = list.filter((k) => sentences[k]!.kind === 'text')[1] ?? Infinity;
    list.forEach((k, at) => {
      const next = list[at + 1];
      if (sentences[k]!.kind !== 'heading' || k < secondText) return;
      if (next === undefined || sentences[next]!.kind !== 'text') return;
      if ([...vectors[k]!.keys()].some((f) => naming(f) && vectors[next]!.has(f))) links.push([k, next]);
    });
  }
  return links;
}
