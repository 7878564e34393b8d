import type { Claim, Mention } from '../types.ts';

/**
 * A claim's mentions, the wording most articles share first (highest confidence), with ties
 * broken by article and position. The first is the default base wording of a claim page.
 */
export function rankMentions(claim: Claim): Mention[] {
  return [...claim.mentions].sort((a, b) => b.confidence - a.confidence || a.article.localeCompare(b.article) || a.paragraph - b.paragraph);
}
