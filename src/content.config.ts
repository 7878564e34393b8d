import { defineCollection } from 'astro:content';
import { storiesLoader } from './data/storiesLoader.ts';
import { articleSchema, storySchema } from './data/schemas.ts';
import { contentRoot } from './data/contentRoot.ts';

/** `content/stories/<story-id>/story.md`: one entry per story, id = folder name. */
const stories = defineCollection({ loader: storiesLoader({ base: contentRoot, kind: 'stories' }), schema: storySchema });

/** `content/stories/<story-id>/articles/<article-id>.md`: id = `<story-id>/<article-id>`. */
const articles = defineCollection({ loader: storiesLoader({ base: contentRoot, kind: 'articles' }), schema: articleSchema });

export const collections = { stories, articles };
