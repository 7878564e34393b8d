import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** Where `npm test` builds the site, and the base-path variant the tests build themselves. */
export const DIST = resolve('dist');
export const BASE_PATH = '/news-compare/';
export const DIST_WITH_BASE = resolve('.cache/dist-base');
/** A site built from hostile fixture articles (scripts, handlers, javascript: links). */
export const HOSTILE_CONTENT = resolve('tests/fixtures/sites/hostile/stories');
export const DIST_HOSTILE = resolve('.cache/dist-hostile');

/** Runs `astro build` with extra environment; returns its exit status and combined output. */
export function build(env: Record<string, string>): { status: number | null; output: string } {
  // Vitest sets BASE_URL, MODE, NODE_ENV=test and friends in process.env; a child Astro build
  // would pick them up (BASE_URL overrides the configured base), so start from a clean copy.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/.test(key)),
  );
  const result = spawnSync(resolve('node_modules/.bin/astro'), ['build'], {
    env: { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
    timeout: 240_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Builds `dist/` unless it is already there (npm test builds it before this project runs). */
export function ensureBuilt(): void {
  if (existsSync(resolve(DIST, 'index.html'))) return;
  const { status, output } = build({});
  if (status !== 0) throw new Error(`astro build failed:\n${output}`);
}
