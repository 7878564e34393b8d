import type { Claim, ClaimComparison } from '../types.ts';
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
  // The N-way table uses one wording per article, so a repeated sentence does not add a row.
  const perArticle = [...new Map(ranked.map((m) => [m.article, m])).values()].filter((m) => m.article !== base.article);
  const articles = new Set(claim.mentions.map((m) => m.article));
  return {
    base,
    wordings,
    ...(articles.size >= 3 ? { collation: collateWordings(base, perArticle) } : {}),
  };
}
