import type { SentenceRecord } from '../types.ts';

/**
 * Which sentences may support a claim: reporting text, headlines, and subheadings that say
 * something. Boilerplate, captions and repeated paragraphs never do (they would count one
 * article's words twice). A subheading (a heading after an article's second sentence of text)
 * is a section label that reports nothing when it is written in title case ("Early Talks On
 * Migrant Relocation") or asks a question ("What next?", "Where the seats stand"); a live
 * blog's entry heading in sentence case ("00:20 – Ekdal concedes") reports its entry.
 */
export function alignableSentences(sentences: SentenceRecord[]): boolean[] {
  const textsBefore = new Map<string, number>();
  return sentences.map((s) => {
    const seen = textsBefore.get(s.article) ?? 0;
    if (s.kind === 'text') textsBefore.set(s.article, seen + 1);
    return !s.repeated && (s.kind === 'text' || (s.kind === 'heading' && (seen < 2 || !isLabel(s.text))));
  });
}

/** Whether a subheading only labels its section: title case, or a question. */
function isLabel(heading: string): boolean {
  const words = heading.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  if (/\?\s*$/.test(heading) || /^(?:what|where|when|why|how|who|which)$/i.test(words[0] ?? '')) return true;
  // Short function words stay lower case in title case ("Talks on Migrant Relocation").
  const long = words.slice(1).filter((w) => w.length >= 4);
  return long.length > 0 && long.every((w) => /^\p{Lu}/u.test(w));
}
