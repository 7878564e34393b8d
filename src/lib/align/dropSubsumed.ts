import type { GroupMembers } from '../types.ts';

/** Options of {@link dropSubsumed}. */
export interface DropSubsumedOptions {
  /** Whether the smaller group must stay even so (e.g. it is a published claim the larger is not). Default: never. */
  keep?: (small: GroupMembers, large: GroupMembers) => boolean;
}

/**
 * The groups without those whose every sentence, core or extra, is in another group (of two
 * alike, the first stays). Such a group would be a second claim page showing only wordings the
 * first already shows side by side, with the same differences: the headlines' group beside the
 * ledes' group once each has followed the other in (see followLinks), or an amount's own claim
 * whose sentences all report the main event too. Across the annotated stories 20 of 21 such
 * groups are the same reference claim as the group holding them.
 */
export function dropSubsumed(groups: GroupMembers[], { keep = () => false }: DropSubsumedOptions = {}): GroupMembers[] {
  const members = groups.map(({ core, extra }) => new Set([...core, ...extra]));
  const dropped = new Set<number>();
  groups.forEach((small, s) => {
    const holder = members.findIndex(
      (large, l) =>
        l !== s &&
        (large.size > members[s]!.size || (large.size === members[s]!.size && l < s)) &&
        [...members[s]!].every((k) => large.has(k)),
    );
    if (holder >= 0 && !keep(small, groups[holder]!)) dropped.add(s);
  });
  return groups.filter((_, g) => !dropped.has(g));
}
