/** Indexes grouped by their article, in first-seen article order and index order within each. */
export function indexesByArticle(articleOf: number[]): number[][] {
  const byArticle = new Map<number, number[]>();
  articleOf.forEach((article, k) => {
    const list = byArticle.get(article);
    if (list) list.push(k);
    else byArticle.set(article, [k]);
  });
  return [...byArticle.values()];
}
