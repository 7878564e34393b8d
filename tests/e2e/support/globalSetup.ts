import type { TestProject } from 'vitest/node';
import { serve } from './serve.ts';
import { BASE_PATH, build, DIST, DIST_WITH_BASE, ensureBuilt } from './site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Root URL of `dist/` served at `/`. */
    siteUrl: string;
    /** Root URL of the base-path build served at BASE_PATH. */
    baseSiteUrl: string;
  }
}

/** Builds both variants of the site and serves them for the whole `site` project. */
export default async function setup(project: TestProject) {
  ensureBuilt();
  const built = build({ BASE_PATH, OUT_DIR: DIST_WITH_BASE });
  if (built.status !== 0) throw new Error(`astro build with BASE_PATH=${BASE_PATH} failed:\n${built.output}`);
  const root = await serve(DIST, '/');
  const based = await serve(DIST_WITH_BASE, BASE_PATH);
  project.provide('siteUrl', root.url);
  project.provide('baseSiteUrl', based.url);
  return async () => {
    await root.close();
    await based.close();
  };
}
