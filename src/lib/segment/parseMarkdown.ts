import type { Element, Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { TextBlock } from '../types.ts';

/** Block elements whose text is one paragraph of the article. */
const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'figcaption', 'td', 'th', 'dt', 'dd', 'pre']);
/** Between a table row's cells in its one line of text. */
export const CELL_SEPARATOR = ' · ';

// Editors paste from the web, so raw HTML (script, event handlers, javascript: links) is parsed
// (rehype-raw) and then sanitised (rehype-sanitize, GitHub's schema) before any text is taken.
// GitHub-flavoured Markdown, so a table of results is a table and not a line of pipes.
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(rehypeSanitize);

/** Parses an article's Markdown into its text blocks, in reading order, sanitised. */
export function parseMarkdown(markdown: string): TextBlock[] {
  const tree = dropFootnoteMarks(processor.runSync(processor.parse(markdown)) as Root);
  const blocks: TextBlock[] = [];
  let picture = false;
  const visit = (node: Root | RootContent, quoted = false) => {
    // A table row reads as one line ("Unity Party · 52 seats"); a row of header cells labels
    // the columns (tag `th`), a row of data cells reports (tag `tr`).
    if (node.type === 'element' && node.tagName === 'tr') {
      const cells = node.children.filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'));
      const text = cells
        .map((c) => toString(c).replace(/\s+/g, ' ').trim())
        .filter(Boolean)
        .join(CELL_SEPARATOR);
      if (text) blocks.push({ tag: cells.every((c) => c.tagName === 'th') ? 'th' : 'tr', text });
      return;
    }
    if (node.type === 'element' && BLOCKS.has(node.tagName) && !containsBlock(node)) {
      const text = toString(node).replace(/\s+/g, ' ').trim();
      if (text) {
        blocks.push({
          // A paragraph of a block quotation (an embedded post, a statement quoted at length).
          tag: quoted && node.tagName === 'p' ? 'blockquote' : node.tagName,
          text,
          ...(isWhole(node, ['strong', 'b']) ? { bold: true } : {}),
          ...(isWhole(node, ['em', 'i']) ? { italic: true } : {}),
          ...(picture ? { afterImage: true } : {}),
        });
        picture = false;
      } else if (hasImage(node)) picture = true;
      return;
    }
    if (!('children' in node)) return;
    const inQuote = quoted || (node.type === 'element' && node.tagName === 'blockquote');
    // Text an element holds outside any paragraph of its own, as pasted HTML has it (an
    // embedded post's "— Civil Defence (@civdef) October 28, 2025" after its <p>, a <div>'s
    // text): each run of it between blocks is a paragraph, so no words of the article are lost.
    let loose: RootContent[] = [];
    const flush = () => {
      const text = loose
        .map((c) => toString(c as Element))
        .join('')
        .replace(/\s+/g, ' ')
        .trim();
      loose = [];
      if (!text) return;
      blocks.push({ tag: node.type === 'element' && node.tagName === 'li' ? 'li' : 'p', text, ...(picture ? { afterImage: true } : {}) });
      picture = false;
    };
    for (const child of node.children) {
      if (!isBlockLike(child) && !(child.type === 'element' && hasImage(child) && !toString(child).trim())) {
        loose.push(child);
        continue;
      }
      flush();
      visit(child, inQuote);
    }
    flush();
  };
  visit(tree);
  return blocks;
}

/** Block-level content: a paragraph-like block, or a container of them (a list, a quotation, a div). */
function isBlockLike(node: RootContent): boolean {
  return node.type === 'element' && (BLOCKS.has(node.tagName) || CONTAINERS.has(node.tagName));
}

/** Elements that hold blocks rather than text. */
const CONTAINERS = new Set([
  'ul',
  'ol',
  'blockquote',
  'div',
  'section',
  'article',
  'figure',
  'table',
  'thead',
  'tbody',
  'tr',
  'dl',
  'aside',
  'header',
  'footer',
  'main',
  'hr',
]);

/** True when a block holds a picture (`![…](…)`, `<img>`). */
function hasImage(node: Element): boolean {
  return node.children.some((c) => c.type === 'element' && (c.tagName === 'img' || hasImage(c)));
}

/** True when a paragraph's only content is one run of the given emphasis (`**Will you appeal?**`, `*A caption.*`). */
function isWhole(node: Element, tags: string[]): boolean {
  const content = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  return node.tagName === 'p' && content.length === 1 && content[0]!.type === 'element' && tags.includes(content[0]!.tagName);
}

/** A list item or cell holding paragraphs is not itself a block: its paragraphs are. */
function containsBlock(node: Element): boolean {
  return node.children.some(
    (child) => child.type === 'element' && (BLOCKS.has(child.tagName) || child.tagName === 'ul' || child.tagName === 'ol'),
  );
}

/**
 * Removes what GFM adds around footnotes but the author did not write: the reference number
 * glued to a sentence ("the plan.1 It was close"), the notes' "Footnotes" label and their "↩"
 * links back. The notes themselves stay, as paragraphs of their own.
 */
function dropFootnoteMarks<T extends Root | Element>(node: T): T {
  const added = (child: RootContent) =>
    child.type === 'element' &&
    ((child.tagName === 'sup' && child.children.some((c) => c.type === 'element' && 'dataFootnoteRef' in c.properties)) ||
      'dataFootnoteBackref' in child.properties ||
      (child.tagName === 'h2' && child.properties.id === 'user-content-footnote-label'));
  node.children = node.children.filter((c) => !added(c)).map((c) => (c.type === 'element' ? dropFootnoteMarks(c) : c)) as T['children'];
  return node;
}
