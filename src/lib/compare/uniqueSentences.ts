import type { AlignedStory, SentenceRecord } from '../types.ts';

/**
 * Per article, the reporting sentences no other article shares: not in any claim, not a
 * headline, caption, boilerplate or repeat. These are what only that outlet says.
 */
export function uniqueSentences(story: AlignedStory): Map<string, SentenceRecord[]> {
  const aligned = new Set(story.claims.flatMap((c) => c.mentions.map((m) => `${m.article}#${m.anchor}`)));
  const out = new Map<string, SentenceRecord[]>(story.articles.map((a) => [a.id, []]));
  for (const s of story.sentences) {
    if (s.kind !== 'text' || s.repeated || aligned.has(`${s.article}#${s.anchor}`)) continue;
    out.get(s.article)!.push(s);
  }
  return out;
}
