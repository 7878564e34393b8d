/** A sentence's best similarity in each article of `group` other than its own: one value per article. */
export function bestByArticle(k: number, group: number[], articleOf: number[], similarity: (i: number, j: number) => number): number[] {
  const best = new Map<number, number>();
  for (const j of group) {
    if (articleOf[j] === articleOf[k]) continue;
    best.set(articleOf[j]!, Math.max(best.get(articleOf[j]!) ?? 0, similarity(k, j)));
  }
  return [...best.values()];
}
