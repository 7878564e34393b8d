import type { Figure, SentenceRecord } from '../types.ts';
import { amountKey } from './amountKey.ts';

/**
 * Per group (its member sentences), the figures its members give for another of their claims:
 * an amount a sentence in two groups states ("made a net profit of €312m … and raised its
 * forecast to €550m-€600m") that the other group's sentences from other articles state too
 * and this group's sentences from other articles do not. Such a figure is the other claim's:
 * no article of this one leaves it out.
 */
export function figuresOfOtherClaims(groups: SentenceRecord[][]): Set<Figure>[] {
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
  // Whether a sentence of `group` from another article than `sentence`'s states amount `key`.
  const statedBeside = (group: number, sentence: SentenceRecord, key: string) =>
    groups[group]!.some((o) => o.article !== sentence.article && amountsOf(o).has(key));
  return groups.map((members, g) => {
    const found = new Set<Figure>();
    for (const m of members) {
      const others = (groupsOf.get(m) ?? []).filter((h) => h !== g);
      if (others.length === 0) continue;
      for (const f of m.facts.figures) {
        const key = amountKey(f);
        if (key !== undefined && !statedBeside(g, m, key) && others.some((h) => statedBeside(h, m, key))) found.add(f);
      }
    }
    return found;
  });
}
