import { z } from 'zod';

/**
 * The told story as it arrives. Lengths are checked by `validateStoryText`, so that a too
 * long story gets its Dutch message instead of a schema error.
 */
export const ZStoryInput = z.strictObject({
  promptId: z.string().max(64),
  title: z.string(),
  text: z.string(),
});
export type TStoryInput = z.infer<typeof ZStoryInput>;
