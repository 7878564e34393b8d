import type { GroupMembers } from '../types.ts';
import { mayJoin } from './mayJoin.ts';

/** Options of {@link ledeSecondClaims}. */
export interface LedeSecondClaimOptions {
  /** Per sentence, whether it opens its article's text (its first sentence that is no headline). */
  isLede: (sentence: number) => boolean;
  /** How well a sentence matches a group's core: its best match in each other article, averaged (see meanBestMatch). */
  matchOf: (sentence: number, core: number[]) => number;
  /** The lede must match the other group's core at least this well. Default: 0.16 (the default merge threshold). */
  minMatch?: number;
  /** ...and at least this share of how well it matches the group it is in. Default: 0.5. */
  ratio?: number;
  /** Whether the lede may join a group at all (e.g. not one quoting different words). Default: always. */
  canJoin?: (sentence: number, core: number[]) => boolean;
}

/**
 * Second (and further) claims of ledes already in a group: `[sentence, group]` pairs. A lede
 * packs the story's main facts into one sentence ("The foreign minister confirmed that, less
 * than a year after a similar deal with the UK collapsed, his country was in talks to receive
 * migrants deported from the US"), and the other reports give each fact a sentence of its
 * own; the clustering puts the lede with one of them. It joins every other group whose core
 * it matches as well as the clustering asks of a pair (its best match in each other article,
 * averaged, so a group worded apart by each article is judged by its closest wording), and at
 * least half as well as its own group, within `mayJoin`'s rules. Across the annotated stories
 * such ledes belong to the group about three times in five, against one in five for a body
 * sentence grouped elsewhere whose article already words the claim.
 */
export function ledeSecondClaims(
  groups: GroupMembers[],
  articleOf: number[],
  { isLede, matchOf, minMatch = 0.16, ratio = 0.5, canJoin = () => true }: LedeSecondClaimOptions,
): [number, number][] {
  const found: [number, number][] = [];
  for (let k = 0; k < articleOf.length; k += 1) {
    if (!isLede(k)) continue;
    const own = groups.find(({ core, extra }) => core.includes(k) || extra.includes(k));
    if (!own) continue;
    const ownMatch = matchOf(k, own.core);
    groups.forEach((group, g) => {
      if (group === own || !mayJoin(k, group, articleOf, canJoin)) return;
      const match = matchOf(k, group.core);
      if (match >= minMatch && match >= ratio * ownMatch) found.push([k, g]);
    });
  }
  return found;
}
