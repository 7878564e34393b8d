import { getCollection } from 'astro:content';
import { processStory } from '../lib/processStory.ts';
import type { AlignedStory } from '../lib/types.ts';
import { contentRoot } from './contentRoot.ts';
import { loadWordnet } from './loadWordnet.ts';
import { readStories } from './readStories.ts';
import { toStoryInput } from './toStoryInput.ts';

let cache: Promise<AlignedStory[]> | undefined;

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
  // claims.yaml and claims.lock.yaml are not collection entries; the same validated reader has them.
  const files = new Map(readStories(contentRoot).map((s) => [s.storyId, { overrides: s.overrides, lock: s.lock }]));
  const synsets = loadWordnet();
  return stories
    .map((story) => {
      const own = articles
        .filter((entry) => entry.id.startsWith(`${story.id}/`))
        .map((entry) => ({ id: entry.id.slice(story.id.length + 1), data: entry.data, body: entry.body ?? '' }));
      const { overrides, lock } = files.get(story.id) ?? {};
      return processStory(toStoryInput(story, own, { ...(overrides ? { overrides } : {}), ...(lock ? { lock } : {}) }), { synsets });
    })
    .sort((a, b) => (b.story.date ?? '').localeCompare(a.story.date ?? '') || a.story.title.localeCompare(b.story.title));
}
