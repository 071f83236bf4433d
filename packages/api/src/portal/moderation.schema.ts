import { PERSONAL_DATA_KINDS } from '@duiding/moderation';
import { z } from 'zod';
import { ZProjectId } from '../access';

const ZStoryId = z.string().min(1).max(64);

export const ZModerationQueueInput = z.object({
  projectId: ZProjectId,
  status: z.enum(['pending', 'approved', 'rejected']).default('pending'),
  limit: z.number().int().min(1).max(100).default(25),
  /** From `nextCursor` of the previous page. */
  cursor: z.string().max(200).optional(),
});
export type TModerationQueueInput = z.infer<typeof ZModerationQueueInput>;

export const ZModerationStoryInput = z.object({ projectId: ZProjectId, storyId: ZStoryId });
export type TModerationStoryInput = z.infer<typeof ZModerationStoryInput>;

export const ZRedactionSpan = z.object({
  field: z.enum(['title', 'text']),
  start: z.number().int().min(0).max(1_000_000),
  end: z.number().int().min(1).max(1_000_000),
  kind: z.enum([...PERSONAL_DATA_KINDS, 'other']),
});

const ZReason = z.string().trim().max(2000, 'Een reden heeft hooguit 2000 tekens.');

export const ZModerationDecisionInput = z.discriminatedUnion('decision', [
  z.object({
    projectId: ZProjectId,
    storyId: ZStoryId,
    decision: z.literal('approve'),
    reason: ZReason.default(''),
    redaction: z.object({
      title: z.string().max(500, 'Een titel heeft hooguit 500 tekens.'),
      text: z
        .string()
        .min(1, 'De geredigeerde tekst is leeg.')
        .max(60_000, 'De geredigeerde tekst is te lang.'),
      spans: z.array(ZRedactionSpan).max(5000, 'Te veel markeringen.'),
    }),
  }),
  z.object({
    projectId: ZProjectId,
    storyId: ZStoryId,
    decision: z.literal('reject'),
    reason: ZReason.pipe(z.string().min(1, 'Geef een reden waarom je dit verhaal afwijst.')),
  }),
]);
export type TModerationDecisionInput = z.infer<typeof ZModerationDecisionInput>;
