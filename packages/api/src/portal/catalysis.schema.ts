import { OBSERVATION_STRENGTHS } from '@duiding/db';
import { z } from 'zod';
import { ZProjectId } from '../access';
import { neutraliseText } from '../safe-text';

const ZRowId = z.string().min(1).max(64);
const ZTitle = z
  .string()
  .trim()
  .min(1, 'Geef een korte titel.')
  .max(200, 'Een titel is hooguit 200 tekens.')
  .transform(neutraliseText);
const ZBody = z.string().trim().max(10_000, 'Hooguit 10.000 tekens.').transform(neutraliseText);

/** The scan's pattern id (`left×right`): question ids, options and `×`. */
export const ZPatternKey = z
  .string()
  .min(3)
  .max(300)
  .regex(/^[a-z0-9_:]+×[a-z0-9_:]+$/, 'Dit is geen patroon van de scan.');

export const ZMarkPatternInput = z.object({
  projectId: ZProjectId,
  frameworkId: ZRowId,
  patternKey: ZPatternKey,
  remarkable: z.boolean(),
  description: z.string().trim().min(1).max(1000),
});
export type TMarkPatternInput = z.infer<typeof ZMarkPatternInput>;

export const ZScanPatternsInput = z.object({
  projectId: ZProjectId,
  frameworkId: ZRowId,
  limit: z.number().int().min(1).max(200).default(50),
});
export type TScanPatternsInput = z.infer<typeof ZScanPatternsInput>;

export const ZInterpretationText = z.object({ title: ZTitle, body: ZBody });

export const ZObservationSubject = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('pattern'), frameworkId: ZRowId, patternKey: ZPatternKey }),
  z.object({ kind: z.literal('collection'), collectionId: ZRowId }),
]);

export const ZCreateObservationInput = z.object({
  projectId: ZProjectId,
  subject: ZObservationSubject,
  title: ZTitle,
  body: ZBody,
  strength: z.enum(OBSERVATION_STRENGTHS),
  // NarraFirma's practice: every observation is read in at least two competing ways.
  interpretations: z
    .array(ZInterpretationText)
    .min(2, 'Schrijf minstens twee verschillende duidingen van deze observatie.')
    .max(12, 'Hooguit 12 duidingen tegelijk.'),
});
export type TCreateObservationInput = z.infer<typeof ZCreateObservationInput>;

export const ZUpdateObservationInput = z.object({
  projectId: ZProjectId,
  observationId: ZRowId,
  title: ZTitle,
  body: ZBody,
  strength: z.enum(OBSERVATION_STRENGTHS),
});
export type TUpdateObservationInput = z.infer<typeof ZUpdateObservationInput>;

export const ZObservationInput = z.object({ projectId: ZProjectId, observationId: ZRowId });
export type TObservationInput = z.infer<typeof ZObservationInput>;

export const ZListObservationsInput = z.object({
  projectId: ZProjectId,
  collectionId: ZRowId.optional(),
});
export type TListObservationsInput = z.infer<typeof ZListObservationsInput>;

export const ZAddInterpretationInput = z.object({
  projectId: ZProjectId,
  observationId: ZRowId,
  title: ZTitle,
  body: ZBody,
});
export type TAddInterpretationInput = z.infer<typeof ZAddInterpretationInput>;

export const ZUpdateInterpretationInput = z.object({
  projectId: ZProjectId,
  interpretationId: ZRowId,
  title: ZTitle,
  body: ZBody,
});
export type TUpdateInterpretationInput = z.infer<typeof ZUpdateInterpretationInput>;

export const ZInterpretationInput = z.object({ projectId: ZProjectId, interpretationId: ZRowId });
export type TInterpretationInput = z.infer<typeof ZInterpretationInput>;

export const ZPlaceInterpretationInput = z.object({
  projectId: ZProjectId,
  interpretationId: ZRowId,
  /** Null: back among the interpretations without a theme. */
  themeId: ZRowId.nullable(),
  position: z.number().int().min(0).max(10_000),
});
export type TPlaceInterpretationInput = z.infer<typeof ZPlaceInterpretationInput>;

export const ZCreateThemeInput = z.object({
  projectId: ZProjectId,
  title: ZTitle,
  description: ZBody.default(''),
});
export type TCreateThemeInput = z.infer<typeof ZCreateThemeInput>;

export const ZUpdateThemeInput = z.object({
  projectId: ZProjectId,
  themeId: ZRowId,
  title: ZTitle,
  description: ZBody.default(''),
});
export type TUpdateThemeInput = z.infer<typeof ZUpdateThemeInput>;

export const ZThemeInput = z.object({ projectId: ZProjectId, themeId: ZRowId });
export type TThemeInput = z.infer<typeof ZThemeInput>;

export const ZMoveThemeInput = z.object({
  projectId: ZProjectId,
  themeId: ZRowId,
  position: z.number().int().min(0).max(1000),
});
export type TMoveThemeInput = z.infer<typeof ZMoveThemeInput>;
