import { z } from 'zod';

export const ZProjectStoriesInput = z.object({
  projectId: z.string().min(1).max(64),
  collectionId: z.string().min(1).max(64).optional(),
  limit: z
    .number()
    .int()
    .min(1, 'Vraag minstens 1 verhaal op.')
    .max(200, 'Vraag hooguit 200 verhalen tegelijk op.')
    .default(50),
  /** From `nextCursor` of the previous page. */
  cursor: z.string().max(200).optional(),
});
export type TProjectStoriesInput = z.infer<typeof ZProjectStoriesInput>;
