import { importCollection, type TDbExecutor, type TImportedCollection } from '@duiding/db';
import {
  amsterdamDay,
  ExchangeFormatError,
  readDuidingJson,
  readGenericCsv,
  readNarrafirma,
  readSensemakerData,
  readSensemakerDefinition,
  type TCsvMapping,
  type TImportPlan,
  type TRowProblem,
} from '@duiding/exchange';
import { AppError } from '../errors';

export type TImportSource =
  | { kind: 'sensemaker'; definition: string; data: string }
  | { kind: 'narrafirma'; form: string; stories: string }
  | { kind: 'json'; file: string }
  | { kind: 'csv'; file: string; mapping: TCsvMapping; title: string };

/** Reads the files of an import; a file that cannot be read at all is a BAD_INPUT. */
export function planImport(source: TImportSource, now: Date): TImportPlan {
  const today = amsterdamDay(now);
  try {
    switch (source.kind) {
      case 'sensemaker': {
        let definition: unknown;
        try {
          definition = JSON.parse(source.definition);
        } catch {
          throw new ExchangeFormatError('Het kader (definition) is geen geldige JSON.');
        }
        return readSensemakerData(readSensemakerDefinition(definition), source.data, { today });
      }
      case 'narrafirma':
        return readNarrafirma(source.form, source.stories, { today });
      case 'json':
        return readDuidingJson(source.file);
      case 'csv':
        return readGenericCsv(source.file, source.mapping, { title: source.title, today });
    }
  } catch (error) {
    if (error instanceof ExchangeFormatError) throw new AppError('BAD_INPUT', error.message);
    // csv-parse's own errors (an unclosed quote, …) name the line: pass them on.
    if (
      error instanceof Error &&
      /CSV_|Invalid|quote/i.test(`${(error as { code?: string }).code} ${error.message}`)
    ) {
      throw new AppError('BAD_INPUT', `Het CSV-bestand is niet te lezen: ${error.message}`);
    }
    throw error;
  }
}

export type TImportOutcome =
  | {
      stored: true;
      created: TImportedCollection;
      frameworkTitle: string;
      warnings: TRowProblem[];
    }
  | {
      stored: false;
      /** Why nothing was stored: rows that could not be read, or a dry run. */
      problems: TRowProblem[];
      warnings: TRowProblem[];
      stories: number;
      questions: number;
      frameworkTitle: string;
    };

/**
 * Stores a read import in one transaction, or nothing: a file with a row that cannot be
 * read imports nothing (the outcome lists every such row with its reason). A dry run
 * reads and checks everything and stores nothing.
 */
export function storeImport(
  db: TDbExecutor,
  input: {
    projectId: string;
    plan: TImportPlan;
    collectionTitle?: string;
    actorUserId: string | null;
    now: Date;
    dryRun?: boolean;
  },
): TImportOutcome {
  const { plan } = input;
  const summary = {
    warnings: plan.warnings,
    stories: plan.stories.length,
    questions: plan.framework.signifiers.length + plan.framework.participantQuestions.length,
    frameworkTitle: plan.framework.title.nl,
  };
  if (plan.problems.length > 0 || input.dryRun) {
    return { stored: false, problems: plan.problems, ...summary };
  }
  if (plan.stories.length === 0) {
    throw new AppError('BAD_INPUT', 'Het bestand bevat geen verhalen.');
  }
  const today = amsterdamDay(input.now);
  const created = importCollection(db, {
    projectId: input.projectId,
    framework: plan.framework,
    collectionTitle: (input.collectionTitle?.trim() || plan.title).slice(0, 200),
    stories: plan.stories.map((s) => ({ ...s, createdOn: s.createdOn ?? today })),
    source: plan.source,
    actorUserId: input.actorUserId,
    now: input.now,
  });
  return { stored: true, created, frameworkTitle: summary.frameworkTitle, warnings: plan.warnings };
}
