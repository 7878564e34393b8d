import type { FeatureVector, GroupMembers } from '../types.ts';
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
 * make a claim of. Returns the new groups.
 */
export function amountClaims(
  groups: GroupMembers[],
  vectors: FeatureVector[],
  articleOf: number[],
  { average, minScore = 0.048 }: AmountClaimOptions,
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
  return found;
}
