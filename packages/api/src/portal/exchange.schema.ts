import { z } from 'zod';
import { EXPORT_FORMATS } from '../exchange/collection-export';

/**
 * The most text one import request carries: the server takes bodies up to 4 MiB, and JSON
 * escaping of quotes and line breaks can grow a file by a quarter, so 3 MiB of files fit.
 * Larger exports import with the CLI, which has no limit.
 */
export const MAX_IMPORT_CHARS = 3 * 1024 * 1024;

const tooLarge = `Een import in de portal is hooguit 3 MB. Gebruik voor grotere bestanden: pnpm duiding import.`;
const file = z.string().min(1, 'Kies een bestand.').max(MAX_IMPORT_CHARS, tooLarge);
const common = {
  collectionId: z.string().min(1).max(64).optional(),
  title: z.string().trim().max(200).optional(),
  /** Read and check everything, store nothing: the preview before the import. */
  dryRun: z.boolean().default(false),
};
const withinLimit = (files: string[]) =>
  files.reduce((n, f) => n + f.length, 0) <= MAX_IMPORT_CHARS;

export const ZExportCollectionInput = z.object({
  collectionId: z.string().min(1).max(64),
  format: z.enum(EXPORT_FORMATS),
});

export const ZImportSensemakerInput = z
  .object({ ...common, definition: file, data: file })
  .refine((i) => withinLimit([i.definition, i.data]), { message: tooLarge });

export const ZImportNarrafirmaInput = z
  .object({ ...common, form: file, stories: file })
  .refine((i) => withinLimit([i.form, i.stories]), { message: tooLarge });

export const ZImportJsonInput = z.object({ ...common, file });

const column = z.string().min(1).max(200);
export const ZCsvMapping = z.object({
  title: column.optional(),
  text: column,
  date: column.optional(),
  questions: z
    .array(
      z.object({ column, kind: z.enum(['text', 'number', 'choice']), label: z.string().max(300) }),
    )
    .max(200),
});

export const ZPreviewCsvInput = z.object({ file });

export const ZImportCsvInput = z.object({
  ...common,
  title: z.string().trim().min(1, 'Geef de verzameling een naam.').max(200),
  file,
  mapping: ZCsvMapping,
});
