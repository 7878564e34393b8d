import type { Root } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';

/**
 * Turns a plain-text article (one paragraph per line, as articles are often copied from a
 * page or a wire feed) into Markdown whose paragraphs read exactly as the lines: every
 * character Markdown would take as syntax (`#`, `*`, `1.`, `<b>`, `&amp;`) is escaped by
 * mdast-util-to-markdown, so the text shown on the site stays verbatim.
 */
export function plainTextToMarkdown(text: string): string {
  const lines = text
    .split(/\r?\n|\r/)
    .map((line) => line.trim())
    .filter(Boolean);
  const tree: Root = { type: 'root', children: lines.map((line) => ({ type: 'paragraph', children: [{ type: 'text', value: line }] })) };
  return toMarkdown(tree);
}
