import type { Claim, ClaimComparison, DiffSegment } from '../types.ts';
import { collateWordings } from './collateWordings.ts';
import { diffWordings } from './diffWordings.ts';
import { rankMentions } from './rankMentions.ts';

/**
 * Compares a claim's wordings against a base: by default the wording most articles share
 * (the most confident mention), or the mention of `baseArticle` when the reader picks one.
 */
export function compareClaim(claim: Claim, baseArticle?: string): ClaimComparison {
  const ranked = rankMentions(claim);
  const base = (baseArticle ? ranked.find((m) => m.article === baseArticle) : undefined) ?? ranked[0]!;
  const ordered = [base, ...claim.mentions.filter((m) => m !== base)];
  const wordings = ordered.map((mention) => ({
    mention,
    isBase: mention === base,
    segments: mention === base ? [{ type: 'same' as const, text: mention.text }] : diffWordings(base.text, mention.text),
  }));
  // The N-way table uses one wording per article, so a repeated sentence does not add a row:
  // the one that shares most words with the base (an article may report a claim in a sentence
  // that quotes it and another that only mentions it; the table compares the quotations).
  const closest = new Map<string, (typeof wordings)[number]>();
  for (const w of wordings) {
    if (w.mention.article === base.article) continue;
    const best = closest.get(w.mention.article);
    if (!best || sharedLetters(w.segments) > sharedLetters(best.segments)) closest.set(w.mention.article, w);
  }
  const perArticle = [...closest.values()].map((w) => w.mention);
  const collation = perArticle.length >= 2 ? collateWordings(base, perArticle) : undefined;
  // A table whose rows agree on almost nothing (only "the" in a long quotation) pins its columns
  // on a chance word and shows nothing the wordings above do not: it needs at least two words,
  // and a fifth of the base's, that read the same in every row.
  const words = (text: string) => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  const agreedWords = collation?.agreed.reduce((n, agreed, c) => n + (agreed ? words(collation.rows[0]!.cells[c] ?? '') : 0), 0) ?? 0;
  const informative = agreedWords >= Math.max(2, Math.ceil(0.2 * words(base.text)));
  return { base, wordings, ...(collation && informative ? { collation } : {}) };
}

/** Letters and digits a wording has in common with the base. */
function sharedLetters(segments: DiffSegment[]): number {
  return segments.filter((s) => s.type === 'same').reduce((n, s) => n + (s.text.match(/[\p{L}\p{N}]/gu)?.length ?? 0), 0);
}
