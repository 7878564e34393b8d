import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import slugify from '@sindresorhus/slugify';
import { join, relative } from 'node:path';
import { contentDefaults, contentErrors } from '../messages.ts';
import { ContentError, decodeUtf8, parseFrontmatter } from './frontmatter.ts';
import { plainTextToMarkdown } from './plainTextToMarkdown.ts';
import { articleSchema, storySchema, type ArticleFrontmatter, type StoryFrontmatter } from './schemas.ts';

/** One article file, validated. */
export interface ArticleFile {
  storyId: string;
  articleId: string;
  /** Path relative to the project root, for messages. */
  file: string;
  data: ArticleFrontmatter;
  body: string;
}

/** One story folder, validated, with its articles in file-name order. */
export interface StoryFolder {
  storyId: string;
  /** Its story.md (the folder when it has none), relative to the project root, for messages. */
  file: string;
  data: StoryFrontmatter;
  body: string;
  /** Raw text of the optional `claims.yaml` and its path, parsed later by the pipeline. */
  overrides?: { file: string; text: string };
  /** Raw text of the optional `claims.lock.yaml` (published claim ids) and its path. */
  lock?: { file: string; text: string };
  articles: ArticleFile[];
  /** What the build should tell the editor without stopping (e.g. a missing story.md). */
  warnings: string[];
}

/** Field names other publishing tools give an article's metadata, and the ones this site reads. */
const ARTICLE_ALIASES = { date: 'published', authors: 'author', publisher: 'outlet' };

/** Files of a story folder that are never articles when articles sit directly in it. */
const STORY_FILES = new Set(['story.md', 'claims.yaml', 'claims.lock.yaml']);

const ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

/**
 * Reads and validates every story under `root` (e.g. `content/stories`). All checks happen
 * before anything is returned, so a bad file stops the build before any page is written.
 */
export function readStories(root: string, projectRoot = process.cwd()): StoryFolder[] {
  const show = (path: string) => relative(projectRoot, path) || path;
  if (!existsSync(root)) throw new ContentError(contentErrors.noStories(show(root)));
  const folders = readdirSync(root)
    .filter((name) => !name.startsWith('.') && statSync(join(root, name)).isDirectory())
    .sort();
  if (folders.length === 0) throw new ContentError(contentErrors.noStories(show(root)));
  const storyIds = new Map<string, string>();
  return folders.map((folderName) => {
    const folder = join(root, folderName);
    const warnings: string[] = [];
    const storyId = urlId(folderName, show(folder), warnings);
    const other = storyIds.get(storyId);
    if (other) throw new ContentError(contentErrors.sameId(other, show(folder), storyId));
    storyIds.set(storyId, show(folder));
    // Articles belong in articles/; a folder of article files with none is read as it is.
    const articlesDir = existsSync(join(folder, 'articles')) ? join(folder, 'articles') : folder;
    const names = articleFiles(articlesDir);
    // With an articles/ folder, an article file left beside story.md is not read: say so.
    if (articlesDir !== folder)
      for (const stray of articleFiles(folder)) warnings.push(contentErrors.strayArticle(show(join(folder, stray))));
    if (names.length === 0) throw new ContentError(contentErrors.noArticles(show(folder)));
    const storyPath = join(folder, 'story.md');
    const hasStoryFile = existsSync(storyPath);
    // Without story.md the story still builds, titled after its folder, and the editor is told.
    const story = hasStoryFile
      ? parseFrontmatter(decodeUtf8(readFileSync(storyPath), show(storyPath)), storySchema, show(storyPath))
      : { data: storySchema.parse({ title: titleFromId(storyId), summary: contentDefaults.summary(names.length) }), body: '' };
    if (!hasStoryFile) warnings.push(contentErrors.missingStoryFile(show(folder), story.data.title));
    const seen = new Map<string, string>();
    const articles = names.map((name): ArticleFile => {
      const file = show(join(articlesDir, name));
      const articleId = urlId(name.replace(/\.(md|txt)$/, ''), file, warnings);
      const twin = seen.get(articleId);
      if (twin) {
        const sameName = twin.replace(/\.(md|txt)$/, '') === file.replace(/\.(md|txt)$/, '');
        throw new ContentError(sameName ? contentErrors.duplicateArticle(twin, file) : contentErrors.sameId(twin, file, articleId));
      }
      seen.set(articleId, file);
      return { storyId, articleId, file, ...readArticle(join(articlesDir, name), file, warnings) };
    });
    const optional = (name: string) => {
      const path = join(folder, name);
      return existsSync(path) ? { file: show(path), text: decodeUtf8(readFileSync(path), show(path)) } : undefined;
    };
    return {
      storyId,
      file: show(hasStoryFile ? storyPath : folder),
      data: story.data,
      body: story.body,
      overrides: optional('claims.yaml'),
      lock: optional('claims.lock.yaml'),
      articles,
      warnings,
    };
  });
}

/** The article files of a folder (Markdown or plain text), in name order; never story.md or the claims files. */
function articleFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((n) => (n.endsWith('.md') || n.endsWith('.txt')) && !STORY_FILES.has(n) && statSync(join(dir, n)).isFile())
    .sort();
}

/** One article's front matter and body; `file` is its path as messages show it. */
function readArticle(path: string, file: string, warnings: string[]): { data: ArticleFrontmatter; body: string } {
  const text = decodeUtf8(readFileSync(path), file);
  // A .txt article is plain text, one paragraph per line, with no front matter: every line is
  // article text (defaults apply to title, outlet and the rest).
  const parsed = path.endsWith('.txt')
    ? { data: articleSchema.parse({}), body: plainTextToMarkdown(text), unknownFields: [] }
    : lineParagraphs(parseFrontmatter(text, articleSchema, file, ARTICLE_ALIASES));
  if (parsed.body.trim() === '') throw new ContentError(contentErrors.emptyArticle(file));
  if (parsed.unknownFields.length > 0)
    warnings.push(contentErrors.unknownArticleFields(file, parsed.unknownFields, Object.keys(articleSchema.shape)));
  return { data: parsed.data, body: parsed.body };
}

/**
 * The URL id of a file or folder name: the name itself when it is one already, else its slug
 * ("bbc.com" -> "bbc-com", "Port strike" -> "port-strike"), with a warning saying so.
 */
function urlId(name: string, file: string, warnings: string[]): string {
  if (ID.test(name)) return name;
  const id = slugify(name);
  if (!ID.test(id)) throw new ContentError(contentErrors.badId(file));
  warnings.push(contentErrors.renamedId(file, id));
  return id;
}

/** "veltra-data-breach" -> "Veltra data breach": a story's title when it has no story.md. */
function titleFromId(id: string): string {
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * A Markdown article with several lines, not one blank line between them and most lines ending
 * a sentence was pasted one paragraph per line (as copied from a page or a wire feed): Markdown
 * would run every line into one paragraph, headline included, so each line is made a paragraph
 * of its own. A paragraph hard-wrapped mid-sentence stays one paragraph.
 */
function lineParagraphs<P extends { body: string }>(parsed: P): P {
  const lines = parsed.body.trim().split(/\r?\n/);
  if (lines.length < 2 || lines.some((line) => line.trim() === '')) return parsed;
  const ended = lines.filter((line) => /[.!?…:"”’')\]]\s*$/u.test(line)).length;
  if (ended * 2 < lines.length) return parsed;
  return { ...parsed, body: `${lines.join('\n\n')}\n` };
}
