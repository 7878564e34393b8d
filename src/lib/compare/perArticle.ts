import type { SentenceRecord } from '../types.ts';

/** What `pick` finds in each article's sentences, in article order, leaving out articles where it finds nothing. */
export function perArticle<T>(members: SentenceRecord[], pick: (s: SentenceRecord) => T[]): { article: string; items: T[] }[] {
  const byArticle = new Map<string, T[]>();
  for (const m of members) {
    const items = byArticle.get(m.article) ?? [];
    items.push(...pick(m));
    byArticle.set(m.article, items);
  }
  return [...byArticle].map(([article, items]) => ({ article, items })).filter((x) => x.items.length > 0);
}
