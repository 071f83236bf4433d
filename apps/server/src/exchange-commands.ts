import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  AppError,
  buildCollectionExport,
  EXPORT_FORMATS,
  planImport,
  storeImport,
  type TExportFormat,
  type TImportSource,
} from '@duiding/api';
import { findCollectionBySlug, findProjectBySlug, type TDatabase } from '@duiding/db';

/*
 * `pnpm duiding export` and `pnpm duiding import`: the same code as the portal's, with the
 * operator as actor (audited as the CLI) and no size limit on the files.
 */

export interface TExchangeIo {
  out: (line: string) => void;
  err: (line: string) => void;
  clock: () => Date;
  withDatabase: <T>(work: (database: TDatabase) => T) => T;
}

export async function exportCommand(
  io: TExchangeIo,
  options: { collection?: string; format?: string; out?: string },
): Promise<number> {
  if (!options.collection) return usage(io, 'Geef de verzameling met --collection <adres>.');
  if (!EXPORT_FORMATS.includes(options.format as TExportFormat)) {
    return usage(io, `Geef --format ${EXPORT_FORMATS.join('|')}.`);
  }
  if (!options.out) return usage(io, 'Geef met --out de map voor de bestanden.');
  const dir = resolve(options.out);
  return await io.withDatabase(async (database) => {
    const collection = findCollectionBySlug(database.orm, options.collection!);
    if (!collection) {
      io.err(`Er is geen verzameling met het adres "${options.collection}".`);
      return 1;
    }
    const result = await buildCollectionExport(database.orm, {
      projectId: collection.projectId,
      collectionId: collection.id,
      format: options.format as TExportFormat,
      audience: 'team',
      actorUserId: null,
      now: io.clock(),
      via: 'cli',
    });
    mkdirSync(dir, { recursive: true });
    for (const file of result.files) {
      const path = join(dir, file.name);
      if (existsSync(path)) {
        io.err(`${path} bestaat al; kies een lege map, zodat er niets overschreven wordt.`);
        return 1;
      }
    }
    for (const file of result.files) {
      const path = join(dir, file.name);
      writeFileSync(
        path,
        file.encoding === 'base64' ? Buffer.from(file.content, 'base64') : file.content,
      );
      io.out(`Geschreven: ${path}`);
    }
    io.out(
      `${result.stories} verhalen uit "${collection.title}" uitgevoerd als ${options.format}.`,
    );
    return 0;
  });
}

export function importCommand(
  io: TExchangeIo,
  kind: string | undefined,
  options: {
    project?: string;
    definition?: string;
    data?: string;
    form?: string;
    stories?: string;
    file?: string;
    title?: string;
    'dry-run'?: boolean;
  },
): number {
  if (!options.project) return usage(io, 'Geef het project met --project <naam>.');
  const read = (path: string | undefined, what: string): string | undefined => {
    if (!path) return undefined;
    try {
      return readFileSync(resolve(path), 'utf8');
    } catch {
      io.err(`Het ${what} ${resolve(path)} is niet te lezen.`);
      return undefined;
    }
  };
  let source: TImportSource;
  if (kind === 'sensemaker') {
    if (!options.definition || !options.data)
      return usage(io, 'Geef --definition <kader.json> en --data <gegevens.csv>.');
    const definition = read(options.definition, 'kader');
    const data = read(options.data, 'gegevensbestand');
    if (definition === undefined || data === undefined) return 1;
    source = { kind, definition, data };
  } else if (kind === 'narrafirma') {
    if (!options.form || !options.stories)
      return usage(io, 'Geef --form <verhaalformulier.csv> en --stories <verhalen.csv>.');
    const form = read(options.form, 'verhaalformulier');
    const stories = read(options.stories, 'verhalenbestand');
    if (form === undefined || stories === undefined) return 1;
    source = { kind, form, stories };
  } else if (kind === 'json') {
    const file = read(options.file, 'bestand');
    if (!options.file) return usage(io, 'Geef --file <export.json>.');
    if (file === undefined) return 1;
    source = { kind, file };
  } else {
    return usage(io, 'Kies: import sensemaker, import narrafirma of import json.');
  }
  return io.withDatabase((database) => {
    const project = findProjectBySlug(database.orm, options.project!);
    if (!project) {
      io.err(`Er is geen project met de naam "${options.project}".`);
      return 1;
    }
    const now = io.clock();
    try {
      const plan = planImport(source, now);
      const outcome = storeImport(database.orm, {
        projectId: project.id,
        plan,
        collectionTitle: options.title,
        actorUserId: null,
        now,
        dryRun: options['dry-run'] === true,
      });
      for (const w of outcome.warnings) io.out(`Let op, rij ${w.row}: ${w.reason}`);
      if (!outcome.stored) {
        for (const p of outcome.problems) io.err(`Rij ${p.row} niet te lezen: ${p.reason}`);
        if (outcome.problems.length > 0) {
          io.err(
            `Niets opgeslagen: ${outcome.problems.length} rij(en) niet te lezen (van ${outcome.stories + outcome.problems.length}).`,
          );
          return 1;
        }
        io.out(
          `Proef: ${outcome.stories} verhalen en ${outcome.questions} vragen te lezen; niets opgeslagen.`,
        );
        return 0;
      }
      const c = outcome.created;
      io.out(
        c.versionCreated
          ? `Vragenlijst "${outcome.frameworkTitle}" (${c.frameworkKey}), versie ${c.version}: aangemaakt en gepubliceerd.`
          : `Vragenlijst "${outcome.frameworkTitle}" (${c.frameworkKey}), versie ${c.version}: bestond al, opnieuw gebruikt.`,
      );
      io.out(`Verzameling aangemaakt: ${c.collectionSlug} (gesloten).`);
      io.out(
        `${c.stories} verhalen van ${c.participants} deelnemers opgeslagen, kanaal "import", wachten op moderatie.`,
      );
      return 0;
    } catch (error) {
      if (error instanceof AppError) {
        io.err(`Niets opgeslagen: ${error.message}`);
        return 1;
      }
      throw error;
    }
  });
}

function usage(io: TExchangeIo, message: string): number {
  io.err(message);
  io.err('Zie: pnpm duiding help');
  return 2;
}
