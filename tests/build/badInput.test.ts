import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../e2e/support/site.ts';
import { findAll, hasClass, readHtml, text } from '../support/html.ts';

/** Builds the site from a throw-away content folder; returns the outcome and the output folder. */
function buildWith(files: Record<string, string | Uint8Array>) {
  const root = mkdtempSync(join(tmpdir(), 'bad-content-'));
  const content = join(root, 'stories');
  for (const [path, data] of Object.entries(files)) {
    mkdirSync(join(content, path, '..'), { recursive: true });
    writeFileSync(join(content, path), data);
  }
  const outDir = join(root, 'dist');
  return { ...build({ CONTENT_DIR: content, OUT_DIR: outDir }), outDir };
}

const STORY = '---\ntitle: A story\nsummary: Something happened.\n---\n';
const GOOD = 'The minister spoke on Sunday.\n';

// One real `astro build` per kind of bad input: proves the loader's errors reach the editor
// through Astro, and that the build stops before writing any page.
describe('astro build with bad content', () => {
  it.each([
    [
      'a date that is not a date',
      { 's/story.md': STORY, 's/articles/a.md': `---\npublished: someday\n---\n${GOOD}` },
      /s\/articles\/a\.md: front matter field "published" must be a date/,
    ],
    [
      'a missing required field',
      { 's/story.md': '---\ntitle: Only title\n---\n', 's/articles/a.md': GOOD },
      /s\/story\.md: front matter field "summary" is required but missing/,
    ],
    [
      'malformed front matter',
      { 's/story.md': STORY, 's/articles/a.md': `---\ntitle: [unclosed\n---\n${GOOD}` },
      /s\/articles\/a\.md has front matter that is not valid YAML/,
    ],
    ['an empty article', { 's/story.md': STORY, 's/articles/a.md': '---\ntitle: Empty\n---\n' }, /s\/articles\/a\.md has no article text/],
    [
      'a story folder with no articles',
      { 's/story.md': STORY },
      /has no articles\. Add at least one Markdown \(\.md\) or plain-text \(\.txt\) file/,
    ],
    [
      'a file that is not UTF-8',
      { 's/story.md': STORY, 's/articles/a.md': Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x0a]) },
      /s\/articles\/a\.md is not valid UTF-8/,
    ],
  ] as const)('stops on %s with a message naming the file, publishing nothing', (_name, files, message) => {
    const result = buildWith(files);
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(message);
    expect(existsSync(join(result.outDir, 'index.html'))).toBe(false);
  });
});

describe('astro build with plain-text articles', () => {
  it('shows every line of a .txt article as one paragraph, verbatim, Markdown-like characters included', () => {
    const lines = [
      'Council backs harbour bridge',
      'The city council approved the new harbour bridge on Monday by 7-2.',
      '# This line starts with a hash, * stars *, and <b>angle brackets</b> & an &amp; entity.',
      '1. A numbered-looking line stays text.',
    ];
    const result = buildWith({
      's/story.md': STORY,
      's/articles/a.txt': `${lines.join('\n')}\n\n`,
      's/articles/b.md': 'The city council approved the harbour bridge on Monday.\n',
    });
    expect(result.status, result.output).toBe(0);
    const page = readHtml(join(result.outDir, 'stories', 's', 'articles', 'a', 'index.html'));
    const shown = findAll(page, (el) => el.tagName === 'p' && /^p\d+$/.test(String(el.properties.id ?? ''))).map((p) =>
      findAll(p, (el) => hasClass(el, 'sentence'))
        .map(text)
        .join(' '),
    );
    expect(shown).toEqual(lines);
  });
});

describe('astro build with a bare folder of articles', () => {
  it('builds a story dropped in as plain-text files, without story.md or articles/, and tells the editor', () => {
    const result = buildWith({
      'port-strike/a.txt': 'Dockworkers walked out on Monday over pay.\nThe union wants a 10% rise.\n',
      'port-strike/b.txt': 'Dockworkers went on strike on Monday, demanding a 10% pay rise.\n',
    });
    expect(result.status, result.output).toBe(0);
    expect(result.output).toMatch(/port-strike has no story\.md, so the story is titled “Port strike” after its folder/);
    const home = readHtml(join(result.outDir, 'index.html'));
    expect(findAll(home, (el) => el.tagName === 'h2').map(text)).toContain('Port strike');
    expect(existsSync(join(result.outDir, 'stories', 'port-strike', 'articles', 'a', 'index.html'))).toBe(true);
    const data = JSON.parse(readFileSync(join(result.outDir, 'data', 'port-strike.json'), 'utf8')) as { claims: unknown[] };
    expect(data.claims.length).toBeGreaterThan(0);
  });
});

describe('astro build with article metadata from elsewhere', () => {
  it('shows the author, drops fields the site does not use and warns about them', () => {
    const result = buildWith({
      's/story.md': STORY,
      's/articles/a.md': `---\nauthor: [Jane Doe, John Roe]\ntags: [politics]\n---\n${GOOD}`,
      's/articles/b.md': GOOD,
    });
    expect(result.status, result.output).toBe(0);
    expect(result.output).toMatch(/s\/articles\/a\.md: front matter field "tags" is not used/);
    const page = readHtml(join(result.outDir, 'stories', 's', 'articles', 'a', 'index.html'));
    expect(text(findAll(page, (el) => el.tagName === 'p' && hasClass(el, 'meta'))[0]!)).toMatch(/^By Jane Doe and John Roe · /);
    const data = JSON.parse(readFileSync(join(result.outDir, 'data', 's.json'), 'utf8')) as {
      articles: { id: string; author: string[] }[];
    };
    expect(data.articles.map((a) => [a.id, a.author])).toEqual([
      ['a', ['Jane Doe', 'John Roe']],
      ['b', []],
    ]);
  });
});
