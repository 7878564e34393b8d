/**
 * Folder holding the stories, relative to the project root. `CONTENT_DIR` overrides it so
 * tests can build a site from fixture content; editors never need to set it.
 */
export const contentRoot: string = process.env.CONTENT_DIR ?? 'content/stories';
