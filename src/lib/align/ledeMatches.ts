import type { GroupMembers } from '../types.ts';

/** Options of {@link ledeMatches}. */
export interface LedeMatchOptions {
  /** Per sentence, whether it opens its article's text (its first sentence that is no headline). */
  isLede: (sentence: number) => boolean;
  /** Average similarity of a sentence to a group's core sentences from other articles. */
  average: (sentence: number, core: number[]) => number;
  /** The lede's average similarity to the group's core must still reach this. Default: 0.08 (half the default threshold). */
  minScore?: number;
  /** Whether the lede may join a group's core at all (e.g. not one quoting different words). Default: always. */
  canJoin?: (sentence: number, core: number[]) => boolean;
}

/**
 * Ledes left out of every group, each with the group that holds the most other articles'
 * ledes (two at least): `[sentence, group]` pairs. News puts the main event first, so every
 * report's first sentence reports it, but a report with its own angle wraps it in that angle
 * ("Farmers in the Ketra valley reacted with anger after the government approved a dam …",
 * "Families gathered at the port of Dasso on Sunday, waiting for news of relatives who were on
 * the Santa Lucia ferry when it capsized …"), whose words dilute its match with the other
 * ledes. Its wording must still match the group half as well as the clustering asks. It may
 * join where a later sentence of its article already words the claim: a lede states in brief
 * what its article's body then tells in full.
 */
export function ledeMatches(
  groups: GroupMembers[],
  articleOf: number[],
  { isLede, average, minScore = 0.08, canJoin = () => true }: LedeMatchOptions,
): [number, number][] {
  const placed = new Set(groups.flatMap(({ core, extra }) => [...core, ...extra]));
  const found: [number, number][] = [];
  for (let k = 0; k < articleOf.length; k += 1) {
    if (!isLede(k) || placed.has(k)) continue;
    let best: { g: number; ledes: number; score: number } | undefined;
    groups.forEach((group, g) => {
      const ledes = new Set(group.core.filter((j) => isLede(j) && articleOf[j] !== articleOf[k]).map((j) => articleOf[j])).size;
      if (ledes < 2 || !canJoin(k, group.core)) return;
      const score = average(k, group.core);
      if (!best || ledes > best.ledes || (ledes === best.ledes && score > best.score)) best = { g, ledes, score };
    });
    if (best && best.score >= minScore) found.push([k, best.g]);
  }
  return found;
}
