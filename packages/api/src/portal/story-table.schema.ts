import { TRIAD_ZONES } from '@duiding/analytics';
import { STORY_CHANNELS, STORY_SORT_KEYS, STORY_STATUSES } from '@duiding/db';
import { ZId } from '@duiding/survey';
import { z } from 'zod';
import { ZProjectId } from '../access';

const ZDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Geef een datum als JJJJ-MM-DD.');

/** A condition on one answer; several values of one condition are alternatives. */
export const ZAnswerFilterInput = z.discriminatedUnion('kind', [
  /** Choice options; also 'na' (not applicable) or 'dk' (don't know) of any question. */
  z.object({
    kind: z.literal('options'),
    questionId: ZId,
    options: z.array(ZId).min(1).max(50),
  }),
  z.object({
    kind: z.literal('zones'),
    questionId: ZId,
    zones: z
      .array(z.enum(TRIAD_ZONES as [string, ...string[]]))
      .min(1)
      .max(TRIAD_ZONES.length),
  }),
  /** A dyad (0..1), or a scale or number question. */
  z.object({
    kind: z.literal('range'),
    questionId: ZId,
    min: z.number().min(-1e9).max(1e9),
    max: z.number().min(-1e9).max(1e9),
  }),
  z.object({
    kind: z.literal('quadrants'),
    questionId: ZId,
    stoneId: ZId,
    quadrants: z.array(z.number().int().min(0).max(3)).min(1).max(4),
  }),
]);
export type TAnswerFilterInput = z.infer<typeof ZAnswerFilterInput>;

export const ZStoryTableInput = z.object({
  projectId: ZProjectId,
  /** What the person typed in the search box; any text is a valid query. */
  text: z.string().max(500, 'Zoek met hooguit 500 tekens.').optional(),
  statuses: z.array(z.enum(STORY_STATUSES)).max(STORY_STATUSES.length).optional(),
  channels: z.array(z.enum(STORY_CHANNELS)).max(STORY_CHANNELS.length).optional(),
  collectionIds: z.array(z.string().min(1).max(64)).max(50).optional(),
  createdFrom: ZDay.optional(),
  createdTo: ZDay.optional(),
  answers: z.array(ZAnswerFilterInput).max(30, 'Filter op hooguit 30 vragen tegelijk.').optional(),
  codeIds: z.array(z.string().min(1).max(64)).max(50).optional(),
  sort: z
    .object({ key: z.enum(STORY_SORT_KEYS), direction: z.enum(['asc', 'desc']) })
    .default({ key: 'createdOn', direction: 'desc' }),
  limit: z
    .number()
    .int()
    .min(1, 'Vraag minstens 1 verhaal op.')
    .max(200, 'Vraag hooguit 200 verhalen tegelijk op.')
    .default(50),
  /** From `nextCursor` of the previous page, with the same filters and sort. */
  cursor: z.string().max(400).optional(),
});
export type TStoryTableInput = z.infer<typeof ZStoryTableInput>;

export const ZStoryPageInput = z.object({
  projectId: ZProjectId,
  storyId: z.string().min(1).max(64),
});
export type TStoryPageInput = z.infer<typeof ZStoryPageInput>;
