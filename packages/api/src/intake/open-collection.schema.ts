import { z } from 'zod';

export const ZOpenCollectionInput = z
  .object({
    /** Without a slug: the public collection open now. */
    slug: z
      .string()
      .min(1)
      .max(100)
      .regex(/^[a-z0-9-]+$/, 'Dit adres bestaat niet.')
      .optional(),
  })
  .default({});
export type TOpenCollectionInput = z.infer<typeof ZOpenCollectionInput>;
