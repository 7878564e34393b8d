import type { APIRoute } from 'astro';
import { paths } from '../data/paths.ts';

/** robots.txt pointing crawlers at the sitemap (its address depends on SITE_URL and BASE_PATH). */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(paths.asset('sitemap-index.xml'), site).href}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
