import type { APIRoute } from 'astro';
import { getStories } from '../../data/getStories.ts';
import { paths } from '../../data/paths.ts';

export const GET: APIRoute = async () => {
  const stories = (await getStories()).map(({ story, articles, claims }) => ({
    id: story.id,
    title: story.title,
    summary: story.summary,
    date: story.date ?? null,
    articles: articles.length,
    claims: claims.length,
    page: paths.story(story.id),
    data: paths.data(story.id),
  }));
  return new Response(`${JSON.stringify({ stories }, null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
