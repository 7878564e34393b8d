/**
 * Whether two groups (sentence indexes) may be one claim given how well they match (`score`,
 * a linkage): unless one group's articles, two or more, all stand in the other, and it matches
 * the other less than `ratio` times as well as it matches itself (`linkage(x, x)`, its
 * sentences' best matches in its own other articles). Articles that word one claim alike ("1.2
 * million users under 16" in a report and its translation) while each also words the other
 * group's claim elsewhere tell a second claim beside it, however much the two share.
 */
export function coheres(
  x: number[],
  y: number[],
  score: number,
  articleOf: number[],
  linkage: (x: number[], y: number[]) => number,
  ratio: number,
): boolean {
  const articles = (g: number[]) => new Set(g.map((k) => articleOf[k]));
  const inside = (g: number[], other: number[]) => {
    const own = articles(g);
    const theirs = articles(other);
    return own.size >= 2 && [...own].every((a) => theirs.has(a));
  };
  return !((inside(x, y) && score < ratio * linkage(x, x)) || (inside(y, x) && score < ratio * linkage(y, y)));
}
