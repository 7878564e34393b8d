import { loadWordnet } from '../../src/data/loadWordnet.ts';
import { processStory } from '../../src/lib/processStory.ts';
import type { ArticleInput, StoryInput } from '../../src/lib/types.ts';
import { readArticles } from './evaluate.ts';

/** The seed story's folder. */
export const SEED = 'content/stories/rwanda-us-deportation-talks';

/** The seed story's articles as pipeline input. */
export function seedArticles(): ArticleInput[] {
  return readArticles(SEED);
}

/** Runs the full pipeline (with WordNet, as the build does) on a story made of `articles`. */
export function runStory(articles: ArticleInput[], extra: Partial<StoryInput> = {}) {
  return processStory({ id: 'seed', title: 'Seed', summary: 'Seed story', articles, ...extra }, { synsets: loadWordnet() });
}

/** Short article ids: `000_62748baa91cba768` -> `000`. */
export const short = (id: string) => id.split('_')[0]!;
