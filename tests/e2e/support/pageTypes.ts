import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './site.ts';

/** One page of each type of the built seed site, as paths relative to the site root. */
export function pageTypes(): Record<string, string> {
  const index = JSON.parse(readFileSync(join(DIST, 'data', 'index.json'), 'utf8')) as { stories: { id: string }[] };
  const story = index.stories[0]!.id;
  const data = JSON.parse(readFileSync(join(DIST, 'data', `${story}.json`), 'utf8')) as {
    articles: { id: string }[];
    claims: { id: string }[];
  };
  return {
    home: '',
    story: `stories/${story}/`,
    claim: `stories/${story}/claims/${data.claims[0]!.id}/`,
    article: `stories/${story}/articles/${data.articles[0]!.id}/`,
    search: 'search/?q=Rubio',
    about: 'about/',
    '404': '404.html',
  };
}
