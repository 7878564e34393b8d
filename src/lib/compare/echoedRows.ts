import type { ClaimRows, Discrepancy } from '../types.ts';

/** Rows that set articles' readings of one figure against each other. */
const TYPES: ReadonlySet<Discrepancy['type']> = new Set(['weekday', 'date', 'amount', 'number']);

/** Each article's reading in a row: "000:Wednesday", "004:2026-12-14", "d:5". */
const pairsOf = (d: Discrepancy) => d.values.map((v) => `${v.article}:${v.reading ?? v.value}`);

/**
 * The day, date and figure rows of each claim that only echo another claim's: a sentence in two
 * claims (a lede "approved the culling of 40 wolves on Wednesday, after farmers reported losing
 * 1,200 sheep"; a brief's "expelled five diplomats" that also joins the story of an earlier
 * expulsion) gives its figure for one of them. An article's reading that a larger row of another
 * claim holds (one with more readings), from sentences of this claim that all stand in that
 * claim too, is that claim's; a row left with one reading once those are set aside is not shown
 * again. A row both claims show whole stays in both: which claim the figure belongs to is then
 * not told by the rows.
 */
export function echoedRows(claims: ClaimRows[]): Set<Discrepancy> {
  const rows = claims.map((c) => c.discrepancies.filter((d) => TYPES.has(d.type)));
  const echoed = new Set<Discrepancy>();
  claims.forEach((claim, i) => {
    for (const row of rows[i]!) {
      const pairs = pairsOf(row);
      const own = row.values.filter((v, n) => {
        // The sentences of this claim that give the reading ("five Brastian diplomats").
        const giving = claim.records.filter((r) => r.article === v.article && v.value.split(', ').some((text) => r.text.includes(text)));
        return !claims.some(
          (other, j) =>
            j !== i &&
            // A reading no sentence of this claim words as the row does (a day from the sentence
            // before, a count reworded) is judged by the other claim's row alone.
            giving.every((r) => other.records.includes(r)) &&
            rows[j]!.some(
              (theirs) => theirs.type === row.type && theirs.values.length > row.values.length && pairsOf(theirs).includes(pairs[n]!),
            ),
        );
      });
      if (new Set(own.map((v) => v.reading ?? v.value)).size < 2) echoed.add(row);
    }
  });
  return echoed;
}
