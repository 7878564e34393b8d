/** Joins the configured base (e.g. `/` or `/repo/`) with a site path; every internal link goes through here. */
export function withBase(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/+$/, '');
  const clean = path.replace(/^\/+/, '');
  return `${base}/${clean}`;
}

/** Site paths of each page type, so that URLs are defined in one place. */
export const paths = {
  home: () => withBase(''),
  story: (story: string) => withBase(`stories/${story}/`),
  article: (story: string, article: string) => withBase(`stories/${story}/articles/${article}/`),
  sentence: (story: string, article: string, anchor: string) => withBase(`stories/${story}/articles/${article}/#${anchor}`),
  claim: (story: string, claim: string) => withBase(`stories/${story}/claims/${claim}/`),
  data: (story: string) => withBase(`data/${story}.json`),
  search: () => withBase('search/'),
  about: () => withBase('about/'),
  dataIndex: () => withBase('data/index.json'),
  asset: (file: string) => withBase(file),
};
