import { isTransposed } from '../compare/isTransposed.ts';
import type { Figure, FeatureVector, GroupMembers } from '../types.ts';
import { specificAmounts } from './specificAmounts.ts';

/** Options of {@link amountClaims}. */
export interface AmountClaimOptions {
  /** Average similarity of a sentence to a set of sentences from other articles. */
  average: (sentence: number, others: number[]) => number;
  /**
   * The sentence's average similarity to the other sentences stating its amount must reach
   * this: some wording besides the amount ("counted more than 300 amphorae" against "holds
   * more than 300 clay amphorae"), so that a commentary citing a headline amount in passing
   * ("$300 billion in 2035 will buy roughly what $190 billion buys today") stays out.
   * Default: 0.048 (0.3 × the default threshold).
   */
  minScore?: number;
  /** Each sentence's figures, for slips (see amountClaims). Default: none (no slips looked for). */
  figuresOf?: (sentence: number) => Figure[];
}

/**
 * New claims found through an exact amount. A sentence left out of every group that states a
 * specific amount (money, a percentage, a time of day, a measurement, a count of a named
 * thing from ten up; see specificAmounts) which other articles state too reports that amount's
 * claim, even where those articles give it inside a sentence grouped for another claim ("The
 * ship lies at a depth of 42 metres … and holds more than 300 clay amphorae" sits in the
 * depth claim; "Her team has so far counted more than 300 amphorae" is left out). Each such
 * amount becomes a claim: the sentence as its core, every sentence of another article stating
 * the amount as a second claim. Spans of time are left out: "in ten years" is too common to
 * make a claim of. So do two such sentences of two articles whose counts of one thing are one
 * number with its digits transposed ("At least 14 aftershocks followed", a translation's "The
 * earthquake was followed of at least 41 replicas"): a slip, which the page should show.
 * Returns the new groups.
 */
export function amountClaims(
  groups: GroupMembers[],
  vectors: FeatureVector[],
  articleOf: number[],
  { average, minScore = 0.048, figuresOf }: AmountClaimOptions,
): GroupMembers[] {
  const amounts = vectors.map((v) => specificAmounts(v, { spans: false }));
  const placed = new Set(groups.flatMap(({ core, extra }) => [...core, ...extra]));
  const claimed = new Set<string>();
  const found: GroupMembers[] = [];
  for (let k = 0; k < vectors.length; k += 1) {
    if (placed.has(k)) continue;
    for (const amount of amounts[k]!) {
      if (claimed.has(amount)) continue;
      const stating = amounts.flatMap((a, j) => (a.has(amount) && articleOf[j] !== articleOf[k] ? [j] : []));
      if (stating.length === 0 || average(k, stating) < minScore) continue;
      claimed.add(amount);
      found.push({ core: [k], extra: stating });
    }
  }
  if (!figuresOf) return found;
  const taken = new Set([...placed, ...found.flatMap(({ core, extra }) => [...core, ...extra])]);
  const counts = vectors.map((_, k) =>
    taken.has(k) ? [] : figuresOf(k).filter((f) => f.kind === 'count' && f.unit && (f.amount ?? 0) >= 10),
  );
  const slip = (k: number, j: number) =>
    counts[k]!.some((f) => counts[j]!.some((g) => g.unit === f.unit && isTransposed(f.amount!, g.amount!)));
  for (let k = 0; k < vectors.length; k += 1) {
    // A sentence already paired as an earlier one's slip is in its claim.
    if (taken.has(k) || counts[k]!.length === 0) continue;
    const j = counts.findIndex(
      (_, j) => j > k && articleOf[j] !== articleOf[k] && !taken.has(j) && slip(k, j) && average(k, [j]) >= minScore,
    );
    if (j < 0) continue;
    taken.add(k).add(j);
    found.push({ core: [k, j], extra: [] });
  }
  return found;
}
