// Writes content/stories/<story>/claims.lock.yaml with every claim's current id and sentences,
// so that published claim URLs survive later edits to the story. Run: npm run claims:lock
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentRoot } from '../src/data/contentRoot.ts';
import { loadWordnet } from '../src/data/loadWordnet.ts';
import { readStories } from '../src/data/readStories.ts';
import { toStoryInput } from '../src/data/toStoryInput.ts';
import { lockText } from '../src/lib/align/lockText.ts';
import { processStory } from '../src/lib/processStory.ts';

const synsets = loadWordnet();
for (const folder of readStories(contentRoot)) {
  const input = toStoryInput(
    { id: folder.storyId, data: folder.data, body: folder.body },
    folder.articles.map((a) => ({ id: a.articleId, data: a.data, body: a.body })),
    { ...(folder.overrides ? { overrides: folder.overrides } : {}), ...(folder.lock ? { lock: folder.lock } : {}) },
  );
  const { claims, retired } = processStory(input, { synsets });
  const path = join(contentRoot, folder.storyId, 'claims.lock.yaml');
  writeFileSync(path, lockText(claims, retired));
  console.log(`${path}: ${claims.length} claims, ${retired.length} retired`);
}
