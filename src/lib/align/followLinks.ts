import type { GroupMembers } from '../types.ts';

/**
 * Linked sentences (a headline and its lede) report the same claim: whatever group holds one
 * also gets the other, as an extra member, if `canJoin` allows it. Returns new groups.
 */
export function followLinks(
  groups: GroupMembers[],
  linked: [number, number][],
  canJoin: (k: number, core: number[]) => boolean,
): GroupMembers[] {
  return groups.map(({ core, extra }) => {
    const added = [...extra];
    const has = (k: number) => core.includes(k) || added.includes(k);
    for (const [a, b] of linked) {
      if (has(a) === has(b)) continue;
      const missing = has(a) ? b : a;
      if (canJoin(missing, core)) added.push(missing);
    }
    return { core, extra: added };
  });
}
