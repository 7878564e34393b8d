import type { ClaimDoc, SearchResults, Searcher, SentenceDoc } from '../types.ts';

/** Options of {@link runSearch}. */
export interface RunSearchOptions {
  /** Most claims returned. Default: 8. */
  claimLimit?: number;
  /** Most sentences returned. Default: 12. */
  sentenceLimit?: number;
}

/**
 * Searches claims and sentences. Queries are trimmed and folded (curly quotes, extra spaces);
 * a query of one character returns nothing, as it would match almost everything.
 */
export function runSearch(
  query: string,
  claims: Searcher<ClaimDoc> | undefined,
  sentences: Searcher<SentenceDoc>[],
  { claimLimit = 8, sentenceLimit = 12 }: RunSearchOptions = {},
): SearchResults {
  const q = query.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim();
  if (q.length < 2) return { claims: [], sentences: [] };
  const found = sentences.flatMap((index) => index.search(q, sentenceLimit));
  found.sort((a, b) => (a.score ?? 1) - (b.score ?? 1) || a.refIndex - b.refIndex);
  return { claims: claims ? claims.search(q, claimLimit) : [], sentences: found.slice(0, sentenceLimit) };
}
