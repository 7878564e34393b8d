/**
 * Maps typographic variants that carry no meaning to one form, one character for one
 * character, so offsets in the normalised text are offsets in the original: curly and straight
 * quotation marks, apostrophes, dashes, non-breaking spaces, letter case, and the marks inside
 * a number ("4.1" and a translation's "4,1", "12,000" and "12.000" are one number, and one word
 * to the diff rather than "4", ".", "1").
 */
export function normaliseForDiff(text: string): string {
  return text
    .replace(/[“”„‟«»"]/g, '"')
    .replace(/[‘’‚‛`']/g, "'")
    .replace(/[–—‒]/g, '-')
    .replace(/[\u00a0\u2009\u202f]/g, ' ')
    .replace(/(?<=\d)[.,](?=\d)/g, '_')
    .toLowerCase();
}
