// Benchmarks for the pipeline and the site build. Run: npm run bench
// Each case runs in its own child process so its peak memory (max RSS) is its own.
// Results are written to docs/benchmarks.md with the machine and the date.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadWordnet } from '../src/data/loadWordnet.ts';
import { processStory } from '../src/lib/processStory.ts';
import { readArticles } from '../tests/support/evaluate.ts';
import { serve } from '../tests/e2e/support/serve.ts';
import { lighthouseScores } from '../tests/support/lighthouse.ts';
import { searchBenchmark } from './searchBench.ts';
import { deriveArticles } from './synthetic.ts';

const SEED = 'content/stories/rwanda-us-deportation-talks';
const self = resolve('bench/run.ts');

interface Result {
  label: string;
  ms: number;
  perUnitMs?: number;
  maxRssMb: number;
  note?: string;
}

/** Runs inside a child: one measured case. */
function runCase(kind: string, n: number): Result {
  const t0 = performance.now();
  const synsets = loadWordnet();
  const wordnetMs = performance.now() - t0;
  const seeds = readArticles(SEED);
  if (kind === 'align') {
    const articles = n === 5 ? seeds : deriveArticles(seeds, n);
    const input = { id: 's', title: 'T', summary: 'S', articles };
    processStory(input, { synsets }); // warm-up: JIT, caches
    const times: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const start = performance.now();
      processStory(input, { synsets });
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    return {
      label: `align one story of ${n} articles`,
      ms: times[2]!,
      maxRssMb: process.resourceUsage().maxRSS / 1024,
      note: `median of 5; WordNet load once per build: ${Math.round(wordnetMs)} ms`,
    };
  }
  // kind === 'stories': n stories of 5 derived articles each, whole pipeline.
  const stories = Array.from({ length: n }, (_, i) => ({
    id: `s${i}`,
    title: 'T',
    summary: 'S',
    articles: deriveArticles(seeds, 5, i + 1),
  }));
  processStory(stories[0]!, { synsets });
  const start = performance.now();
  for (const story of stories) processStory(story, { synsets });
  const ms = performance.now() - start;
  return { label: `whole pipeline, ${n} stories of 5 articles`, ms, perUnitMs: ms / n, maxRssMb: process.resourceUsage().maxRSS / 1024 };
}

function child(kind: string, n: number): Result {
  const out = execFileSync(process.execPath, [self, '--case', kind, String(n)], { encoding: 'utf8', maxBuffer: 1 << 26 });
  return JSON.parse(out.trim().split('\n').at(-1)!) as Result;
}

/** Writes `count` stories of 5 derived articles as content for a site build. */
function writeContent(dir: string, count: number) {
  rmSync(dir, { recursive: true, force: true });
  const seeds = readArticles(SEED);
  for (let i = 0; i < count; i += 1) {
    const folder = join(dir, `story-${String(i).padStart(3, '0')}`);
    mkdirSync(join(folder, 'articles'), { recursive: true });
    writeFileSync(
      join(folder, 'story.md'),
      `---\ntitle: Generated story ${i}\nsummary: Five articles derived from the seed story for benchmarking.\n---\n`,
    );
    for (const a of deriveArticles(seeds, 5, i + 1)) writeFileSync(join(folder, 'articles', `${a.id}.md`), `${a.body}\n`);
  }
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(dir, f));
}

function siteBuild(label: string, contentDir: string | undefined, outDir: string) {
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', OUT_DIR: outDir, ...(contentDir ? { CONTENT_DIR: contentDir } : {}) };
  const start = performance.now();
  const result = spawnSync(resolve('node_modules/.bin/astro'), ['build'], { env, encoding: 'utf8' });
  const ms = performance.now() - start;
  if (result.status !== 0) throw new Error(`${label}: astro build failed\n${result.stderr}`);
  const pages = htmlFiles(outDir).length;
  return { label, ms, pages, perSecond: pages / (ms / 1000) };
}

/** Gzipped bytes of each claim page's HTML plus the stylesheets it links. */
function claimPageSizes(outDir: string) {
  const sizes = htmlFiles(outDir)
    .filter((f) => /\/claims\/[^/]+\/index\.html$/.test(f))
    .map((file) => {
      const html = readFileSync(file, 'utf8');
      const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) =>
        readFileSync(join(outDir, m[1]!.replace(/^\//, ''))),
      );
      const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].length;
      return { bytes: gzipSync(Buffer.concat([Buffer.from(html), ...css])).length, scripts };
    })
    .sort((a, b) => a.bytes - b.bytes);
  return {
    count: sizes.length,
    median: sizes[Math.floor(sizes.length / 2)]!.bytes,
    max: sizes.at(-1)!.bytes,
    scripts: Math.max(...sizes.map((s) => s.scripts)),
  };
}

