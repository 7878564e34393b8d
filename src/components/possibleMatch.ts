/**
 * Mentions the aligner is less sure of (confidence under 0.6, see the README's "Data export")
 * are shown as possible matches: badged on the claim page, a question mark in the story's table.
 */
export function possibleMatch(confidence: number): boolean {
  return confidence < POSSIBLE_BELOW;
}

/** Confidence under which a mention is a possible match. */
export const POSSIBLE_BELOW = 0.6;
