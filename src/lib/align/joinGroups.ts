import type { GroupMembers } from '../types.ts';

/** One group of two: both cores, and the extra members neither core holds. */
export function joinGroups(into: GroupMembers, from: GroupMembers): GroupMembers {
  const core = [...new Set([...into.core, ...from.core])];
  return { core, extra: [...new Set([...into.extra, ...from.extra])].filter((k) => !core.includes(k)) };
}