if (process.argv[2] === '--case') {
  console.log(JSON.stringify(runCase(process.argv[3]!, Number(process.argv[4]))));
} else {
  const rows: Result[] = [];
  for (const n of [5, 20, 50, 100]) rows.push(child('align', n));
  for (const n of [1, 100, 1000]) rows.push(child('stories', n));
  const builds = [siteBuild('seed story (1 story, 5 articles)', undefined, '.cache/bench-dist-seed')];
  writeContent('.cache/bench-content', 100);
  builds.push(siteBuild('100 generated stories of 5 articles', resolve('.cache/bench-content'), '.cache/bench-dist-100'));
  const claimSizes = claimPageSizes('.cache/bench-dist-seed');
  const server = await serve('.cache/bench-dist-seed', '/');
  const seedData = JSON.parse(readFileSync('.cache/bench-dist-seed/data/rwanda-us-deportation-talks.json', 'utf8')) as {
    claims: { url: string }[];
    articles: { page: string }[];
  };
  const lhPages = { home: '/', claim: seedData.claims[0]!.url, article: seedData.articles[0]!.page };
  const lhUrls = Object.values(lhPages).map((p) => new URL(p.slice(1), server.url).href);
  const lh = { mobile: await lighthouseScores(lhUrls, 'mobile'), desktop: await lighthouseScores(lhUrls, 'desktop') };
  await server.close();
  const searchLines = await searchBenchmark(resolve('.cache/bench-dist-seed'));
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const md = [
    '# Benchmarks',
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} with \`npm run bench\` on ${cpus().length} × ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}.`,
    "Each pipeline case runs in its own process; peak memory is that process's maximum resident set size.",
    'Larger stories are derived from the seed articles (bench/synthetic.ts): paragraphs dropped and shuffled per copy.',
    '',
    '## Alignment pipeline (segment, extract, align, describe)',
    '',
    '| case | time | per story | peak memory | note |',
    '| --- | ---: | ---: | ---: | --- |',
    ...rows.map(
      (r) =>
        `| ${r.label} | ${r.ms.toFixed(0)} ms | ${r.perUnitMs ? `${r.perUnitMs.toFixed(1)} ms` : ''} | ${r.maxRssMb.toFixed(0)} MB | ${r.note ?? ''} |`,
    ),
    '',
    'Targets: the seed story under 200 ms; a 100-article story under 5 s; cost linear in the number of stories (compare the per-story column).',
    '',
    '## Site build (`astro build`)',
    '',
    '| content | time | pages | pages per second |',
    '| --- | ---: | ---: | ---: |',
    ...builds.map((b) => `| ${b.label} | ${(b.ms / 1000).toFixed(1)} s | ${b.pages} | ${b.perSecond.toFixed(1)} |`),
    '',
    'Target: the 100-story build under 3 minutes on a 2-core machine.',
    '',
    '## Claim page weight (seed story)',
    '',
    `HTML plus its stylesheet, gzipped, over ${claimSizes.count} claim pages: median ${(claimSizes.median / 1024).toFixed(1)} KB, largest ${(claimSizes.max / 1024).toFixed(1)} KB. Script files a claim page loads, all progressive enhancement (search bootstrap, copy link): ${claimSizes.scripts}; reading it needs none (the browser tests read claim pages with JavaScript disabled). Target: under 30 KB, no JavaScript needed.`,
    '',
    '## Lighthouse (its stock mobile and desktop presets, system Chromium, local static server with gzip)',
    '',
    '| page | preset | performance | accessibility | best practices | SEO |',
    '| --- | --- | ---: | ---: | ---: | ---: |',
    ...(['mobile', 'desktop'] as const).flatMap((preset) =>
      Object.entries(lhPages).map(([name, p], i) => {
        const score = lh[preset][lhUrls[i]!]!;
        return `| ${name} (\`${p}\`) | ${preset} | ${score.performance} | ${score.accessibility} | ${score['best-practices']} | ${score.seo} |`;
      }),
    ),
    '',
    'The test suite fails under 95 in any category on either preset (tests/e2e/lighthouse.test.ts).',
    '',
    ...searchLines,
  ].join('\n');
  writeFileSync('docs/benchmarks.md', md);
  console.log(md);
  // The benchmark's own files are scratch output.
  for (const dir of ['.cache/bench-dist-seed', '.cache/bench-dist-100', '.cache/bench-content'])
    if (statSync(dir, { throwIfNoEntry: false })) rmSync(dir, { recursive: true, force: true });
}
