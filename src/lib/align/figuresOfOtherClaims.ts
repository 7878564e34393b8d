import type { Figure, OtherClaimFigures, SentenceRecord } from '../types.ts';
import { amountKey } from './amountKey.ts';

/**
 * Per group (its member sentences), the figures its members give for another of their claims:
 * an amount a sentence in two groups states ("made a net profit of €312m … and raised its
 * forecast to €550m-€600m") that the other group's sentences from other articles state too
 * and this group's sentences from other articles do not. Such a figure is the other claim's:
 * no article of this one leaves it out. So is an amount no other article states in either
 * group that lies nearer an amount of its kind the other group's articles give than any this
 * group's give: a brief's "Inflation eases to 3.1 percent" (its misreading of 3.2) is the main
 * claim's reading, and no rival of the core rate's "4.1%" (`readings`). And any member's amount
 * that only other groups' articles state, whether or not the member stands in those groups, is
 * given for their claim (`stated`): "the mine was worth about 5% of the economy" in the
 * arbitration claim's sentence is the economy claim's 5%. `secondary` holds, per group, the
 * members that support it only as a second claim (default: none).
 */
export function figuresOfOtherClaims(groups: SentenceRecord[][], secondary: ReadonlySet<SentenceRecord>[] = []): OtherClaimFigures[] {
  const groupsOf = new Map<SentenceRecord, number[]>();
  groups.forEach((members, g) => {
    for (const m of members) groupsOf.set(m, [...(groupsOf.get(m) ?? []), g]);
  });
  // Each sentence's amounts, read once however many groups ask.
  const amounts = new Map<SentenceRecord, Set<string>>();
  const amountsOf = (s: SentenceRecord) => {
    if (!amounts.has(s)) amounts.set(s, new Set(s.facts.figures.map(amountKey).filter((k) => k !== undefined)));
    return amounts.get(s)!;
  };
  // Whether a sentence of `group` from another article than `sentence`'s states amount `key`;
  // with `reporting`, only one that reports the group's claim, not one that supports it only as
  // a second claim, whose figures are its first claim's ("About 20,000 people have fled the
  // valley" beside the clashes that drove them out).
  const statedBeside = (group: number, sentence: SentenceRecord, key: string, reporting = false) =>
    groups[group]!.some((o) => o.article !== sentence.article && !(reporting && secondary[group]?.has(o)) && amountsOf(o).has(key));
  // How far an amount lies from the nearest of its kind ("percent", "money:EUR") that a sentence
  // of `group` from another article than `sentence`'s states, as a ratio's logarithm.
  const kindOf = (key: string) => key.slice(0, key.lastIndexOf(':'));
  const valueOf = (key: string) => Number(key.slice(key.lastIndexOf(':') + 1));
  const gapIn = (group: number, sentence: SentenceRecord, key: string) => {
    let gap = Infinity;
    for (const o of groups[group]!)
      if (o.article !== sentence.article)
        for (const k of amountsOf(o)) if (kindOf(k) === kindOf(key)) gap = Math.min(gap, Math.abs(Math.log(valueOf(k) / valueOf(key))));
    return gap;
  };
  return groups.map((members, g) => {
    const all = new Set<Figure>();
    const readings = new Set<Figure>();
    const stated = new Set<Figure>();
    for (const m of members)
      for (const f of m.facts.figures) {
        const key = amountKey(f);
        if (key !== undefined && !statedBeside(g, m, key, true) && groups.some((_, h) => h !== g && statedBeside(h, m, key, true)))
          stated.add(f);
      }
    for (const m of members) {
      const others = (groupsOf.get(m) ?? []).filter((h) => h !== g);
      if (others.length === 0) continue;
      for (const f of m.facts.figures) {
        const key = amountKey(f);
        if (key === undefined || statedBeside(g, m, key)) continue;
        if (others.some((h) => statedBeside(h, m, key))) {
          all.add(f);
          continue;
        }
        const here = gapIn(g, m, key);
        if (others.some((h) => gapIn(h, m, key) < here)) {
          all.add(f);
          readings.add(f);
        }
      }
    }
    return { all, readings, stated };
  });
}
