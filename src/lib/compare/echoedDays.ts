import type { ClaimDays, Discrepancy } from '../types.ts';

/** A day row's articles with the days they give, however worded: "000:Wednesday", "004:2026-12-14". */
const pairsOf = (d: Discrepancy) => new Set(d.values.map((v) => `${v.article}:${v.reading ?? v.value}`));

/** The kinds of figure each type of day row compares. */
const KINDS: Partial<Record<Discrepancy['type'], ReadonlySet<string>>> = {
  weekday: new Set(['weekday']),
  date: new Set(['date', 'month', 'year']),
};

/**
 * The day and date rows of each claim that only echo another claim's: a lede in two claims ("approved
 * the culling of 40 wolves on Wednesday, after farmers reported losing 1,200 sheep") dates one
 * event, so a claim whose day row is a part of another claim's (the same days from fewer
 * articles), and whose every dated sentence in those articles stands in that claim too, does not
 * show it again. A row both claims show whole stays in both: which event the day dates is then
 * not told by the rows.
 */
export function echoedDays(claims: ClaimDays[]): Set<Discrepancy> {
  const rows = claims.map((c) => c.discrepancies.filter((d) => KINDS[d.type]));
  const echoed = new Set<Discrepancy>();
  claims.forEach((claim, i) => {
    for (const row of rows[i]!) {
      const mine = pairsOf(row);
      const articles = new Set(row.values.map((v) => v.article));
      const kinds = KINDS[row.type]!;
      const dated = claim.records.filter((r) => articles.has(r.article) && r.facts.figures.some((f) => kinds.has(f.kind)));
      const larger = claims.some((other, j) => {
        if (j === i) return false;
        const members = new Set(other.records);
        if (!dated.every((r) => members.has(r))) return false;
        return rows[j]!.some((theirs) => {
          if (theirs.type !== row.type) return false;
          const pairs = pairsOf(theirs);
          return pairs.size > mine.size && [...mine].every((p) => pairs.has(p));
        });
      });
      if (larger) echoed.add(row);
    }
  });
  return echoed;
}
