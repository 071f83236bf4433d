import { listProjectCollections } from '@duiding/db';
import { previewCsv, type TCsvPreview } from '@duiding/exchange';
import type { z } from 'zod';
import type { TApiContext, TSession } from '../context';
import { AppError } from '../errors';
import { buildCollectionExport, type TCollectionExport } from '../exchange/collection-export';
import {
  planImport,
  storeImport,
  type TImportOutcome,
  type TImportSource,
} from '../exchange/collection-import';
import type { TProjectAccess } from '../permissions';
import type {
  ZExportCollectionInput,
  ZImportCsvInput,
  ZImportJsonInput,
  ZImportNarrafirmaInput,
  ZImportSensemakerInput,
  ZPreviewCsvInput,
} from './exchange.schema';

type TCtx = TApiContext & { session: TSession; access: TProjectAccess };

export function exportCollection(
  ctx: TCtx,
  input: z.infer<typeof ZExportCollectionInput>,
): Promise<TCollectionExport> {
  return buildCollectionExport(ctx.db, {
    projectId: ctx.access.projectId,
    collectionId: input.collectionId,
    format: input.format,
    audience: ctx.access.audience,
    actorUserId: ctx.session.user.id,
    now: ctx.clock(),
    via: 'portal',
  });
}

function runImport(
  ctx: TCtx,
  source: TImportSource,
  input: { title?: string; dryRun: boolean },
): TImportOutcome {
  const now = ctx.clock();
  return storeImport(ctx.db, {
    projectId: ctx.access.projectId,
    plan: planImport(source, now),
    collectionTitle: input.title,
    actorUserId: ctx.session.user.id,
    now,
    dryRun: input.dryRun,
  });
}

export const importSensemaker = (ctx: TCtx, input: z.infer<typeof ZImportSensemakerInput>) =>
  runImport(ctx, { kind: 'sensemaker', definition: input.definition, data: input.data }, input);

export const importNarrafirma = (ctx: TCtx, input: z.infer<typeof ZImportNarrafirmaInput>) =>
  runImport(ctx, { kind: 'narrafirma', form: input.form, stories: input.stories }, input);

export const importJson = (ctx: TCtx, input: z.infer<typeof ZImportJsonInput>) =>
  runImport(ctx, { kind: 'json', file: input.file }, input);

export const importCsv = (ctx: TCtx, input: z.infer<typeof ZImportCsvInput>) =>
  runImport(
    ctx,
    { kind: 'csv', file: input.file, mapping: input.mapping, title: input.title },
    input,
  );

export function previewCsvFile(_ctx: TCtx, input: z.infer<typeof ZPreviewCsvInput>): TCsvPreview {
  try {
    return previewCsv(input.file, 5);
  } catch (error) {
    throw new AppError(
      'BAD_INPUT',
      error instanceof Error ? error.message : 'Het bestand is niet te lezen.',
    );
  }
}

/** The collections one may export, for the page. */
export function exportableCollections(ctx: TCtx) {
  return listProjectCollections(ctx.db, ctx.access.projectId).map((c) => ({
    id: c.id,
    slug: c.slug,
    title: c.title,
  }));
}
