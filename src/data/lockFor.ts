import { lockText } from '../lib/align/lockText.ts';
import { processStory } from '../lib/processStory.ts';
import type { SynsetLookup } from '../lib/types.ts';
import type { StoryFolder } from './readStories.ts';
import { toStoryInput } from './toStoryInput.ts';

/** The `claims.lock.yaml` text a story folder should have now: its claims and retired ids, read through its current lock. */
export function lockFor(folder: StoryFolder, synsets: SynsetLookup): { text: string; claims: number; retired: number } {
  const input = toStoryInput(
    { id: folder.storyId, data: folder.data, body: folder.body },
    folder.articles.map((a) => ({ id: a.articleId, data: a.data, body: a.body })),
    { ...(folder.overrides ? { overrides: folder.overrides } : {}), ...(folder.lock ? { lock: folder.lock } : {}) },
  );
  const { claims, retired } = processStory(input, { synsets });
  return { text: lockText(claims, retired), claims: claims.length, retired: retired.length };
}
