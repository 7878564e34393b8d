import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, DIST, HOSTILE_CONTENT } from '../e2e/support/site.ts';

function digest(dir: string): Map<string, string> {
  return new Map(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => !f.endsWith('/') && !readdirSync(dir, { withFileTypes: true }).some((d) => d.name === f && d.isDirectory()))
      .sort()
      .flatMap((f) => {
        try {
          return [
            [
              f,
              createHash('sha256')
                .update(readFileSync(join(dir, f)))
                .digest('hex'),
            ] as const,
          ];
        } catch {
          return []; // a directory
        }
      }),
  );
}

describe('builds', () => {
  it('are byte-identical for the same content', () => {
    const a = resolve('.cache/det-a');
    const b = resolve('.cache/det-b');
    expect(build({ OUT_DIR: a }).status).toBe(0);
    expect(build({ OUT_DIR: b }).status).toBe(0);
    const first = digest(a);
    expect(first.size).toBeGreaterThan(20);
    expect([...digest(b)]).toEqual([...first]);
  });

  it('keep every claim URL and sentence anchor when a story and an article are added', () => {
    const content = join(mkdtempSync(join(tmpdir(), 'grown-')), 'stories');
    cpSync('content/stories', content, { recursive: true });
    cpSync(HOSTILE_CONTENT, content, { recursive: true }); // a whole new story
    writeFileSync(
      join(content, 'rwanda-us-deportation-talks', 'articles', '005_added_later.md'),
      'Rwanda has confirmed that it is in talks with the United States about receiving deported migrants.\n\nForeign Minister Olivier Nduhungirehe said the talks were at an early stage.\n',
    );
    const out = resolve('.cache/dist-grown');
    const result = build({ CONTENT_DIR: content, OUT_DIR: out });
    expect(result.status, result.output).toBe(0);
    const before = JSON.parse(readFileSync(join(DIST, 'data', 'rwanda-us-deportation-talks.json'), 'utf8')) as {
      claims: { url: string; mentions: { url: string }[] }[];
    };
    for (const claim of before.claims) {
      expect(() => readFileSync(join(out, claim.url, 'index.html')), claim.url).not.toThrow();
      for (const m of claim.mentions) {
        const [page, anchor] = m.url.split('#') as [string, string];
        expect(readFileSync(join(out, page, 'index.html'), 'utf8')).toContain(`id="${anchor}"`);
      }
    }
    // Claims the new article regrouped answer at their old URL with links to where their sentences went.
    const after = JSON.parse(readFileSync(join(out, 'data', 'rwanda-us-deportation-talks.json'), 'utf8')) as {
      retired: { url: string; successors: string[] }[];
    };
    for (const retired of after.retired) {
      const html = readFileSync(join(out, retired.url, 'index.html'), 'utf8');
      for (const successor of retired.successors) expect(html).toContain(`href="${successor}"`);
    }
  });
});
