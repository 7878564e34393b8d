import type { Claim, Mention } from '../types.ts';

/**
 * A claim's mentions, the wording most articles share first (highest confidence), with ties
 * broken by the fuller wording (a headline shares its lede's confidence but says less), then
 * article and position. The first is the default base wording of a claim page.
 */
export function rankMentions(claim: Claim): Mention[] {
  return [...claim.mentions].sort(
    (a, b) =>
      b.confidence - a.confidence || b.text.length - a.text.length || a.article.localeCompare(b.article) || a.paragraph - b.paragraph,
  );
}
