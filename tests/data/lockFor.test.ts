import { describe, expect, it } from 'vitest';
import { contentRoot } from '../../src/data/contentRoot.ts';
import { loadWordnet } from '../../src/data/loadWordnet.ts';
import { lockFor } from '../../src/data/lockFor.ts';
import { readStories } from '../../src/data/readStories.ts';

describe('claims.lock.yaml in the content tree', () => {
  // A lock file that lags behind its story leaves new claims unpinned: their URLs could move
  // with the next edit. Stories without a lock file have published nothing yet.
  it.each(readStories(contentRoot).filter((f) => f.lock))(
    'is up to date for $storyId (else run npm run claims:lock and commit it)',
    (folder) => {
      expect(lockFor(folder, loadWordnet()).text).toBe(folder.lock!.text);
    },
  );
});
