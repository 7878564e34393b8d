import type { Loader } from 'astro/loaders';
import { readStories } from './readStories.ts';

/** Options of {@link storiesLoader}. */
export interface StoriesLoaderOptions {
  /** Folder holding one sub-folder per story. Default: `content/stories`. */
  base?: string;
  /** Which entries this collection holds: the stories, or all their articles. */
  kind: 'stories' | 'articles';
}

/**
 * Loads stories or articles from `content/stories/<story-id>/`. A custom loader rather than
 * Astro's `glob()`: it must reject what `glob()` accepts silently (non-UTF-8 bytes, empty
 * articles, story folders without articles) with messages naming the file and the fix.
 */
export function storiesLoader({ base = 'content/stories', kind }: StoriesLoaderOptions): Loader {
  return {
    name: `stories-loader:${kind}`,
    load: async ({ store, parseData, generateDigest, watcher, config, logger }) => {
      const root = new URL(base.endsWith('/') ? base : `${base}/`, config.root);
      const sync = async () => {
        const stories = readStories(decodeURIComponent(root.pathname), decodeURIComponent(config.root.pathname));
        store.clear();
        // Both collections read every story; the stories one speaks for them.
        if (kind === 'stories') for (const warning of stories.flatMap((s) => s.warnings)) logger.warn(warning);
        for (const story of stories) {
          const entries =
            kind === 'stories'
              ? [{ id: story.storyId, data: story.data, body: story.body, filePath: story.file }]
              : story.articles.map((a) => ({
                  id: `${a.storyId}/${a.articleId}`,
                  data: a.data,
                  body: a.body,
                  filePath: a.file,
                }));
          for (const entry of entries) {
            const data = await parseData({ id: entry.id, data: { ...entry.data }, filePath: entry.filePath });
            store.set({ ...entry, data, digest: generateDigest({ data: entry.data, body: entry.body }) });
          }
        }
      };
      await sync();
      watcher?.add(decodeURIComponent(root.pathname));
      watcher?.on('all', (_event, path) => {
        if (path.startsWith(decodeURIComponent(root.pathname))) void sync();
      });
    },
  };
}
