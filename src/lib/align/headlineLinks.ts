import { updateLabel } from '../extract/updateLabel.ts';
import type { SentenceRecord } from '../types.ts';
import { indexesByArticle } from './indexesByArticle.ts';
import { quotesOnly } from './quotesOnly.ts';

/**
 * Per article, its headline paired with its first sentence of text (indexes into `sentences`,
 * which are in article order), unless a subheading comes between them. The headline is a
 * heading that comes before the article's second sentence of text, so a subheading further
 * down is never taken for one. `story` is every sentence of the story, `sentences` those that
 * may be linked (default: the same): when an article's own headline is not among them (it
 * reports nothing: "Why do fish suddenly die?"), a subheading under its lede ("Lack of oxygen")
 * does not take its place, while a live blog's first entry heading, above any text, still heads
 * its entry.
 */
export function headlineLinks(sentences: SentenceRecord[], articleOf: number[], story: SentenceRecord[] = sentences): [number, number][] {
  const position = new Map(story.map((s, i) => [s, i]));
  const first = (kind: SentenceRecord['kind']) => {
    const found = new Map<string, number>();
    story.forEach((s, i) => {
      if (s.kind === kind && !found.has(s.article)) found.set(s.article, i);
    });
    return found;
  };
  const [firstHeading, firstText] = [first('heading'), first('text')];
  const mayHead = (s: SentenceRecord) => {
    const at = position.get(s) ?? -1;
    return firstHeading.get(s.article) === at || at < (firstText.get(s.article) ?? Infinity);
  };
  const links: [number, number][] = [];
  for (const list of indexesByArticle(articleOf)) {
    // An update note put on top ("Update, Monday 14:00: Police have arrested …") is news added
    // later, not the lede the headline was written for.
    const texts = list.filter((k) => sentences[k]!.kind === 'text' && !isUpdateNote(sentences, k, list));
    const second = texts[1] ?? Infinity;
    const headline = list.find((k) => sentences[k]!.kind === 'heading' && k < second);
    // A subheading between them (a live blog's first entry) makes the text that section's.
    const between = list.some((k) => headline !== undefined && k > headline && k < texts[0]! && sentences[k]!.kind === 'heading');
    if (headline === undefined || texts[0] === undefined || between || !mayHead(sentences[headline]!)) continue;
    if (!quotesOnly(sentences[headline]!)) links.push([headline, texts[0]]);
  }
  return links;
}

/** Whether sentence `k` is in a paragraph that opens as an update note ("Update, Monday 14:00:", "UPDATED:", "Latest:"). */
function isUpdateNote(sentences: SentenceRecord[], k: number, list: number[]): boolean {
  const first = list.find((j) => sentences[j]!.paragraph === sentences[k]!.paragraph)!;
  return updateLabel(sentences[first]!.text) !== undefined;
}
