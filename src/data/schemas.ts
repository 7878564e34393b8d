import { z } from 'zod';

/** Accepts a YAML date or an ISO date string; anything else is a clear error, not `Invalid Date`. */
const isoDate = z.union([
  z.date(),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/, 'must be a date like 2025-05-06')
    // `new Date('2025-02-31')` silently rolls over to 3 March: check the day survived parsing.
    .refine((value) => {
      const date = new Date(value);
      return !Number.isNaN(date.getTime()) && (value.length > 10 || date.toISOString().startsWith(value));
    }, 'must be a real calendar date like 2025-05-06')
    .transform((value) => new Date(value)),
]);

/** Front matter of `content/stories/<story-id>/story.md`. */
export const storySchema = z
  .object({
    /** Required. The story's headline as this site shows it. */
    title: z.string().trim().min(1, 'must not be empty'),
    /** Required. One or two sentences saying what the story is about; shown on the home page. */
    summary: z.string().trim().min(1, 'must not be empty'),
    /** Optional, default none. When the events happened (YYYY-MM-DD); used to order stories, newest first. */
    date: isoDate.optional(),
  })
  .strict();

/**
 * Front matter of `content/stories/<story-id>/articles/<article-id>.md`. Articles come from
 * elsewhere with metadata of their own (tags, images): fields not listed here are dropped,
 * and the build warns about them, rather than stopping.
 */
export const articleSchema = z
  .object({
    /** Optional, default none. The article's headline, only where the source has one; never invented. */
    title: z.string().trim().min(1, 'must not be empty when given').optional(),
    /** Optional, default none. Who wrote the article: one name or a list, only where the source gives it; never invented. */
    author: z
      .union([z.string().trim().min(1, 'must not be empty when given'), z.array(z.string().trim().min(1, 'must not be empty')).min(1)])
      .transform((value) => [value].flat())
      .optional(),
    /** Optional, default none. The publishing outlet's name, only where known; never invented. */
    outlet: z.string().trim().min(1, 'must not be empty when given').optional(),
    /** Optional, default none. The article's original address (http or https). */
    url: z.url({ protocol: /^https?$/, error: 'must be a full http(s) address like https://example.com/news/1' }).optional(),
    /** Optional, default none. Publication date (YYYY-MM-DD, time optional). */
    published: isoDate.optional(),
    /** Optional, default `en`. BCP 47 language tag of the text, e.g. `en`, `fr`, `pt-BR`. */
    language: z
      .string()
      .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'must be a language tag like en, fr or pt-BR')
      .default('en'),
  })
  .strip();

/** Validated story front matter. */
export type StoryFrontmatter = z.infer<typeof storySchema>;
/** Validated article front matter. */
export type ArticleFrontmatter = z.infer<typeof articleSchema>;
