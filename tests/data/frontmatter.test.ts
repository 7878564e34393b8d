import { describe, expect, it } from 'vitest';
import { ContentError, decodeUtf8, parseFrontmatter } from '../../src/data/frontmatter.ts';
import { articleSchema, storySchema } from '../../src/data/schemas.ts';

const FILE = 'content/stories/demo/articles/one.md';
const doc = (yaml: string, body = 'Some text.') => `---\n${yaml}\n---\n\n${body}\n`;

describe('parseFrontmatter', () => {
  it('accepts an article with only a body and defaults language to en', () => {
    const { data, body } = parseFrontmatter('Just the article text.\n', articleSchema, FILE);
    expect(data.language).toBe('en');
    expect(body).toBe('Just the article text.\n');
  });

  it('parses every documented article field', () => {
    const { data } = parseFrontmatter(
      doc('title: "A headline"\noutlet: The Daily\nurl: https://example.com/a\npublished: 2025-05-06\nlanguage: fr'),
      articleSchema,
      FILE,
    );
    expect(data).toMatchObject({ title: 'A headline', outlet: 'The Daily', url: 'https://example.com/a', language: 'fr' });
    expect(data.published?.toISOString().slice(0, 10)).toBe('2025-05-06');
  });

  it('names the file and the field when a date is not a date', () => {
    expect(() => parseFrontmatter(doc('published: last Tuesday'), articleSchema, FILE)).toThrow(
      /content\/stories\/demo\/articles\/one\.md: front matter field "published" must be a date like 2025-05-06/,
    );
  });

  it('rejects an impossible calendar date', () => {
    expect(() => parseFrontmatter(doc('published: 2025-02-31'), articleSchema, FILE)).toThrow(/"published"/);
  });

  it('names a missing required story field', () => {
    expect(() => parseFrontmatter(doc('title: Only a title'), storySchema, 'content/stories/demo/story.md')).toThrow(
      'content/stories/demo/story.md: front matter field "summary" is required but missing. Fix the value and build again.',
    );
  });

  it('rejects a url that is not http(s)', () => {
    expect(() => parseFrontmatter(doc('url: "javascript:alert(1)"'), articleSchema, FILE)).toThrow(
      /field "url" must be a full http\(s\) address/,
    );
  });

  it('rejects a misspelled field of story.md instead of ignoring it', () => {
    expect(() => parseFrontmatter(doc('title: T\nsummary: S\ntitel: X'), storySchema, FILE)).toThrow(/field "titel" is not a known field/);
  });

  it('lets an article carry fields the site does not use, and names them so the build can warn', () => {
    const parsed = parseFrontmatter(doc('outlett: The Daily\ntags: [politics]\nauthor: Jane Doe'), articleSchema, FILE);
    expect(parsed.unknownFields).toEqual(['outlett', 'tags']);
    expect(parsed.data).toEqual({ author: ['Jane Doe'], language: 'en' });
  });

  it('rejects a field of the wrong type', () => {
    expect(() => parseFrontmatter(doc('title: [a, b]'), articleSchema, FILE)).toThrow(/field "title" must be a string, not a list/);
  });

  it('reports malformed YAML with the file name', () => {
    expect(() => parseFrontmatter(doc('title: "unterminated'), articleSchema, FILE)).toThrow(
      new RegExp(`^${FILE.replace(/[./]/g, '\\$&')} has front matter that is not valid YAML`),
    );
  });

  it('reports an unclosed front matter block', () => {
    expect(() => parseFrontmatter('---\ntitle: x\n\nBody', articleSchema, FILE)).toThrow(ContentError);
    expect(() => parseFrontmatter('---\ntitle: x\n\nBody', articleSchema, FILE)).toThrow(/never closes it/);
  });
});

describe('decodeUtf8', () => {
  it('decodes valid UTF-8 including curly quotes', () => {
    expect(decodeUtf8(new TextEncoder().encode('“Still in the early stages.”'), FILE)).toBe('“Still in the early stages.”');
  });

  it('rejects Latin-1 bytes and points at the first bad byte', () => {
    const bytes = Uint8Array.from([0x41, 0x42, 0xe9, 0x43]); // "ABéC" in Latin-1
    expect(() => decodeUtf8(bytes, FILE)).toThrow(
      `${FILE} is not valid UTF-8 (first bad byte at offset 2). Re-save the file as UTF-8 and build again.`,
    );
  });
});
