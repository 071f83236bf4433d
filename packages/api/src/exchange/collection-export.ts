import {
  appendAuditEntry,
  findCollectionById,
  listCollectionStoriesForExport,
  type TDbExecutor,
} from '@duiding/db';
import {
  codebook,
  dataRows,
  duidingJson,
  neutraliseCell,
  sensemakerCsv,
  sensemakerDefinition,
  spssExport,
  type TExportInput,
  type TExportStory,
} from '@duiding/exchange';
import type { TAnswers } from '@duiding/survey';
import { AppError } from '../errors';
import type { TAudience } from '../permissions';
import { storiesForAudience } from '../portal/audience-text';

export const EXPORT_FORMATS = ['sensemaker', 'xlsx', 'json', 'spss'] as const;
export type TExportFormat = (typeof EXPORT_FORMATS)[number];

/** One file of an export; binary files (XLSX) travel as base64. */
export interface TExportFile {
  name: string;
  mediaType: string;
  encoding: 'utf8' | 'base64';
  content: string;
}

export interface TCollectionExport {
  files: TExportFile[];
  stories: number;
}

export interface TCollectionExportRequest {
  projectId: string;
  collectionId: string;
  format: TExportFormat;
  audience: TAudience;
  actorUserId: string | null;
  now: Date;
  /** Where it was asked for, for the audit log. */
  via: 'portal' | 'cli';
}

/** What an export for this audience holds: outside the team only approved stories. */
export function exportStatuses(audience: TAudience) {
  return audience === 'outside'
    ? (['approved'] as const)
    : (['pending', 'approved', 'rejected'] as const);
}

/**
 * A collection as files. Withdrawn stories never leave (they are not asked for); outside
 * viewers get approved stories only, with their redacted title and text, and no participant
 * answers or participant questions.
 * Every export is audited: who, which collection, format and how many stories.
 */
export async function buildCollectionExport(
  db: TDbExecutor,
  request: TCollectionExportRequest,
): Promise<TCollectionExport> {
  const collection = findCollectionById(db, request.collectionId);
  if (!collection || collection.projectId !== request.projectId) {
    throw new AppError('NOT_FOUND', 'Deze verzameling hoort niet bij dit project.');
  }
  const team = request.audience === 'team';
  // Outside the team the title and text are the moderator's redaction (or the detector's).
  const rows = storiesForAudience(
    db,
    request.audience,
    listCollectionStoriesForExport(db, collection.id, exportStatuses(request.audience)),
  );
  // Participants get a number within this export only: no id leaves the database.
  const keys = new Map<string, string>();
  const stories: TExportStory[] = rows.map((s) => {
    if (!keys.has(s.participantId)) keys.set(s.participantId, `p${keys.size + 1}`);
    return {
      id: s.id,
      participantKey: keys.get(s.participantId)!,
      promptId: s.promptId,
      title: s.title,
      text: s.text,
      language: s.language,
      channel: s.channel,
      status: s.status,
      createdOn: s.createdOn,
      answers: s.answers as TAnswers,
      participantAnswers: team ? (s.participantAnswers as TAnswers) : null,
    };
  });
  const input: TExportInput = {
    framework: collection.framework,
    collection: { id: collection.id, slug: collection.slug, title: collection.title },
    stories,
    withParticipantAnswers: team,
    exportedAt: request.now,
  };
  const base = collection.slug;
  const text = (name: string, mediaType: string, content: string): TExportFile => ({
    name,
    mediaType,
    encoding: 'utf8',
    content,
  });
  let files: TExportFile[];
  switch (request.format) {
    case 'sensemaker':
      files = [
        text(`${base}-data.csv`, 'text/csv;charset=utf-8', sensemakerCsv(input)),
        text(
          `${base}-framework.json`,
          'application/json',
          `${JSON.stringify(sensemakerDefinition(input), null, 2)}\n`,
        ),
      ];
      break;
    case 'json':
      files = [text(`${base}.json`, 'application/json', duidingJson(input))];
      break;
    case 'spss': {
      const spss = spssExport(input, `${base}-spss.csv`);
      files = [
        text(`${base}-spss.csv`, 'text/csv;charset=utf-8', spss.csv),
        text(`${base}.sps`, 'text/plain;charset=utf-8', spss.syntax),
      ];
      break;
    }
    case 'xlsx':
      files = [
        {
          name: `${base}.xlsx`,
          mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          encoding: 'base64',
          content: Buffer.from(await workbook(input)).toString('base64'),
        },
      ];
      break;
  }
  appendAuditEntry(db, {
    at: request.now,
    actorUserId: request.actorUserId,
    projectId: request.projectId,
    action: 'stories.export',
    subject: `collection:${collection.id}`,
    details: {
      format: request.format,
      stories: stories.length,
      audience: request.audience,
      via: request.via,
    },
  });
  return { files, stories: stories.length };
}

/** A data sheet in SenseMaker's layout and a codebook sheet: column, question, values. */
async function workbook(input: TExportInput): Promise<ArrayBuffer> {
  // exceljs loads with the first XLSX export, not with the server.
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.created = input.exportedAt;
  book.creator = 'Duiding';
  const data = book.addWorksheet('Gegevens');
  for (const row of dataRows(input)) {
    // Text cells start no formula (OWASP CSV injection; Excel reads XLSX strings as text,
    // but a person copying cells into another sheet would not).
    data.addRow(row.map((c) => (typeof c === 'string' ? neutraliseCell(c) : (c ?? null))));
  }
  data.getRow(1).font = { bold: true };
  data.views = [{ state: 'frozen', ySplit: 1 }];
  const sheet = book.addWorksheet('Codeboek');
  sheet.columns = [
    { header: 'Kolom', key: 'column', width: 40 },
    { header: 'Vraag', key: 'question', width: 24 },
    { header: 'Vraagtekst', key: 'questionText', width: 48 },
    { header: 'Betekenis', key: 'meaning', width: 40 },
    { header: 'Waarde', key: 'value', width: 24 },
    { header: 'Label', key: 'label', width: 40 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const row of codebook(input)) {
    const safe = {
      column: row.column,
      question: row.question,
      questionText: neutraliseCell(row.questionText),
      meaning: neutraliseCell(row.meaning),
    };
    if (row.values.length === 0) sheet.addRow(safe);
    for (const v of row.values) {
      sheet.addRow({
        ...safe,
        value: typeof v.value === 'string' ? neutraliseCell(v.value) : v.value,
        label: neutraliseCell(v.label),
      });
    }
  }
  return (await book.xlsx.writeBuffer()) as ArrayBuffer;
}
