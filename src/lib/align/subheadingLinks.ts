import type { FeatureVector, SentenceRecord } from '../types.ts';
import { indexesByArticle } from './indexesByArticle.ts';

/** Features that name something: a content word or a person (not bigrams, letters or synsets). */
const naming = (feature: string) => feature.startsWith('w:') || feature.startsWith('@');

/** Figures that say when: a heading of only these is a live blog's time stamp, not a value. */
const WHEN = new Set(['time', 'weekday', 'date', 'month']);

/**
 * A heading that is one figure and nothing else ("2.1 billion euros", "1,066 seconds", "2030"):
 * an "in numbers" list states the value in the heading and what it measures in the text under
 * it ("The cost of the project so far."), so neither says the claim without the other.
 */
function isFigureLabel(heading: SentenceRecord): boolean {
  const [figure, ...more] = heading.facts.figures;
  if (!figure || more.length > 0 || WHEN.has(figure.kind)) return false;
  return !/\p{L}{2,}/u.test(heading.text.replace(figure.text, ''));
}

/**
 * Per article, each subheading paired with the sentence of text right under it, when the two
 * share a word or a person (indexes into `sentences`, which are in article order). A live
 * blog's entry heading summarises its entry as a headline does its lede ("01:30 – Turnout up"
 * over "Turnout looks set to come in at just over 71%"), in too few words to be matched on its
 * own; the shared word tells such a summary from a label that only names the section. A
 * heading that is a bare figure is linked too (see isFigureLabel). `story` is every sentence of
 * the story (default: `sentences`): an article's headline is its first heading there, even when
 * it is left out of `sentences` ("Brenthaus closure: the numbers" reports nothing).
 */
export function subheadingLinks(
  sentences: SentenceRecord[],
  vectors: FeatureVector[],
  articleOf: number[],
  story: SentenceRecord[] = sentences,
): [number, number][] {
  const headlines = new Map<string, SentenceRecord>();
  for (const s of story) if (s.kind === 'heading' && !headlines.has(s.article)) headlines.set(s.article, s);
  const links: [number, number][] = [];
  for (const list of indexesByArticle(articleOf)) {
    // As in alignableSentences, the first heading before the second sentence of text is the
    // headline; one after it and still above any text heads the first entry (a live blog's
    // "11:02 Signatures", an "in numbers" list's "1,200").
    const secondText = list.filter((k) => sentences[k]!.kind === 'text')[1] ?? Infinity;
    list.forEach((k, at) => {
      const next = list[at + 1];
      if (sentences[k]!.kind !== 'heading' || (sentences[k] === headlines.get(sentences[k]!.article) && k < secondText)) return;
      if (next === undefined || sentences[next]!.kind !== 'text') return;
      if ([...vectors[k]!.keys()].some((f) => naming(f) && vectors[next]!.has(f)) || isFigureLabel(sentences[k]!)) links.push([k, next]);
    });
  }
  return links;
}
