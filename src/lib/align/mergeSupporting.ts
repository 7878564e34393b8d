import type { GroupMembers } from '../types.ts';
import { joinGroups } from './joinGroups.ts';

/** Options of {@link mergeSupporting}. */
export interface MergeSupportingOptions {
  /** How many articles' core sentences of one group the other's extra members must hold. Default: 2. */
  minArticles?: number;
  /** Whether two groups' cores may be one claim (e.g. not when they quote different words). Default: always. */
  canMerge?: (x: number[], y: number[]) => boolean;
  /** How well one core matches the other (the clustering's linkage). Default: none (not asked). */
  linkage?: (x: number[], y: number[]) => number;
  /** The linkage two cores must reach to merge. Default: 0. */
  minLinkage?: number;
}

/**
 * Merges a group into another when its extra members (second claims, mutual best matches)
 * include the other's core sentences from at least `minArticles` articles and its core still
 * matches the other's (`linkage`): the clustering's average linkage kept them just apart
 * ("Ostria leads negotiations …" and its commentary, both the minister's, against the other
 * ledes), but the sentences of one support the other as their own claim. Ledes that report a
 * second claim ("will replace 180,000 lead lines within a decade") support its group too, but
 * that group's core matches theirs poorly, and it stays apart. Returns new groups; the merged
 * group keeps the other's place.
 */
export function mergeSupporting(groups: GroupMembers[], articleOf: number[], options: MergeSupportingOptions = {}): GroupMembers[] {
  const { minArticles = 2, canMerge = () => true, linkage, minLinkage = 0 } = options;
  const result = groups.map(({ core, extra }) => ({ core: [...core], extra: [...extra] }));
  for (let x = 0; x < result.length; x += 1) {
    const from = result[x]!;
    const into = result.findIndex(
      (other, y) =>
        y !== x &&
        new Set(from.extra.filter((k) => other.core.includes(k)).map((k) => articleOf[k])).size >= minArticles &&
        canMerge(from.core, other.core) &&
        (!linkage || linkage(from.core, other.core) >= minLinkage),
    );
    if (into < 0) continue;
    result[into] = joinGroups(result[into]!, from);
    result.splice(x, 1);
    // The merged group may now take another in; look at every group again.
    x = -1;
  }
  return result;
}
