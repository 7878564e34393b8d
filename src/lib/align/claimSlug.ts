import slugify from '@sindresorhus/slugify';
import { stemmer } from 'stemmer';
import { eng } from 'stopword';

const STOP = new Set([...eng, 'said', 'says', 'told', 'also', 'would', 'could', 'will', 'according']);

/** Options of {@link claimSlug}. */
export interface SlugOptions {
  /** Content words in the slug, after the speaker's surname. Default: 3. */
  words?: number;
}

/**
 * A readable slug for a claim (`rubio-despicable-human-beings`), built only from what its
 * wordings share: words (by stem) used by at least two of its articles, longest first (rarer, more
 * telling words are longer), then alphabetical. Coverage counts are deliberately not a rank:
 * they move whenever an article joins or leaves, the set of shared words rarely does. It does
 * not depend on article order, positions or other claims. Published ids are pinned by the
 * story's `claims.lock.yaml` (applyIdLock) for the cases where the shared words do change.
 */
export function claimSlug(
  wordings: { article: string; text: string }[],
  speakerSurname: string | undefined,
  { words = 3 }: SlugOptions = {},
): string {
  // Keyed by stem, so "discussions" and "discussing" are one shared word, not two slug words.
  type Coverage = { articles: Set<string>; positions: number[]; spellings: Map<string, Set<string>> };
  const coverage = new Map<string, Coverage>();
  for (const { article, text } of wordings) {
    const tokens =
      text
        .toLowerCase()
        .replace(/[’']s\b/g, '')
        .match(/\p{L}[\p{L}-]*/gu) ?? [];
    tokens.forEach((token, i) => {
      if (token.length < 4 || STOP.has(token) || token === speakerSurname?.toLowerCase()) return;
      const stem = stemmer(token);
      const entry: Coverage = coverage.get(stem) ?? { articles: new Set(), positions: [], spellings: new Map() };
      entry.articles.add(article);
      entry.positions.push(i / tokens.length);
      entry.spellings.set(token, (entry.spellings.get(token) ?? new Set<string>()).add(article));
      coverage.set(stem, entry);
    });
  }
  // The spelling most articles use (then the shorter, then alphabetical: never input order).
  const spellingOf = (spellings: Map<string, Set<string>>) =>
    [...spellings].sort(([a, x], [b, y]) => y.size - x.size || a.length - b.length || a.localeCompare(b))[0]![0];
  const chosen = [...coverage.values()]
    .map((entry) => ({ ...entry, token: spellingOf(entry.spellings) }))
    .sort(
      (x, y) =>
        Number(y.articles.size >= 2) - Number(x.articles.size >= 2) || y.token.length - x.token.length || x.token.localeCompare(y.token),
    )
    .slice(0, words)
    .map(({ token, positions }) => ({ token, at: positions.reduce((s, p) => s + p, 0) / positions.length }))
    .sort((a, b) => a.at - b.at || a.token.localeCompare(b.token))
    .map((c) => c.token);
  return slugify([speakerSurname, ...chosen].filter(Boolean).join(' ')) || 'claim';
}
