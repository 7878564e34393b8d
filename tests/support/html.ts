import { readFileSync } from 'node:fs';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';

/** Parses a built HTML file. */
export function readHtml(path: string): Root {
  return fromHtml(readFileSync(path, 'utf8'));
}

/** All elements matching a predicate, in document order. */
export function findAll(node: Root | RootContent, match: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  const walk = (n: Root | RootContent) => {
    if (n.type === 'element' && match(n)) out.push(n);
    if ('children' in n) n.children.forEach(walk);
  };
  walk(node);
  return out;
}

/** Text content of a node, as a browser's textContent would give it. */
export function text(node: Root | RootContent): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map(text).join('') : '';
}

/** True when an element has the class. */
export const hasClass = (el: Element, name: string) => Array.isArray(el.properties.className) && el.properties.className.includes(name);
