import type { AlignedStory } from '../lib/types.ts';
import { paths } from './paths.ts';

/** The public JSON contract of `dist/data/<story-id>.json` (documented in the README). */
export function exportStory(aligned: AlignedStory) {
  return {
    story: {
      id: aligned.story.id,
      title: aligned.story.title,
      summary: aligned.story.summary,
      ...(aligned.story.date ? { date: aligned.story.date } : {}),
    },
    articles: aligned.articles.map((a) => ({
      id: a.id,
      label: a.label,
      title: a.title ?? null,
      author: a.author ?? [],
      outlet: a.outlet ?? null,
      url: a.url ?? null,
      published: a.published ?? null,
      language: a.language,
      page: paths.article(aligned.story.id, a.id),
    })),
    people: aligned.people.map((p) => ({
      id: p.key,
      name: p.name,
      kind: p.kind ?? 'person',
      spellings: [...new Set(p.variants.map((v) => v.text))],
    })),
    discrepancies: aligned.discrepancies,
    claims: aligned.claims.map((c) => ({
      id: c.id,
      url: paths.claim(aligned.story.id, c.id),
      title: c.title,
      kind: c.kind,
      speaker: c.speaker ?? null,
      articleCount: c.articleCount,
      mentions: c.mentions.map((m) => ({ ...m, url: paths.sentence(aligned.story.id, m.article, m.anchor) })),
      discrepancies: c.discrepancies,
    })),
    retired: aligned.retired.map((r) => ({
      id: r.id,
      url: paths.claim(aligned.story.id, r.id),
      successors: r.successors.map((id) => paths.claim(aligned.story.id, id)),
    })),
  };
}
