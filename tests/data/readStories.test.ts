import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readStories } from '../../src/data/readStories.ts';

/** Writes a content tree `{ 'story/story.md': '...' }` into a fresh folder. */
function tree(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(join(tmpdir(), 'stories-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

const STORY = '---\ntitle: T\nsummary: S\n---\n';

describe('readStories', () => {
  it('reads stories in folder order with their articles in file order', () => {
    const root = tree({
      'b/story.md': STORY,
      'b/articles/2.md': 'Second.',
      'b/articles/1.md': 'First.',
      'a/story.md': STORY,
      'a/articles/x.md': 'X.',
    });
    const stories = readStories(root, root);
    expect(stories.map((s) => s.storyId)).toEqual(['a', 'b']);
    expect(stories[1]!.articles.map((a) => a.articleId)).toEqual(['1', '2']);
    expect(stories[1]!.articles[0]!.file).toBe('b/articles/1.md');
  });

  it('reads a .txt article as plain text, one paragraph per line, with default metadata', () => {
    const root = tree({ 's/story.md': STORY, 's/articles/wire.txt': '# Not a heading\r\nSecond line.\n\n' });
    const [article] = readStories(root, root)[0]!.articles;
    expect(article!.articleId).toBe('wire');
    expect(article!.data).toEqual({ language: 'en' });
    expect(article!.body).toBe('\\# Not a heading\n\nSecond line.\n');
  });

  it('makes each line a paragraph of a Markdown article pasted without blank lines, but not of a hard-wrapped one', () => {
    const root = tree({
      's/story.md': STORY,
      's/articles/pasted.md': '---\ntitle: T\n---\nHeadline Line\nFirst paragraph.\nSecond *paragraph*.\n',
      's/articles/wrapped.md': 'One paragraph\nwrapped over two lines.\n\nAnother.\n',
      's/articles/xhard.md': 'A single paragraph that an editor\nwrapped by hand at a narrow width\nin the middle of sentences.\n',
    });
    const [pasted, wrapped, hard] = readStories(root, root)[0]!.articles;
    expect(pasted!.body).toBe('Headline Line\n\nFirst paragraph.\n\nSecond *paragraph*.\n');
    expect(wrapped!.body).toBe('One paragraph\nwrapped over two lines.\n\nAnother.\n');
    expect(hard!.body).toBe('A single paragraph that an editor\nwrapped by hand at a narrow width\nin the middle of sentences.\n');
  });

  it('stops on one article id given as both .md and .txt, naming both files', () => {
    const root = tree({ 's/story.md': STORY, 's/articles/a.md': 'One.', 's/articles/a.txt': 'Two.' });
    expect(() => readStories(root, root)).toThrow('s/articles/a.md and s/articles/a.txt are one article id in two formats.');
  });

  it('stops on a story folder with no articles, naming the folder', () => {
    const root = tree({ 'lonely/story.md': STORY });
    expect(() => readStories(root, root)).toThrow(
      'lonely has no articles. Add at least one Markdown (.md) or plain-text (.txt) file under lonely/articles/, or remove the story folder.',
    );
  });

  it('stops on an article with an empty body', () => {
    const root = tree({ 's/story.md': STORY, 's/articles/empty.md': '---\ntitle: Nothing here\n---\n\n   \n' });
    expect(() => readStories(root, root)).toThrow(/^s\/articles\/empty\.md has no article text/);
  });

  it('stops on a file that is not UTF-8', () => {
    const root = tree({ 's/story.md': STORY, 's/articles/latin1.md': Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x2e]) });
    expect(() => readStories(root, root)).toThrow(/^s\/articles\/latin1\.md is not valid UTF-8/);
  });

  it('builds a story without story.md, titled after its folder, and warns the editor', () => {
    const root = tree({ 'veltra-data-breach/articles/a.md': 'Text.', 'veltra-data-breach/articles/b.txt': 'More text.' });
    const [story] = readStories(root, root);
    expect(story!.data).toMatchObject({ title: 'Veltra data breach', summary: '2 reports of the same story, compared claim by claim.' });
    expect(story!.warnings).toEqual([
      expect.stringMatching(/^veltra-data-breach has no story\.md, so the story is titled “Veltra data breach”/),
    ]);
    expect(readStories(tree({ 's/story.md': STORY, 's/articles/a.md': 'Text.' }), root)[0]!.warnings).toEqual([]);
  });

  it('reads articles placed directly in the story folder when it has no articles/ folder', () => {
    const root = tree({ 's/story.md': STORY, 's/a.md': 'Text.', 's/b.txt': 'More.', 's/claims.yaml': 'claims: {}\n' });
    const [story] = readStories(root, root);
    expect(story!.articles.map((a) => [a.articleId, a.file])).toEqual([
      ['a', 's/a.md'],
      ['b', 's/b.txt'],
    ]);
    expect(story!.overrides?.file).toBe('s/claims.yaml');
  });

  it('reads the field names other tools use for an article’s date, authors and publisher', () => {
    const root = tree({
      's/story.md': STORY,
      's/articles/a.md': '---\ndate: 2025-05-06\nauthors: [Jane Doe]\npublisher: The Daily\n---\nText.',
      's/articles/b.md': '---\npublished: 2025-05-07\ndate: 2025-01-01\n---\nText.',
    });
    const [story] = readStories(root, root);
    expect(story!.articles[0]!.data).toMatchObject({ published: new Date('2025-05-06'), author: ['Jane Doe'], outlet: 'The Daily' });
    // The site's own field name wins over another tool's.
    expect(story!.articles[1]!.data.published).toEqual(new Date('2025-05-07'));
    expect(story!.warnings).toEqual([]);
  });

  it('warns about an article file left beside story.md when the story has an articles/ folder', () => {
    const root = tree({ 's/story.md': STORY, 's/articles/a.md': 'Text.', 's/notes.md': 'Not an article.' });
    const [story] = readStories(root, root);
    expect(story!.articles.map((a) => a.articleId)).toEqual(['a']);
    expect(story!.warnings).toEqual([expect.stringMatching(/^s\/notes\.md is outside the story's articles\/ folder, so it is not read/)]);
  });

  it('publishes a file or folder whose name cannot be a URL under its slug, and says so', () => {
    const root = tree({ 'Port strike/story.md': STORY, 'Port strike/articles/bbc.com.md': 'Text.', 'Port strike/articles/a.txt': 'More.' });
    const [story] = readStories(root, root);
    expect(story!.storyId).toBe('port-strike');
    expect(story!.articles.map((a) => a.articleId)).toEqual(['a', 'bbc-com']);
    expect(story!.warnings).toEqual([
      expect.stringMatching(/^Port strike is published as "port-strike"/),
      expect.stringMatching(/^Port strike\/articles\/bbc\.com\.md is published as "bbc-com"/),
    ]);
  });

  it('stops on two names that would be published under one id, naming both', () => {
    const root = tree({ 's/story.md': STORY, 's/articles/bbc.com.md': 'Text.', 's/articles/bbc-com.md': 'Text.' });
    expect(() => readStories(root, root)).toThrow(
      /s\/articles\/bbc-com\.md and s\/articles\/bbc\.com\.md would both be published as "bbc-com"/,
    );
    expect(() => readStories(tree({ 's/story.md': STORY, 's/articles/!!!.md': 'Text.' }), root)).toThrow(
      /!!!\.md: the file or folder name can only use letters/,
    );
  });

  it('keeps claims.yaml text for the pipeline to validate', () => {
    const root = tree({ 's/story.md': STORY, 's/articles/a.md': 'Text.', 's/claims.yaml': 'claims: []\n' });
    expect(readStories(root, root)[0]!.overrides).toEqual({ file: 's/claims.yaml', text: 'claims: []\n' });
  });
});
