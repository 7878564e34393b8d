import type { GroupMembers } from '../types.ts';

/** Options of {@link splitByAmount}. */
export interface SplitByAmountOptions {
  /** The article of each sentence. */
  articleOf: number[];
  /** How well a sentence matches a group's core: its best similarity in each other article, averaged (see meanBestMatch). */
  linkage: (sentence: number, core: number[]) => number;
  /** A sentence stating the amount leaves the group when it matches the rest less than this. Default: 0.08 (half the merge threshold). */
  minLinkage?: number;
  /**
   * The same when the rest states another amount of the same kind that two articles each give
   * beside this one (two figures, not one disagreed on): it leaves unless it clearly matches the
   * rest. Default: 0.32 (twice the merge threshold).
   */
  minLinkageApart?: number;
  /** Whether a sentence is a headline (see the money rule below). Default: none is. */
  isHeading?: (sentence: number) => boolean;
}

/**
 * Splits off an exact amount that a minority of a group's sentences state, from two articles or
 * more, when a sentence stating it gives none of the rest's amounts and matches the rest
 * poorly: "Corvan shares fell 3.4%" had joined the recall's group through a business report's
 * lede ("Shares in Corvan Motors fell 3.4% … after the carmaker recalled 1.2 million
 * vehicles"). The sentences stating the amount become a claim of their own; those that also
 * state the rest's amounts (the lede) stay in the first group as well. The rest giving another
 * amount of the same kind ("72%" against "71.4%") is a disagreement over one figure, not a
 * second claim, unless two articles each give both ("petrol at 1,450 nambs and diesel at
 * 1,380"): then they are two figures, and the sentences giving only this one leave unless
 * they clearly match the rest. Money a minority states goes apart on another sign too: where
 * two articles each give it in one sentence and the rest of the claim in another (headlines aside),
 * the money is a claim of its own ("raise the mission's cost … to 2.3 billion dollars" below
 * "The launch … has been pushed back by a year"; an article words a claim once), and the
 * sentences giving it leave unless they clearly match the rest, whatever amounts of its kind
 * the rest gives. Returns new groups.
 */
export function splitByAmount(
  groups: GroupMembers[],
  amountsOf: (sentence: number) => ReadonlySet<string>,
  { articleOf, linkage, minLinkage = 0.08, minLinkageApart = 0.32, isHeading = () => false }: SplitByAmountOptions,
): GroupMembers[] {
  const articles = (members: number[]) => new Set(members.map((k) => articleOf[k])).size;
  // Articles whose sentences among `members` state both amounts.
  const givingBoth = (members: number[], a: string, b: string) =>
    articles(
      members.filter((k) => amountsOf(k).has(a)).filter((k) => members.some((j) => articleOf[j] === articleOf[k] && amountsOf(j).has(b))),
    );
  const out: GroupMembers[] = [];
  for (const group of groups) {
    let { core } = group;
    const split: GroupMembers[] = [];
    // An amount a minority of the core states, from two articles or more, beside two others.
    const minority = (stating: number[], rest: number[]) =>
      articles(stating) >= 2 && articles(rest) >= 2 && stating.length * 2 <= core.length;
    // The sentences stating it make a claim of their own; those giving none of the rest's
    // amounts and matching the rest less than `bar` leave the group.
    const splitOff = (stating: number[], rest: number[], bar: number) => {
      const restAmounts = new Set(rest.flatMap((k) => [...amountsOf(k)]));
      const loners = stating.filter((k) => ![...amountsOf(k)].some((a) => restAmounts.has(a)) && linkage(k, rest) < bar);
      if (loners.length === 0) return;
      split.push({ core: stating, extra: [] });
      core = core.filter((k) => !loners.includes(k));
    };
    for (const amount of new Set(core.flatMap((k) => [...amountsOf(k)]))) {
      const stating = core.filter((k) => amountsOf(k).has(amount));
      const rest = core.filter((k) => !amountsOf(k).has(amount));
      if (!minority(stating, rest)) continue;
      const rivals = [...new Set(rest.flatMap((k) => [...amountsOf(k)]))].filter((a) => kindOf(a) === kindOf(amount));
      const apart = rivals.length > 0 && rivals.some((a) => givingBoth(core, amount, a) >= 2);
      if (rivals.length > 0 && !apart) continue;
      splitOff(stating, rest, apart ? minLinkageApart : minLinkage);
    }
    for (const kind of new Set(core.flatMap((k) => [...amountsOf(k)].map(kindOf)).filter((kind) => kind.startsWith('money')))) {
      const stating = core.filter((k) => [...amountsOf(k)].some((a) => kindOf(a) === kind));
      const rest = core.filter((k) => !stating.includes(k));
      const apart = new Set(stating.map((k) => articleOf[k]).filter((a) => rest.some((j) => articleOf[j] === a && !isHeading(j))));
      if (minority(stating, rest) && apart.size >= 2) splitOff(stating, rest, minLinkageApart);
    }
    out.push({ core, extra: group.extra.filter((k) => !core.includes(k)) }, ...split);
  }
  return out;
}

/** An amount's kind: its key without the number ("percent", "money:EUR", "measure:hectares"). */
function kindOf(amount: string): string {
  return amount.slice(0, amount.lastIndexOf(':'));
}
