import type { Figure, SentenceRecord } from '../types.ts';

/**
 * The weekdays each speaker's sentence without one takes from the sentences before it in its
 * paragraph, while they have the same speaker: "Interior Minister Ana Dobrev said on Wednesday
 * that no agreement had been signed. “We are talking …,” she told ORT." dates the quotation
 * too, as news copy opens a speaker's paragraph with the day and quotes them after it. Only
 * weekdays: a figure the sentence before gives is its own claim's, but the day someone spoke
 * is the day of everything they said in that breath. A sentence before that is one of the
 * claim's `members` gives its days itself.
 */
export function daysBefore(members: SentenceRecord[], story: SentenceRecord[]): Map<SentenceRecord, Figure[]> {
  const found = new Map<SentenceRecord, Figure[]>();
  const inClaim = new Set(members);
  const byPlace = new Map(story.map((s) => [`${s.article}#${s.paragraph}#${s.index}`, s]));
  for (const m of members) {
    const speaker = m.facts.speaker;
    if (!speaker || m.facts.figures.some((f) => f.kind === 'weekday')) continue;
    for (let index = m.index - 1; index >= 1; index -= 1) {
      const before = byPlace.get(`${m.article}#${m.paragraph}#${index}`);
      if (!before || before.facts.speaker !== speaker) break;
      const days = before.facts.figures.filter((f) => f.kind === 'weekday');
      if (days.length > 0) {
        // A sentence of the claim gives its days itself.
        if (!inClaim.has(before)) found.set(m, days);
        break;
      }
    }
  }
  return found;
}
