/**
 * Maps typographic variants that carry no meaning to one form, one character for one
 * character, so offsets in the normalised text are offsets in the original: curly and straight
 * quotation marks, apostrophes, dashes, non-breaking spaces, and letter case.
 */
export function normaliseForDiff(text: string): string {
  return text
    .replace(/[“”„‟«»"]/g, '"')
    .replace(/[‘’‚‛`']/g, "'")
    .replace(/[–—‒]/g, '-')
    .replace(/[\u00a0\u2009\u202f]/g, ' ')
    .toLowerCase();
}
