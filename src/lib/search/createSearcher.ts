import type Fuse from 'fuse.js';
import type { FuseIndex, FuseResult, FuseResultMatch, IFuseOptions } from 'fuse.js';
import type { Searcher } from '../types.ts';

/** Options of {@link createSearcher}. */
export interface SearcherOptions {
  /** Up to this many documents, every query runs Fuse over all of them. Default: 1,500. */
  fullScanLimit?: number;
  /**
   * Most candidates handed to Fuse after the trigram filter (best trigram overlap first). Fuse's
   * cost is linear in them (about 4 ms per 100 claims on the benchmark machine). Default: 200.
   */
  maxCandidates?: number;
  /** Share of the query's trigrams a candidate must contain (typos break a few). Default: 0.4. */
  minTrigramShare?: number;
  /** Most documents searched word by word (those holding most trigrams of the rarest word first). Default: 50. */
  maxWordCandidates?: number;
  /**
   * Added to the score of a document that matches every word of the query only apart, so the
   * same words found together rank first. Default: 0.05.
   */
  apartPenalty?: number;
}

type FuseClass = typeof Fuse;

const fold = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');

/**
 * Wraps Fuse so large indexes stay fast. Fuse's fuzzy matcher scans every document's text on
 * every keystroke, which is too slow for 10,000 claims; written here because fuse.js has no
 * candidate pre-filter. Above `fullScanLimit` documents, a trigram index picks candidates
 * (documents holding enough of the query's trigrams, or the query itself for one to three
 * letters) and Fuse ranks only those, with the same options and so the same scores.
 * Fuse matches a query as one pattern, so words typed in another order or found in different
 * fields ("nduhungirehe erly stage": a speaker and words of a quote) would not match; each word
 * of three or more letters is also searched on its own, among the documents holding enough
 * trigrams of every word, and a document that matches them all ranks by their average score.
 */
export function createSearcher<T>(
  FuseImpl: FuseClass,
  docs: T[],
  options: IFuseOptions<T>,
  index?: FuseIndex<T>,
  settings: SearcherOptions = {},
): Searcher<T> {
  const { fullScanLimit = 1500, maxCandidates = 200, maxWordCandidates = 50, minTrigramShare = 0.4, apartPenalty = 0.05 } = settings;
  const full = new FuseImpl(docs, options, index);
  const keys = (options.keys ?? []).map((k) =>
    typeof k === 'string' ? k : Array.isArray(k) ? k.join('.') : (k as { name: string | string[] }).name.toString(),
  );
  const haystacks = docs.map((doc) =>
    fold(
      keys
        .map((k) => {
          const v = (doc as Record<string, unknown>)[k];
          return Array.isArray(v) ? v.join(' ') : String(v ?? '');
        })
        .join(' '),
    ),
  );
  const postings = new Map<string, number[]>();
  haystacks.forEach((text, i) => {
    const seen = new Set<string>();
    for (let k = 0; k + 3 <= text.length; k += 1) {
      const gram = text.slice(k, k + 3);
      if (seen.has(gram)) continue;
      seen.add(gram);
      const list = postings.get(gram);
      if (list) list.push(i);
      else postings.set(gram, [i]);
    }
  });
  // Documents holding enough of a folded text's trigrams, with how many they hold (or, for a
  // text shorter than four letters, the documents containing it).
  const candidateCounts = (q: string): Map<number, number> => {
    const counts = new Map<number, number>();
    if (q.length < 4) {
      haystacks.forEach((text, i) => {
        if (text.includes(q)) counts.set(i, 1);
      });
      return counts;
    }
    const grams = new Set<string>();
    for (let k = 0; k + 3 <= q.length; k += 1) grams.add(q.slice(k, k + 3));
    for (const gram of grams) for (const i of postings.get(gram) ?? []) counts.set(i, (counts.get(i) ?? 0) + 1);
    const need = Math.max(1, Math.ceil(grams.size * minTrigramShare));
    for (const [i, n] of counts) if (n < need) counts.delete(i);
    return counts;
  };
  // Candidates, those holding most trigrams first.
  const ranked = (counts: Map<number, number>) => [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([i]) => i);
  // Fuse over a subset of the documents, its results mapped back to indexes into `docs`.
  const searchAmong = (ids: number[], query: string, limit?: number): FuseResult<T>[] => {
    if (ids.length === 0) return [];
    const subset = new FuseImpl<T>(
      ids.map((i) => docs[i] as T),
      options,
    );
    return subset.search(query, limit === undefined ? undefined : { limit }).map((r) => ({ ...r, refIndex: ids[r.refIndex]! }));
  };
  // The query as one pattern: over every document of a small index, else over `among` (default: the query's trigram candidates).
  const phraseSearch = (query: string, limit: number, among?: number[]) =>
    docs.length <= fullScanLimit
      ? full.search(query, { limit })
      : searchAmong(among ?? ranked(candidateCounts(fold(query.trim()))).slice(0, maxCandidates), query, limit);
  return {
    size: docs.length,
    search: (query, limit) => {
      const words = [...new Set(fold(query).split(/[^\p{L}\p{N}£$€¥₹%.,-]+/u))].filter((w) => w.length >= 3);
      if (words.length < 2) return phraseSearch(query, limit);
      // Rarest word first; each word is then searched only among the documents every earlier word matched.
      // Only the shortest list is ranked: the others are only asked whether they hold a document.
      const lists = words.map((w) => ({ word: w, counts: candidateCounts(w) })).sort((a, b) => a.counts.size - b.counts.size);
      const inAll = new Map([...lists[0]!.counts].filter(([i]) => lists.every((l) => l.counts.has(i))));
      let ids = ranked(inAll).slice(0, maxWordCandidates);
      // A document that holds the whole phrase holds each word, so on a large index the costly
      // phrase match (a long pattern) only runs over those.
      const phrase = phraseSearch(query, limit, ids);
      const perWord: Map<number, FuseResult<T>>[] = [];
      for (const { word } of lists) {
        const hits = new Map(searchAmong(ids, word).map((r) => [r.refIndex, r]));
        perWord.push(hits);
        ids = ids.filter((i) => hits.has(i));
      }
      const best = new Map(phrase.map((r) => [r.refIndex, r]));
      for (const [i, hit] of perWord[0]!) {
        const hits = perWord.map((m) => m.get(i));
        if (hits.some((h) => !h)) continue;
        const score = hits.reduce((sum, h) => sum + (h!.score ?? 1), 0) / hits.length + apartPenalty;
        if ((best.get(i)?.score ?? Infinity) > score)
          best.set(i, { item: hit.item, refIndex: i, score, matches: mergeMatches(hits.map((h) => h!.matches ?? [])) });
      }
      return [...best.values()].sort((a, b) => (a.score ?? 1) - (b.score ?? 1) || a.refIndex - b.refIndex).slice(0, limit);
    },
  };
}

/** One match per field (and array element), with the character ranges of every word's match. */
function mergeMatches(lists: readonly (readonly FuseResultMatch[])[]): FuseResultMatch[] {
  const merged = new Map<string, FuseResultMatch>();
  for (const match of lists.flat()) {
    const key = `${match.key ?? ''}#${match.refIndex ?? ''}`;
    const seen = merged.get(key);
    merged.set(key, seen ? { ...seen, indices: [...seen.indices, ...match.indices].sort((a, b) => a[0] - b[0]) } : match);
  }
  return [...merged.values()];
}
