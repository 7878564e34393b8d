import type { AlignedStory, OverlapCell } from '../types.ts';
import { normaliseForDiff } from './normaliseForDiff.ts';

const shingles = (text: string, n = 5) => {
  const words = normaliseForDiff(text).match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + n <= words.length; i += 1) out.add(words.slice(i, i + n).join(' '));
  return out;
};

/**
 * Article-to-article overlap: shared claims (alignment) and shared wording (identical runs of
 * five words, as plagiarism and wire-copy detectors measure it). High wording overlap shows
 * articles that derive from a common source. Repeated paragraphs count once.
 */
export function articleOverlap(story: AlignedStory): OverlapCell[] {
  const text = new Map(
    story.articles.map((a) => [
      a.id,
      a.segmented.paragraphs
        .filter((p) => p.repeatOf === undefined && p.kind !== 'boilerplate')
        .map((p) => p.text)
        .join(' '),
    ]),
  );
  const grams = new Map([...text].map(([id, t]) => [id, shingles(t)]));
  const cells: OverlapCell[] = [];
  for (const x of story.articles) {
    for (const y of story.articles) {
      if (x.id >= y.id) continue;
      const gx = grams.get(x.id)!;
      const gy = grams.get(y.id)!;
      const [small, large] = gx.size <= gy.size ? [gx, gy] : [gy, gx];
      const shared = [...small].filter((g) => large.has(g)).length;
      cells.push({
        a: x.id,
        b: y.id,
        claims: story.claims.filter((c) => c.mentions.some((m) => m.article === x.id) && c.mentions.some((m) => m.article === y.id)).length,
        wording: small.size === 0 ? 0 : Math.round((shared / small.size) * 100) / 100,
      });
    }
  }
  return cells;
}
