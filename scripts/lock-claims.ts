// Writes content/stories/<story>/claims.lock.yaml with every claim's current id and sentences,
// so that published claim URLs survive later edits to the story. Run: npm run claims:lock
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentRoot } from '../src/data/contentRoot.ts';
import { loadWordnet } from '../src/data/loadWordnet.ts';
import { lockFor } from '../src/data/lockFor.ts';
import { readStories } from '../src/data/readStories.ts';

const synsets = loadWordnet();
for (const folder of readStories(contentRoot)) {
  const { text, claims, retired } = lockFor(folder, synsets);
  const path = join(contentRoot, folder.storyId, 'claims.lock.yaml');
  writeFileSync(path, text);
  console.log(`${path}: ${claims} claims, ${retired} retired`);
}
