import type { StoryInput } from '../lib/types.ts';
import type { ArticleFrontmatter, StoryFrontmatter } from './schemas.ts';

const isoDay = (date: Date | undefined) => date?.toISOString().slice(0, 10);

/** A validated story and its articles (from a content collection or from readStories) as pipeline input. */
export function toStoryInput(
  story: { id: string; data: StoryFrontmatter; body?: string | undefined },
  articles: { id: string; data: ArticleFrontmatter; body: string }[],
  files: Pick<StoryInput, 'overrides' | 'lock'> = {},
): StoryInput {
  return {
    id: story.id,
    title: story.data.title,
    summary: story.data.summary,
    ...(story.data.date ? { date: isoDay(story.data.date) } : {}),
    ...(story.body?.trim() ? { body: story.body } : {}),
    ...(files.overrides ? { overrides: files.overrides } : {}),
    ...(files.lock ? { lock: files.lock } : {}),
    articles: [...articles]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((entry) => ({
        id: entry.id,
        language: entry.data.language,
        body: entry.body,
        ...(entry.data.title ? { title: entry.data.title } : {}),
        ...(entry.data.author ? { author: entry.data.author } : {}),
        ...(entry.data.outlet ? { outlet: entry.data.outlet } : {}),
        ...(entry.data.url ? { url: entry.data.url } : {}),
        ...(entry.data.published ? { published: isoDay(entry.data.published) } : {}),
      })),
  };
}
