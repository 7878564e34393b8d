import { getCollection } from 'astro:content';
import { processStory } from '../lib/processStory.ts';
import type { AlignedStory, StoryInput } from '../lib/types.ts';
import { contentRoot } from './contentRoot.ts';
import { loadWordnet } from './loadWordnet.ts';
import { readStories } from './readStories.ts';

let cache: Promise<AlignedStory[]> | undefined;

const isoDay = (date: Date | undefined) => date?.toISOString().slice(0, 10);

/**
 * Every story, run through the pipeline once per build (pages share the result), ordered
 * newest first, then by title.
 */
export function getStories(): Promise<AlignedStory[]> {
  cache ??= load();
  return cache;
}

async function load(): Promise<AlignedStory[]> {
  const [stories, articles] = await Promise.all([getCollection('stories'), getCollection('articles')]);
  // claims.yaml is not a collection entry; read it with the same validated reader.
  const overrides = new Map(readStories(contentRoot).map((s) => [s.storyId, s.overrides]));
  const inputs: StoryInput[] = stories.map((story) => ({
    id: story.id,
    title: story.data.title,
    summary: story.data.summary,
    ...(story.data.date ? { date: isoDay(story.data.date) } : {}),
    ...(overrides.get(story.id) ? { overrides: overrides.get(story.id) } : {}),
    articles: articles
      .filter((entry) => entry.id.startsWith(`${story.id}/`))
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((entry) => ({
        id: entry.id.slice(story.id.length + 1),
        language: entry.data.language,
        body: entry.body ?? '',
        ...(entry.data.title ? { title: entry.data.title } : {}),
        ...(entry.data.outlet ? { outlet: entry.data.outlet } : {}),
        ...(entry.data.url ? { url: entry.data.url } : {}),
        ...(entry.data.published ? { published: isoDay(entry.data.published) } : {}),
      })),
  }));
  const synsets = loadWordnet();
  return inputs
    .map((input) => processStory(input, { synsets }))
    .sort((a, b) => (b.story.date ?? '').localeCompare(a.story.date ?? '') || a.story.title.localeCompare(b.story.title));
}
