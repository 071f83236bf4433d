import { ZId } from '@duiding/survey';
import { z } from 'zod';
import { ZProjectId } from '../access';
import { neutraliseText } from '../safe-text';
import { ZExplorerFilter } from './explorer/explorer.schema';

const ZRowId = z.string().min(1).max(64);
const ZCollectionIds = z
  .array(ZRowId)
  .min(1, 'Kies minstens één verzameling.')
  .max(20, 'Hooguit 20 verzamelingen in één grafiek.');

/** What a section shows; the numbers are computed (and suppressed) when it is rendered. */
export const ZReportSectionSpec = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('text'),
    text: z
      .string()
      .max(20_000, 'Een tekstblok is hooguit 20.000 tekens.')
      .transform(neutraliseText),
  }),
  z.object({
    kind: z.literal('chart'),
    /** Collections of one questionnaire; with several, a dyad or scale shows its trend. */
    collectionIds: ZCollectionIds,
    /** A triad, dyad, stones, choice or scale question (story or participant). */
    questionId: ZId,
    /** A choice question to compare by, or `collection` or `year`, as in the explorer. */
    groupBy: z.union([ZId, z.literal('collection'), z.literal('year')]).optional(),
    /** The explorer's filters of the view the chart was taken from. */
    filters: z.array(ZExplorerFilter).max(12).optional(),
    /** A triad's heat map: steps per side (default 5, coarser than the explorer's 10). */
    divisions: z.number().int().min(2).max(20).optional(),
  }),
  z.object({ kind: z.literal('quote'), storyId: ZRowId }),
  z.object({ kind: z.literal('observation'), observationId: ZRowId }),
  z.object({
    kind: z.literal('themes'),
    /** Which themes, in the project's order; all of them when absent. */
    themeIds: z.array(ZRowId).max(100).optional(),
  }),
  z.object({
    kind: z.literal('municipalities'),
    collectionIds: ZCollectionIds,
    /** The participant question naming the municipality. */
    municipalityQuestionId: ZId.default('gemeente'),
    /** A choice, scale, dyad or triad question to break down; only the count when absent. */
    questionId: ZId.optional(),
  }),
]);
export type TReportSectionSpec = z.infer<typeof ZReportSectionSpec>;

const ZHeading = z
  .string()
  .trim()
  .max(200, 'Een kop is hooguit 200 tekens.')
  .transform(neutraliseText);
const ZReportTitle = z
  .string()
  .trim()
  .min(1, 'Geef het rapport een titel.')
  .max(200, 'Een titel is hooguit 200 tekens.')
  .transform(neutraliseText);

export const ZCreateReportInput = z.object({ projectId: ZProjectId, title: ZReportTitle });
export type TCreateReportInput = z.infer<typeof ZCreateReportInput>;

export const ZReportInput = z.object({ projectId: ZProjectId, reportId: ZRowId });
export type TReportInput = z.infer<typeof ZReportInput>;

export const ZRenameReportInput = z.object({
  projectId: ZProjectId,
  reportId: ZRowId,
  title: ZReportTitle,
});
export type TRenameReportInput = z.infer<typeof ZRenameReportInput>;

export const ZAddSectionInput = z.object({
  projectId: ZProjectId,
  reportId: ZRowId,
  heading: ZHeading,
  spec: ZReportSectionSpec,
});
export type TAddSectionInput = z.infer<typeof ZAddSectionInput>;

export const ZUpdateSectionInput = z.object({
  projectId: ZProjectId,
  reportId: ZRowId,
  sectionId: ZRowId,
  heading: ZHeading,
  spec: ZReportSectionSpec,
});
export type TUpdateSectionInput = z.infer<typeof ZUpdateSectionInput>;

export const ZSectionInput = z.object({
  projectId: ZProjectId,
  reportId: ZRowId,
  sectionId: ZRowId,
});
export type TSectionInput = z.infer<typeof ZSectionInput>;

export const ZMoveSectionInput = z.object({
  projectId: ZProjectId,
  reportId: ZRowId,
  sectionId: ZRowId,
  position: z.number().int().min(0).max(1000),
});
export type TMoveSectionInput = z.infer<typeof ZMoveSectionInput>;

export const ZQuoteCandidatesInput = z.object({
  projectId: ZProjectId,
  search: z.string().trim().max(100).optional(),
});
export type TQuoteCandidatesInput = z.infer<typeof ZQuoteCandidatesInput>;

/** The address of a published report: 32 characters of base64url. */
export const ZPublicToken = z.string().regex(/^[A-Za-z0-9_-]{32}$/);
