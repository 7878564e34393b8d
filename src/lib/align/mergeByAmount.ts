import type { GroupMembers } from '../types.ts';
import { joinGroups } from './joinGroups.ts';

/** Options of {@link mergeByAmount}. */
export interface MergeByAmountOptions {
  /** Whether two groups' cores may be one claim (e.g. not when they quote different words). Default: always. */
  canMerge?: (x: number[], y: number[]) => boolean;
  /** Per sentence, its article; with it, two groups that both hold sentences of more than one article never merge. Default: none. */
  articleOf?: number[];
}

/**
 * Merges two groups when every core sentence of both states one exact amount ("Its shares rose
 * 5%", "The share climbed by five percent" against "sending the stock up 5%", "The stock gained
 * 5%"): each group's wording kept it apart ("share" and "stock" share no word), but a specific
 * amount all of them give is one claim. `amountsOf` gives a sentence's specific amounts (money,
 * percentages, counts from ten up) as comparable keys. Two groups that each hold sentences
 * of the same two or more articles stay apart: those articles give the amount twice, in two
 * sentences the clustering kept apart, so it is two claims stating one amount ("had asked for
 * $1.3 trillion" and "calls for $1.3 trillion from all sources"); one article restating an
 * amount later in its report is common. Returns new groups.
 */
export function mergeByAmount(
  groups: GroupMembers[],
  amountsOf: (sentence: number) => ReadonlySet<string>,
  options: MergeByAmountOptions = {},
): GroupMembers[] {
  const { canMerge = () => true, articleOf } = options;
  const apart = (x: GroupMembers, y: GroupMembers) => {
    if (!articleOf) return false;
    const inX = new Set(x.core.map((k) => articleOf[k]));
    return new Set(y.core.map((k) => articleOf[k]).filter((a) => inX.has(a))).size > 1;
  };
  const result = groups.map(({ core, extra }) => ({ core: [...core], extra: [...extra] }));
  // The amounts every core sentence of a group states, worked out once per group.
  const known = new WeakMap<GroupMembers, ReadonlySet<string>>();
  const common = (group: GroupMembers) => {
    const cached = known.get(group);
    if (cached) return cached;
    const all = group.core
      .map(amountsOf)
      .reduce<ReadonlySet<string>>((kept, next) => new Set([...kept].filter((a) => next.has(a))), amountsOf(group.core[0]!));
    known.set(group, all);
    return all;
  };
  for (let x = 0; x < result.length; x += 1) {
    const shared = common(result[x]!);
    if (shared.size === 0) continue;
    const y = result.findIndex(
      (other, k) =>
        k > x && [...common(other)].some((a) => shared.has(a)) && !apart(result[x]!, other) && canMerge(result[x]!.core, other.core),
    );
    if (y < 0) continue;
    result[x] = joinGroups(result[x]!, result[y]!);
    result.splice(y, 1);
    // The merged group may take in a third one stating the amount.
    x -= 1;
  }
  return result;
}
