/** An amount only some articles of a claim give: what it is, how much, who gives it, who does not. */
export interface Omission {
  /** What the amount states: "count", "money:EUR", "percent", "span". */
  kind: string;
  /** The amount itself (a span in hours). */
  value: number;
  /** The articles that give it. */
  articles: string[];
  /** The articles reporting the claim without it. */
  missing: string[];
}

/** How far apart two amounts may be and still be two readings of one ("42" and "43" bronzes, "4.5" and "4.2 billion"). */
const RATIO = 1.25;

/**
 * Pairs of omissions that are one disagreement: two amounts of one kind, close to each other,
 * each given by articles that leave out the other ("42 bronze sculptures" in three reports,
 * "all 43 pieces" in the fourth). Each counts what it counts in its own words, so the figure
 * comparison kept them apart; each leaving out the other says they are rival readings. Only a
 * pair with no other candidate on either side is taken, or, of several, the one whose digits
 * are transposed: "7.6 million" and "7.4 million" (now and a year ago) against "6.7 million" is
 * "7.6 million" misprinted. Returns index pairs into `omissions`.
 */
export function mutualOmissions(omissions: Omission[]): [number, number][] {
  const rivals = (x: Omission, y: Omission) => {
    const [a, b] = [x.value, y.value];
    return (
      x.kind === y.kind &&
      a > 0 &&
      b > 0 &&
      Math.max(a, b) / Math.min(a, b) <= RATIO &&
      y.articles.every((article) => x.missing.includes(article)) &&
      x.articles.every((article) => y.missing.includes(article))
    );
  };
  // Of several candidates, the one whose digits are the other's transposed ("7.6 million" and
  // "6.7 million") is the likeliest misprint.
  const digits = (value: number) => [...String(value).replace(/\D|0+$/g, '')].sort().join('');
  const candidates = omissions.map((x, i) => {
    const all = omissions.flatMap((y, j) => (i !== j && rivals(x, y) ? [j] : []));
    const transposed = all.filter((j) => digits(omissions[j]!.value) === digits(x.value));
    return all.length > 1 && transposed.length === 1 ? transposed : all;
  });
  return candidates.flatMap((list, i) =>
    list.length === 1 && list[0]! > i && candidates[list[0]!]!.length === 1 && candidates[list[0]!]![0] === i
      ? [[i, list[0]!] as [number, number]]
      : [],
  );
}
