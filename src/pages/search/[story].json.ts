import type { APIRoute, GetStaticPaths } from 'astro';
import { getStories } from '../../data/getStories.ts';
import { searchIndexes } from '../../data/searchIndexes.ts';

export const getStaticPaths = (async () => (await getStories()).map((s) => ({ params: { story: s.story.id } }))) satisfies GetStaticPaths;

/** One story's sentence index, loaded by the browser only when needed. */
export const GET: APIRoute = async ({ params }) => {
  const { stories } = await searchIndexes();
  return new Response(JSON.stringify(stories.get(params.story!)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
