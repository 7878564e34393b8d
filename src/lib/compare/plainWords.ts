/**
 * A text as its words alone: lower case, letters and numbers, one space between words. Quotation
 * marks, dashes and punctuation vary between two wordings of one quotation (a headline and its
 * text, two outlets), and say nothing of whether the words are the same.
 */
export function plainWords(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
