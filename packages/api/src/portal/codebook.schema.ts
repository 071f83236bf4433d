import { z } from 'zod';
import { ZProjectId } from '../access';

const ZId = z.string().min(1).max(64);
const ZName = z
  .string()
  .trim()
  .min(1, 'Geef de code een naam.')
  .max(120, 'Een codenaam heeft hooguit 120 tekens.');
const ZDescription = z.string().trim().max(2000, 'Een omschrijving heeft hooguit 2000 tekens.');

export const ZCreateCodeInput = z.object({
  projectId: ZProjectId,
  parentId: ZId.nullable().default(null),
  name: ZName,
  description: ZDescription.default(''),
});
export const ZUpdateCodeInput = z.object({
  projectId: ZProjectId,
  codeId: ZId,
  name: ZName,
  description: ZDescription.default(''),
});
export const ZMoveCodeInput = z.object({
  projectId: ZProjectId,
  codeId: ZId,
  parentId: ZId.nullable(),
  position: z.number().int().min(0).max(10_000),
});
export const ZDeleteCodeInput = z.object({
  projectId: ZProjectId,
  codeId: ZId,
  /** Must be true to delete a code that is in use; its applications go with it. */
  removeCodings: z.boolean().default(false),
});
export const ZAgreementInput = z.object({
  projectId: ZProjectId,
  /** Two coders; left out, the pair that coded the most stories in common. */
  coders: z.tuple([ZId, ZId]).optional(),
});

export const ZCodingStoryInput = z.object({ projectId: ZProjectId, storyId: ZId });
export const ZApplyCodeInput = z.object({
  projectId: ZProjectId,
  storyId: ZId,
  codeId: ZId,
  /** Offsets into the story's text (JavaScript string, end exclusive); null: the whole story. */
  passage: z
    .object({
      start: z.number().int().min(0).max(1_000_000),
      end: z.number().int().min(1).max(1_000_000),
    })
    .refine((p) => p.end > p.start, 'Een passage eindigt na haar begin.')
    .nullable()
    .default(null),
});
export const ZRemoveCodingInput = z.object({ projectId: ZProjectId, codingId: ZId });
