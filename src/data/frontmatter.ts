import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { z } from 'zod';
import { contentErrors } from '../messages.ts';

/** A content file split into validated front matter and its Markdown body. */
export interface ParsedFile<T> {
  data: T;
  body: string;
  /** Front-matter fields the schema does not know (a schema that strips them lets them through). */
  unknownFields: string[];
}

/** Thrown for content an editor must fix; the message names the file and the field. */
export class ContentError extends Error {
  override name = 'ContentError';
}

/**
 * Decodes bytes as strict UTF-8: a mis-encoded file would otherwise show replacement
 * characters on the site, silently altering evidence.
 */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ContentError(contentErrors.notUtf8(file, firstInvalidUtf8Byte(bytes)));
  }
}

/** Finds the offset of the first byte that breaks UTF-8, to point the editor at it. */
function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let low = 0;
  let high = bytes.length;
  // Binary search for the shortest invalid prefix; a prefix ending mid-character counts as
  // valid when the next byte could complete it, so use `stream` decoding.
  while (low < high) {
    const mid = (low + high) >> 1;
    try {
      decoder.decode(bytes.subarray(0, mid + 1), { stream: true });
      decoder.decode();
      low = mid + 1;
    } catch {
      high = mid;
    }
  }
  return low;
}

/**
 * Splits `---` front matter from the body and validates it against `schema`. `aliases` maps a
 * field name other tools use to this schema's (`date` -> `published`); the schema's own name
 * wins when both are given. Default: none.
 */
export function parseFrontmatter<S extends z.ZodType>(
  source: string,
  schema: S,
  file: string,
  aliases: Record<string, string> = {},
): ParsedFile<z.output<S>> {
  const text = source.replace(/^\uFEFF/, '');
  let raw: unknown = {};
  let body = text;
  if (/^---\r?\n/.test(text)) {
    const end = /\r?\n---[ \t]*(\r?\n|$)/.exec(text.slice(3));
    if (!end) throw new ContentError(contentErrors.unclosedFrontmatter(file));
    const yamlText = text.slice(4, 3 + end.index);
    body = text.slice(3 + end.index + end[0].length);
    try {
      raw = parseYaml(yamlText) ?? {};
    } catch (error) {
      const reason = error instanceof YAMLParseError ? error.message.split('\n')[0] : String(error);
      throw new ContentError(contentErrors.badFrontmatter(file, reason ?? 'unreadable'));
    }
    if (typeof raw !== 'object' || Array.isArray(raw)) {
      throw new ContentError(contentErrors.frontmatterNotMapping(file));
    }
  }
  const fields = raw as Record<string, unknown>;
  for (const [alias, field] of Object.entries(aliases)) {
    if (!(alias in fields)) continue;
    if (!(field in fields)) fields[field] = fields[alias];
    delete fields[alias];
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const field = issue.path.length > 0 ? issue.path.join('.') : (unknownKey(issue) ?? '(front matter)');
    throw new ContentError(contentErrors.invalidField(file, field, describeIssue(issue, valueAt(raw, issue.path))));
  }
  const known = 'shape' in schema ? Object.keys((schema as unknown as { shape: object }).shape) : undefined;
  const unknownFields = known ? Object.keys(raw as object).filter((key) => !known.includes(key)) : [];
  return { data: result.data, body, unknownFields };
}

function unknownKey(issue: z.core.$ZodIssue): string | undefined {
  return issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : undefined;
}

/** Turns a zod issue into words an editor understands. */
function describeIssue(issue: z.core.$ZodIssue, value: unknown): string {
  if (issue.code === 'unrecognized_keys') return 'is not a known field (check its spelling)';
  if (issue.code === 'invalid_type' && value === undefined) return 'is required but missing';
  if (issue.code === 'invalid_type') return `must be a ${issue.expected}, not ${describeValue(value)}`;
  if (issue.code === 'invalid_union') {
    const inner = issue.errors.flat().find((i) => i.code !== 'invalid_type');
    return inner ? describeIssue(inner, value) : `has the wrong kind of value`;
  }
  return issue.message;
}

function valueAt(raw: unknown, path: PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (node, key) => (node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined),
    raw,
  );
}

function describeValue(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'string' ? `the text "${value}"` : `a ${typeof value}`;
}
