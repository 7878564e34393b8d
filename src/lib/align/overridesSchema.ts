import { z } from 'zod';

/** A sentence of an article, by the anchor shown on the article page. */
const sentenceRef = z
  .object({
    /** Required. The article's file name without `.md`. */
    article: z.string().min(1),
    /** Required. The sentence anchor, e.g. `p3-s1`. */
    sentence: z.string().regex(/^p\d+-s\d+$/, 'must be a sentence anchor like p3-s1'),
  })
  .strict();

/** Schema of `content/stories/<story-id>/claims.yaml`: editorial corrections to the alignment. */
export const overridesSchema = z
  .object({
    /** Optional, default none. Per-claim edits, keyed by the claim's generated id. */
    claims: z
      .record(
        z.string(),
        z
          .object({
            /** Optional, default the generated title. The title readers see. */
            title: z.string().trim().min(1).optional(),
            /** Optional, default the generated id. A new URL slug (lower case, digits, hyphens). */
            slug: z
              .string()
              .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens')
              .optional(),
            /** Optional, default false. Hide the claim: no page, not in the data export. */
            hide: z.boolean().optional(),
            /** Optional, default none. Sentences to take out of the claim. */
            remove: z.array(sentenceRef).optional(),
            /** Optional, default none. Sentences to pin into the claim (confidence 1). */
            add: z.array(sentenceRef).optional(),
          })
          .strict(),
      )
      .optional(),
    /** Optional, default none. Groups of claim ids to merge; the first id survives. */
    merge: z.array(z.array(z.string()).min(2, 'must name at least two claims')).optional(),
    /** Optional, default none. Move sentences out of a claim into a new claim. */
    split: z
      .array(
        z
          .object({
            /** Required. The claim to split. */
            claim: z.string(),
            /** Required. The sentences that form the new claim. */
            sentences: z.array(sentenceRef).min(1),
            /** Required. The new claim's slug. */
            slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens'),
            /** Optional, default the generated title. The new claim's title. */
            title: z.string().trim().min(1).optional(),
          })
          .strict(),
      )
      .optional(),
  })
  .strict();

/** Parsed `claims.yaml`. */
export type Overrides = z.infer<typeof overridesSchema>;
