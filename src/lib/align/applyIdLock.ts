import type { Claim, IdLock, RetiredClaim } from '../types.ts';

/** Options of {@link applyIdLock}. */
export interface IdLockOptions {
  /** Share of the smaller claim's sentences two claims must have in common to be "the same claim". Default: 0.5. */
  minOverlap?: number;
}

const key = (m: { article: string; anchor: string }) => `${m.article}#${m.anchor}`;

/**
 * Gives claims the ids they were published under. `claims.lock.yaml` (written by
 * `npm run claims:lock`, read by parseIdLock) lists each published id with its sentences; the
 * aligner never merges two live locked claims (alignSentences' `locked`), and a claim sharing
 * at least half of a locked claim's sentences takes that id, even if articles were added or
 * removed since and its generated slug would now differ. Pairs are matched greedily, best
 * overlap first (live ids before retired ones), so two claims never take one id. Claims
 * matching nothing keep their slug, suffixed if a locked id already uses it. Locked ids left
 * without a claim, and retired ids no claim takes back, are returned as retired, with the
 * claims that now hold their sentences, so their URLs keep answering.
 */
export function applyIdLock(
  claims: Claim[],
  lock: IdLock,
  { minOverlap = 0.5 }: IdLockOptions = {},
): { claims: Claim[]; retired: RetiredClaim[] } {
  const locked = [
    ...[...lock.claims].map(([id, sentences]) => ({ id, sentences, live: true })),
    ...[...lock.retired].filter(([id]) => !lock.claims.has(id)).map(([id, sentences]) => ({ id, sentences, live: false })),
  ];
  const candidates: { claim: number; lock: number; overlap: number; live: boolean }[] = [];
  claims.forEach((claim, c) => {
    const members = new Set(claim.mentions.map(key));
    locked.forEach((l, k) => {
      const shared = [...members].filter((m) => l.sentences.has(m)).length;
      const overlap = shared / Math.max(1, Math.min(members.size, l.sentences.size));
      if (shared > 0 && overlap >= minOverlap) candidates.push({ claim: c, lock: k, overlap, live: l.live });
    });
  });
  candidates.sort((a, b) => b.overlap - a.overlap || Number(b.live) - Number(a.live) || a.lock - b.lock || a.claim - b.claim);
  const ids = claims.map((c) => c.id);
  const claimTaken = new Set<number>();
  const lockTaken = new Set<number>();
  for (const { claim, lock: k } of candidates) {
    if (claimTaken.has(claim) || lockTaken.has(k)) continue;
    claimTaken.add(claim);
    lockTaken.add(k);
    ids[claim] = locked[k]!.id;
  }
  const reserved = new Set(locked.map((l) => l.id));
  const result = claims.map((claim, c) => {
    if (claimTaken.has(c)) return { ...claim, id: ids[c]! };
    let id = claim.id;
    for (let n = 2; reserved.has(id); n += 1) id = `${claim.id}-${n}`;
    reserved.add(id);
    return { ...claim, id };
  });
  const retired = locked
    .filter((_, k) => !lockTaken.has(k))
    .map((l) => ({
      id: l.id,
      successors: result.filter((c) => c.mentions.some((m) => l.sentences.has(key(m)))).map((c) => c.id),
      sentences: [...l.sentences],
    }));
  return { claims: result, retired };
}
