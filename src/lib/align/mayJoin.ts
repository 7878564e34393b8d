import type { GroupMembers } from '../types.ts';

/**
 * Whether a sentence may become an extra member of a group: it is not in it yet, no sentence
 * of its article is in its core (an article words a claim once), and `canJoin` allows it.
 */
export function mayJoin(
  sentence: number,
  { core, extra }: GroupMembers,
  articleOf: number[],
  canJoin: (sentence: number, core: number[]) => boolean,
): boolean {
  return (
    !core.includes(sentence) &&
    !extra.includes(sentence) &&
    !core.some((j) => articleOf[j] === articleOf[sentence]) &&
    canJoin(sentence, core)
  );
}
