import type { GroupMembers } from '../types.ts';

/** Options of {@link dropSubsumed}. */
export interface DropSubsumedOptions {
  /** The published claim (`claims.lock.yaml`) a sentence belongs to, if any. Default: none. */
  lockOf?: (sentence: number) => string | undefined;
}

/**
 * The groups without those whose every sentence, core or extra, is in another group (of two
 * alike, the first stays). Such a group would be a second claim page showing only wordings the
 * first already shows side by side, with the same differences: the headlines' group beside the
 * ledes' group once each has followed the other in (see followLinks), or an amount's own claim
 * whose sentences all report the main event too. Across the annotated stories 20 of 21 such
 * groups are the same reference claim as the group holding them. A group stays where most of
 * its published sentences belong to another published claim than most of the holder's: a
 * published claim keeps its page.
 */
export function dropSubsumed(groups: GroupMembers[], { lockOf = () => undefined }: DropSubsumedOptions = {}): GroupMembers[] {
  const members = groups.map(({ core, extra }) => new Set([...core, ...extra]));
  // The published claim most of a group's published sentences belong to.
  const published = members.map((group) => {
    const counts = Map.groupBy(
      [...group].map(lockOf).filter((id) => id !== undefined),
      (id) => id,
    );
    return [...counts].sort((x, y) => y[1].length - x[1].length)[0]?.[0];
  });
  const keep = (small: number, large: number) => published[small] !== undefined && published[small] !== published[large];
  const dropped = new Set<number>();
  groups.forEach((_, s) => {
    const holder = members.findIndex(
      (large, l) =>
        l !== s &&
        (large.size > members[s]!.size || (large.size === members[s]!.size && l < s)) &&
        [...members[s]!].every((k) => large.has(k)),
    );
    if (holder >= 0 && !keep(s, holder)) dropped.add(s);
  });
  return groups.filter((_, g) => !dropped.has(g));
}
