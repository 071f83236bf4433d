import { ZFramework, ZId } from '@duiding/survey';
import { z } from 'zod';
import { ZProjectId } from '../access';

const ZVersionId = z.string().min(1).max(64);
const ZTitle = z
  .string()
  .trim()
  .min(1, 'Geef de vragenlijst een naam.')
  .max(200, 'Deze naam is te lang: hooguit 200 tekens.');

/** An exported framework file is at most 1 MB; the largest real one is about 40 kB. */
export const MAX_FRAMEWORK_JSON = 1_000_000;

export const ZVersionInput = z.object({ projectId: ZProjectId, versionId: ZVersionId });
export type TVersionInput = z.infer<typeof ZVersionInput>;

export const ZCreateFrameworkInput = z.object({
  projectId: ZProjectId,
  title: ZTitle,
  /** The first draft; its `id` becomes the framework's key in the project. */
  definition: ZFramework,
});
export type TCreateFrameworkInput = z.infer<typeof ZCreateFrameworkInput>;

export const ZSaveDraftInput = z.object({
  projectId: ZProjectId,
  versionId: ZVersionId,
  definition: ZFramework,
});
export type TSaveFrameworkDraftInput = z.infer<typeof ZSaveDraftInput>;

export const ZCopyVersionInput = z.object({
  projectId: ZProjectId,
  versionId: ZVersionId,
  /** Copy into a new framework (e.g. next year's study); without it, a new version of the same one. */
  asNew: z.object({ key: ZId, title: ZTitle }).optional(),
});
export type TCopyVersionInput = z.infer<typeof ZCopyVersionInput>;

export const ZImportFrameworkInput = z.object({
  projectId: ZProjectId,
  /** The contents of an exported file. */
  json: z
    .string()
    .min(1, 'Kies een bestand met een vragenlijst.')
    .max(MAX_FRAMEWORK_JSON, 'Dit bestand is groter dan 1 MB; een vragenlijst is veel kleiner.'),
  title: ZTitle.optional(),
});
export type TImportFrameworkInput = z.infer<typeof ZImportFrameworkInput>;

export const ZCreateReviewLinkInput = z.object({
  projectId: ZProjectId,
  versionId: ZVersionId,
  days: z
    .number()
    .int()
    .min(1, 'Een reviewlink werkt minstens 1 dag.')
    .max(90, 'Een reviewlink werkt hooguit 90 dagen.')
    .default(14),
});
export type TCreateReviewLinkInput = z.infer<typeof ZCreateReviewLinkInput>;

export const ZReviewLinkInput = z.object({
  projectId: ZProjectId,
  versionId: ZVersionId,
  linkId: z.string().min(1).max(64),
});
export type TReviewLinkInput = z.infer<typeof ZReviewLinkInput>;
