import { z } from 'zod';
import { ZProjectId } from '../../access';

/** A question, option, collection or framework id: short, no markup. */
const ZKey = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[\w.:-]+$/, 'Onbekende naam.');

export const TRIAD_ZONE_IDS = [
  'corner-a',
  'corner-b',
  'corner-c',
  'centre',
  'edge-ab',
  'edge-bc',
  'edge-ca',
] as const;
const ZZone = z.enum(TRIAD_ZONE_IDS);

/** One condition on the stories; all conditions of a view must hold. */
export const ZExplorerFilter = z.discriminatedUnion('kind', [
  /** A choice answer (story or participant question) among these options. */
  z.strictObject({
    kind: z.literal('choice'),
    question: ZKey,
    options: z.array(ZKey).min(1).max(50),
  }),
  /** A triad answer in one of these zones. */
  z.strictObject({ kind: z.literal('zone'), question: ZKey, zones: z.array(ZZone).min(1).max(7) }),
  /** A dyad, scale or number answer from min to max (inclusive). */
  z.strictObject({
    kind: z.literal('range'),
    question: ZKey,
    min: z.number().min(-1e9).max(1e9),
    max: z.number().min(-1e9).max(1e9),
  }),
  z.strictObject({ kind: z.literal('collection'), ids: z.array(ZKey).min(1).max(50) }),
  z.strictObject({
    kind: z.literal('year'),
    years: z.array(z.number().int().min(2000).max(2100)).min(1).max(50),
  }),
  /** Title or text contains this (case-insensitive). */
  z.strictObject({ kind: z.literal('text'), text: z.string().trim().min(2).max(100) }),
]);
export type TExplorerFilter = z.infer<typeof ZExplorerFilter>;

export const ZGroupBy = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('question'), question: ZKey }),
  z.strictObject({ kind: z.literal('collection') }),
  z.strictObject({ kind: z.literal('year') }),
]);
export type TGroupBy = z.infer<typeof ZGroupBy>;

const view = {
  projectId: ZProjectId,
  /** The framework (questionnaire) whose stories are explored; default: the latest one. */
  framework: ZKey.optional(),
  filters: z.array(ZExplorerFilter).max(12).default([]),
  groupBy: ZGroupBy.nullable().default(null),
};

export const ZExplorerQuestionsInput = z.strictObject({
  projectId: ZProjectId,
  framework: ZKey.optional(),
});

export const ZExplorerChartInput = z.strictObject({
  ...view,
  question: ZKey,
  /** Steps per side of the ternary heat map. */
  divisions: z.number().int().min(2).max(20).default(10),
});
export type TExplorerChartInput = z.infer<typeof ZExplorerChartInput>;

const ZTriadPoint = z.strictObject({
  a: z.number().min(-3).max(3),
  b: z.number().min(-3).max(3),
  c: z.number().min(-3).max(3),
});

export const ZTernarySelection = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('polygon'), points: z.array(ZTriadPoint).min(3).max(400) }),
  z.strictObject({ kind: z.literal('zone'), zone: ZZone }),
]);
export type TTernarySelectionInput = z.infer<typeof ZTernarySelection>;

export const ZRegionStoriesInput = z.strictObject({
  ...view,
  question: ZKey,
  /** Only the stories of this group of the view; null: every group. */
  group: ZKey.nullable().default(null),
  selection: ZTernarySelection,
  offset: z.number().int().min(0).max(100_000).default(0),
  limit: z.number().int().min(1).max(50).default(20),
});
export type TRegionStoriesInput = z.infer<typeof ZRegionStoriesInput>;

export const PATTERN_STRENGTHS = ['all', 'significant', 'medium'] as const;

export const ZPatternsInput = z.strictObject({
  projectId: ZProjectId,
  framework: ZKey.optional(),
  /** Patterns about this question (on either side). */
  question: ZKey.optional(),
  /** Patterns whose signifier is of this kind. */
  kind: z.enum(['triad', 'dyad', 'stones', 'choice', 'scale', 'number']).optional(),
  /** all; significant (q < 0,05); medium (q < 0,05 and at least a medium effect). */
  strength: z.enum(PATTERN_STRENGTHS).default('all'),
  offset: z.number().int().min(0).max(10_000).default(0),
  limit: z.number().int().min(1).max(100).default(25),
});
export type TPatternsInput = z.infer<typeof ZPatternsInput>;

export const ZPatternStoriesInput = z.strictObject({
  projectId: ZProjectId,
  framework: ZKey.optional(),
  patternId: z.string().min(3).max(300),
  offset: z.number().int().min(0).max(100_000).default(0),
  limit: z.number().int().min(1).max(50).default(20),
});
export type TPatternStoriesInput = z.infer<typeof ZPatternStoriesInput>;
