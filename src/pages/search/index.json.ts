import type { APIRoute } from 'astro';
import { getStories } from '../../data/getStories.ts';
import { paths } from '../../data/paths.ts';
import { searchIndexes } from '../../data/searchIndexes.ts';

/** Site-wide search file: every claim, the Fuse index, and where each story's sentence index is. */
export const GET: APIRoute = async () => {
  const { site, stories: files } = await searchIndexes();
  // `bytes` lets the browser decide whether loading every story's sentences is affordable.
  const stories = (await getStories()).map((s) => ({
    id: s.story.id,
    sentences: paths.asset(`search/${s.story.id}.json`),
    bytes: JSON.stringify(files.get(s.story.id)).length,
  }));
  return new Response(JSON.stringify({ ...site, stories }), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
