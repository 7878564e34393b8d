import type { APIRoute, GetStaticPaths } from 'astro';
import { exportStory } from '../../data/exportStory.ts';
import { getStories } from '../../data/getStories.ts';
import type { AlignedStory } from '../../lib/types.ts';

export const getStaticPaths = (async () =>
  (await getStories()).map((aligned) => ({ params: { story: aligned.story.id }, props: { aligned } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ aligned: AlignedStory }> = ({ props }) =>
  new Response(`${JSON.stringify(exportStory(props.aligned), null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
