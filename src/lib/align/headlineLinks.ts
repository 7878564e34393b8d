import { indexesByArticle } from './indexesByArticle.ts';
import type { SentenceRecord } from '../types.ts';

/**
 * Per article, its headline paired with its first sentence of text (indexes into `sentences`,
 * which are in article order), unless a subheading comes between them. The headline is a
 * heading that comes before the article's second sentence of text, so a subheading further
 * down is never taken for one.
 */
export function headlineLinks(sentences: SentenceRecord[], articleOf: number[]): [number, number][] {
  const links: [number, number][] = [];
  for (const list of indexesByArticle(articleOf)) {
    const texts = list.filter((k) => sentences[k]!.kind === 'text');
    const second = texts[1] ?? Infinity;
    const headline = list.find((k) => sentences[k]!.kind === 'heading' && k < second);
    // A subheading between them (a live blog's first entry) makes the text that section's.
    const between = list.some((k) => headline !== undefined && k > headline && k < texts[0]! && sentences[k]!.kind === 'heading');
    if (headline !== undefined && texts[0] !== undefined && !between) links.push([headline, texts[0]]);
  }
  return links;
}
