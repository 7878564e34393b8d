import type { Figure, GroupMembers } from '../types.ts';
import { isTransposed } from '../compare/isTransposed.ts';
import { mayJoin } from './mayJoin.ts';

/** The key percentages are counted under, beside units and currencies. */
const PERCENT = 'percent';
/** The key years are counted under. */
const YEAR = 'calendar-year';
/** The key ages are counted under. */
const AGE = 'age';

/** Options of {@link rivalCounts}. */
export interface RivalCountOptions {
  /** Each sentence's figures. */
  figuresOf: (sentence: number) => Figure[];
  /** Average similarity of a sentence to a group's core sentences from other articles. */
  average: (sentence: number, core: number[]) => number;
  /** The sentence's average similarity to the group's core must still reach this (some shared wording). Default: 0.048. */
  minScore?: number;
  /** Two counts this far apart at most (the larger over the smaller) may be two readings of one. Default: 1.5. */
  maxRatio?: number;
  /** Counts below this are mostly incidental ("two sides") and rival nothing. Default: 10. */
  minCount?: number;
  /** Whether the sentence may join a group's core at all (see mayJoin). Default: always. */
  canJoin?: (sentence: number, core: number[]) => boolean;
}

/**
 * Sentences in no group that give another number of what a group counts, or another amount of
 * its money ("The enterprises will have 24 months to conform themselves." against "Firms will
 * have 18 months to comply"; "£5.8 million" against "£6.2 million"), or another side of its
 * vote's tally ("with 87 votes against 61" against "by 78 votes to 61"), and sentences grouped
 * for another claim that give a slip of a count two of the group's articles give ("about 205,000
 * persons wait …, of which nearly 40,000 since more than twelve months" against "About 250,000
 * people are on waiting lists"),
 * each with the group (index) it matches best: `[sentence, group]` pairs. A report that
 * disagrees on the figure, a translation most of all, words the rest apart too, so its
 * sentence matches nothing well; the count of the same thing, close enough to be a rival
 * reading, is what ties it to the claim, and joining it is what lets the page show the
 * disagreement. Its wording must still match the group a little.
 */
export function rivalCounts(
  groups: GroupMembers[],
  articleOf: number[],
  { figuresOf, average, minScore = 0.048, maxRatio = 1.5, minCount = 10, canJoin = () => true }: RivalCountOptions,
): [number, number][] {
  // Each sentence's counts of a named thing, by what they count ("month": 24), its money, by
  // currency, and its percentages: a percentage names no thing, and any two may be of two
  // things, so it rivals only a slip of one (see `rivals`). So does a year ("1989" for "1998":
  // any two years may date two events) and an age ("42" for "24": the 18-year-old student and
  // the 24-year-old suspect are two people). A vote's tally is two counts, one per side ("87
  // votes against 61" rivals "78 votes to 61" by its first). Read once.
  const counts = articleOf.map((_, k) =>
    figuresOf(k).flatMap((f) =>
      f.kind === 'count' && f.unit && (f.amount ?? 0) >= minCount
        ? [[f.age ? AGE : f.unit, f.amount!] as const]
        : f.kind === 'money' && f.amount !== undefined
          ? [[`money:${f.currency}`, f.amount] as const]
          : f.kind === 'percent' && f.amount !== undefined
            ? [[PERCENT, f.amount] as const]
            : f.kind === 'year' && f.amount !== undefined && !f.range
              ? [[YEAR, f.amount] as const]
              : f.kind === 'tally'
                ? f.value
                    .split('-')
                    .map(Number)
                    .flatMap((n, side) => (n >= minCount ? [[`tally:${side}`, n] as const] : []))
                : [],
    ),
  );
  // Each group's core counts, by what they count; and those two of its articles give, in its
  // core or supporting it (the claim's own, not a passing amount of one sentence).
  const groupCounts = groups.map(({ core }) => {
    const byThing = new Map<string, number[]>();
    for (const j of core) for (const [thing, amount] of counts[j]!) byThing.set(thing, [...(byThing.get(thing) ?? []), amount]);
    return byThing;
  });
  const sharedCounts = groups.map(({ core, extra }) => {
    const articles = new Map<string, Set<number>>();
    for (const j of [...core, ...extra])
      for (const [thing, amount] of counts[j]!)
        articles.set(`${thing}:${amount}`, (articles.get(`${thing}:${amount}`) ?? new Set()).add(articleOf[j]!));
    return new Set([...articles].filter(([, set]) => set.size >= 2).map(([key]) => key));
  });
  // Transposed digits are a slip however far apart ("53rd minute" for "35th minute").
  // A percentage only through a slip of one two articles give ("52%" for "25%").
  const rivals = (thing: string, a: number, b: number, g: number) =>
    thing === PERCENT || thing === YEAR || thing === AGE
      ? isTransposed(a, b) && sharedCounts[g]!.has(`${thing}:${b}`)
      : (a !== b && Math.max(a, b) / Math.min(a, b) <= maxRatio) || isTransposed(a, b);
  const placed = new Set(groups.flatMap(({ core, extra }) => [...core, ...extra]));
  const found: [number, number][] = [];
  for (let k = 0; k < articleOf.length; k += 1) {
    // A sentence already grouped for another claim joins only through a slip of the group's
    // amount (its digits transposed, "about 205,000 persons" for "About 250,000 people"): a
    // merely close count is likely the other claim's own.
    const grouped = placed.has(k);
    if (counts[k]!.length === 0) continue;
    let best: { g: number; score: number } | undefined;
    groups.forEach((group, g) => {
      const rival = counts[k]!.some(([thing, amount]) =>
        groupCounts[g]!.get(thing)?.some((other) =>
          grouped ? isTransposed(amount, other, 3) && sharedCounts[g]!.has(`${thing}:${other}`) : rivals(thing, amount, other, g),
        ),
      );
      if (!rival || !mayJoin(k, group, articleOf, canJoin)) return;
      // A slip of digits is a sign strong enough to read the sentence against those that give
      // the amount it transposes, as well as against the whole claim: a group may hold a second
      // claim its articles report beside it ("Four in ten of Sarvona's exported goods go to the
      // bloc's other five members, and once outside, they could face tariffs of up to 18%").
      const slipped = [...group.core, ...group.extra].filter((j) =>
        counts[j]!.some(([thing, other]) => counts[k]!.some(([mine, amount]) => mine === thing && isTransposed(amount, other))),
      );
      const score = Math.max(average(k, group.core), slipped.length > 0 ? average(k, slipped) : 0);
      if (score >= minScore && (!best || score > best.score)) best = { g, score };
    });
    if (best) found.push([k, best.g]);
  }
  return found;
}
