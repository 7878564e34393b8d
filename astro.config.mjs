// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';

/**
 * `SITE_URL` and `BASE_PATH` let one build serve at `/` locally and at `/<repo>/` on GitHub
 * Pages. Default site is a placeholder: canonical URLs only become real once it is set.
 */
const site = process.env.SITE_URL || 'https://example.org';
const rawBase = process.env.BASE_PATH || '/';
const base = `/${rawBase.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

// Markdown: articles are not rendered by Astro's Markdown processor at all. The build-time
// pipeline (src/lib/segment) runs remark + rehype itself, because the sentence ids it assigns
// for alignment must be exactly the anchors the article page renders; rendering the same
// Markdown twice through two processors could split sentences differently.
export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR || './dist',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [sitemap()],
  devToolbar: { enabled: false },
  // Never inline scripts: the Content-Security-Policy allows only the site's own script files.
  vite: { build: { assetsInlineLimit: 0 } },
});
