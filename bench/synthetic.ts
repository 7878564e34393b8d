import type { ArticleInput } from '../src/lib/types.ts';

/** A tiny deterministic PRNG (mulberry32), so every benchmark run sees the same input. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Derives `count` articles from the seed articles: article i is seed i mod n with some
 * paragraphs dropped and the rest shuffled a little, so larger stories are realistic (many
 * outlets rewriting a few wire reports) without being byte-for-byte copies.
 */
export function deriveArticles(seeds: ArticleInput[], count: number, seed = 1): ArticleInput[] {
  const rand = random(seed);
  return Array.from({ length: count }, (_, i) => {
    const source = seeds[i % seeds.length]!;
    const paragraphs = source.body.split(/\n\s*\n/).filter((p) => p.trim());
    const kept = paragraphs.filter(() => rand() > 0.2);
    for (let k = kept.length - 1; k > 0; k -= 1) {
      if (rand() < 0.15) [kept[k], kept[k - 1]] = [kept[k - 1]!, kept[k]!];
    }
    return { ...source, id: `${source.id}-v${String(i).padStart(4, '0')}`, body: (kept.length ? kept : paragraphs).join('\n\n') };
  });
}
