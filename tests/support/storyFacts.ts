import { extractFacts } from '../../src/lib/extract/extractFacts.ts';
import { segmentArticle } from '../../src/lib/segment/segmentArticle.ts';

/** One article per body (ids a1, a2, …), facts extracted across the "story" they form. */
export function storyFacts(...bodies: string[]) {
  return extractFacts(bodies.map((body, i) => segmentArticle({ id: `a${i + 1}`, language: 'en', body })));
}
