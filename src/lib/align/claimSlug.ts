import slugify from '@sindresorhus/slugify';
import { stemmer } from 'stemmer';
import { eng } from 'stopword';
import { MONTHS, WEEKDAYS } from '../extract/calendarWords.ts';
import { SPEECH_VERB_WORDS } from '../extract/speechVerbs.ts';

// Days and months differ between reports of one claim ("Monday", "Sunday"), and verbs of
// saying and an amount's hedges ("at least", "around") name no claim: none makes a slug readable.
const HEDGES = ['least', 'around', 'nearly', 'almost', 'roughly', 'approximately'];
const STOP = new Set([...eng, 'also', 'would', 'could', 'will', 'according', ...HEDGES, ...SPEECH_VERB_WORDS, ...WEEKDAYS, ...MONTHS]);

/** Options of {@link claimSlug}. */
export interface SlugOptions {
  /** Content words in the slug, after the speaker's surname. Default: 3. */
  words?: number;
  /**
   * Slugs other claims of the story already have: the claim takes its next best phrase, so that
   * two claims led by the same words ("administrators-grantley-advisory") read apart rather than
   * by a number. Default: none.
   */
  taken?: ReadonlySet<string>;
}

/** A content word of a wording: its stem, as written, and where it stands among the content words. */
interface Token {
  stem: string;
  token: string;
  index: number;
}

/**
 * A readable slug for a claim (`rubio-despicable-human-beings`), built only from what its
 * wordings share: a run of up to `words` consecutive content words (stop words skipped), each
 * used by two or more of its articles, preferring the longest run, then one two articles both
 * write, then the most letters, so the slug reads as a phrase of the claim; then, if the run is
 * shorter, the longest other shared words.
 * Coverage counts are deliberately not a rank: they move whenever an article joins or leaves,
 * the set of shared words rarely does. It does not depend on article order, positions or other
 * claims. Published ids are pinned by the story's `claims.lock.yaml` (applyIdLock) for the cases
 * where the shared words do change.
 */
export function claimSlug(
  wordings: { article: string; text: string }[],
  speakerSurname: string | undefined,
  { words = 3, taken = new Set<string>() }: SlugOptions = {},
): string {
  // Keyed by stem, so "discussions" and "discussing" are one shared word, not two slug words.
  type Coverage = { articles: Set<string>; positions: number[]; spellings: Map<string, Set<string>> };
  const coverage = new Map<string, Coverage>();
  const tokenised: Token[][] = [];
  for (const { article, text } of wordings) {
    const raw =
      text
        .toLowerCase()
        .replace(/[’']s\b/g, '')
        .match(/\p{L}+/gu) ?? [];
    const tokens = raw
      .filter((token) => token.length >= 4 && !STOP.has(token) && token !== speakerSurname?.toLowerCase())
      .map((token, index) => ({ stem: stemmer(token), token, index }));
    tokenised.push(tokens);
    for (const { stem, token, index } of tokens) {
      const entry: Coverage = coverage.get(stem) ?? { articles: new Set(), positions: [], spellings: new Map() };
      entry.articles.add(article);
      entry.positions.push(index / tokens.length);
      entry.spellings.set(token, (entry.spellings.get(token) ?? new Set<string>()).add(article));
      coverage.set(stem, entry);
    }
  }
  // The spelling most articles use (then the shorter, then alphabetical: never input order),
  // worked out once per stem: the phrase ranking below asks for it in every comparison.
  const spelling = new Map(
    [...coverage].map(([stem, { spellings }]) => [
      stem,
      [...spellings].sort(([a, x], [b, y]) => y.size - x.size || a.length - b.length || a.localeCompare(b))[0]![0],
    ]),
  );
  const spellingOf = (stem: string) => spelling.get(stem)!;
  const shared = (stem: string) => coverage.get(stem)!.articles.size >= 2;
  // Every run of up to `words` consecutive shared content words, as one phrase each, with the
  // articles that write it so.
  const phrases = new Map<string, Set<string>>();
  tokenised.forEach((tokens, w) => {
    for (let start = 0; start < tokens.length; start += 1) {
      const run: string[] = [];
      for (let k = start; k < tokens.length && run.length < words && shared(tokens[k]!.stem); k += 1) {
        if (run.includes(tokens[k]!.stem)) break;
        run.push(tokens[k]!.stem);
        const key = run.join(' ');
        phrases.set(key, (phrases.get(key) ?? new Set<string>()).add(wordings[w]!.article));
      }
    }
  });
  const letters = (phrase: string) => phrase.split(' ').reduce((sum, stem) => sum + spellingOf(stem).length, 0);
  // The longest, and of those one two articles both write ("despicable human beings").
  const ranked = [...phrases]
    .sort(
      ([x, xs], [y, ys]) =>
        y.split(' ').length - x.split(' ').length ||
        Number(ys.size >= 2) - Number(xs.size >= 2) ||
        letters(y) - letters(x) ||
        x.localeCompare(y),
    )
    .map(([phrase]) => phrase);
  const slugOf = (best: string | undefined) => {
    const phrase = best ? best.split(' ') : [];
    // The rest from the longest other words, shared ones first, in reading order after the phrase.
    const rest = [...coverage.keys()]
      .filter((stem) => !phrase.includes(stem))
      .map((stem) => ({ stem, token: spellingOf(stem), entry: coverage.get(stem)! }))
      .sort((x, y) => Number(shared(y.stem)) - Number(shared(x.stem)) || y.token.length - x.token.length || x.token.localeCompare(y.token))
      .slice(0, Math.max(0, words - phrase.length))
      .map(({ token, entry }) => ({ token, at: entry.positions.reduce((s, p) => s + p, 0) / entry.positions.length }))
      .sort((a, b) => a.at - b.at || a.token.localeCompare(b.token))
      .map((c) => c.token);
    return slugify([speakerSurname, ...phrase.map(spellingOf), ...rest].filter(Boolean).join(' ')) || 'claim';
  };
  const first = slugOf(ranked[0]);
  if (!taken.has(first)) return first;
  // Of the next phrases, the first whose slug is free and is no other slug's words reordered
  // ("grantley-advisory-administrators"); if none is, the best (the caller numbers it).
  const wordsOf = (slug: string) => slug.split('-').sort().join(' ');
  const takenWords = new Set([...taken].map(wordsOf));
  return (
    ranked
      .slice(1)
      .map(slugOf)
      .find((slug) => !takenWords.has(wordsOf(slug))) ?? first
  );
}
