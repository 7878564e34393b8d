import type { TestProject } from 'vitest/node';
import { serve } from './serve.ts';
import { BASE_PATH, build, DIST, DIST_HOSTILE, DIST_WITH_BASE, ensureBuilt, HOSTILE_CONTENT } from './site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Root URL of `dist/` served at `/`. */
    siteUrl: string;
    /** Root URL of the base-path build served at BASE_PATH. */
    baseSiteUrl: string;
    /** Root URL of the site built from hostile fixture content. */
    hostileSiteUrl: string;
  }
}

/** Builds both variants of the site and serves them for the whole `site` project. */
export default async function setup(project: TestProject) {
  ensureBuilt();
  const built = build({ BASE_PATH, OUT_DIR: DIST_WITH_BASE });
  if (built.status !== 0) throw new Error(`astro build with BASE_PATH=${BASE_PATH} failed:\n${built.output}`);
  const hostile = build({ CONTENT_DIR: HOSTILE_CONTENT, OUT_DIR: DIST_HOSTILE });
  if (hostile.status !== 0) throw new Error(`astro build of the hostile fixture failed:\n${hostile.output}`);
  const servers = [await serve(DIST, '/'), await serve(DIST_WITH_BASE, BASE_PATH), await serve(DIST_HOSTILE, '/')] as const;
  project.provide('siteUrl', servers[0].url);
  project.provide('baseSiteUrl', servers[1].url);
  project.provide('hostileSiteUrl', servers[2].url);
  return async () => {
    for (const server of servers) await server.close();
  };
}
