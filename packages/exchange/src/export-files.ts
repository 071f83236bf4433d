import { type TCell, writeCsv } from './csv';
import { frameworkColumns, type TColumn } from './export-columns';
import type { TAnswers, TFramework, TQuestion } from './survey-types';

/** One story as an export carries it. */
export interface TExportStory {
  id: string;
  /** An opaque key per participant within this export (never their code or id). */
  participantKey: string;
  promptId: string;
  title: string;
  text: string;
  language: 'nl' | 'en';
  channel: string;
  status: string;
  createdOn: string;
  answers: TAnswers;
  /** Null for viewers outside the research team: they get no participant answers. */
  participantAnswers: TAnswers | null;
}

export interface TExportInput {
  framework: TFramework;
  collection: { id: string; slug: string; title: string };
  stories: readonly TExportStory[];
  /** False for outside viewers: participant questions are left out of every file. */
  withParticipantAnswers: boolean;
  exportedAt: Date;
}

function exportedFramework(input: TExportInput): TFramework {
  return input.withParticipantAnswers
    ? input.framework
    : { ...input.framework, participantQuestions: [] };
}

/** The story columns before the questions, as SenseMaker's export starts. */
const STORY_COLUMNS = [
  'FragmentID',
  'project_id',
  'version',
  'language',
  'server_upload_time',
  'duiding_participant',
  'duiding_prompt',
  'duiding_channel',
  'duiding_status',
  'StoryTitle',
  'duiding_story_text',
] as const;

function uploadTime(createdOn: string): number {
  // Noon UTC is the same day in Amsterdam, and all the story keeps of its time is the day.
  return Date.parse(`${createdOn}T12:00:00Z`);
}

function answerOf(story: TExportStory, q: TQuestion) {
  return (story.answers[q.id] ?? story.participantAnswers?.[q.id]) as never;
}

/** The data file in SenseMaker's processed layout. */
export function sensemakerCsv(input: TExportInput): string {
  return writeCsv(dataRows(input));
}

/**
 * A SenseMaker framework definition for the data file, so SenseMaker's tools (and
 * Duiding's importer) can read it. Duiding's own framework rides along in
 * `duiding_framework`, which SenseMaker ignores.
 */
export function sensemakerDefinition(input: TExportInput): Record<string, unknown> {
  const framework = exportedFramework(input);
  const signifier = (q: TQuestion, order: number) => {
    const common = {
      id: q.id,
      name: 'Name',
      type: 'freetext',
      order,
      title: q.label.nl,
      allow_na: 'allowNotApplicable' in q ? q.allowNotApplicable : false,
      fragment: false,
      required: q.required,
    };
    switch (q.kind) {
      case 'triad':
        return {
          ...common,
          type: 'triad',
          content: { labels: q.corners.map((c) => ({ id: c.id, text: c.label.nl })) },
        };
      case 'dyad':
        return {
          ...common,
          type: 'dyad',
          content: {
            labels: [
              { id: 'left', text: q.left.nl },
              { id: 'right', text: q.right.nl },
            ],
          },
        };
      case 'stones':
        return {
          ...common,
          type: 'stones',
          content: {
            axis: {
              x: { start_label: q.x.low.nl, end_label: q.x.high.nl },
              y: { start_label: q.y.low.nl, end_label: q.y.high.nl },
            },
            stones: q.stones.map((s) => ({ id: s.id, title: s.label.nl })),
          },
        };
      case 'choice':
        return {
          ...common,
          type: 'list',
          content: {
            items: q.options.map((o) => ({ id: o.id, title: o.label.nl })),
            max_responses: q.multiple ? (q.max ?? q.options.length) : 1,
            min_responses: q.min ?? 0,
          },
        };
      default:
        return { ...common, content: {} };
    }
  };
  const questions = [...framework.signifiers, ...framework.participantQuestions];
  return {
    definition_version: [framework.version],
    name: [framework.title.nl],
    code: [framework.id],
    description: [input.collection.title],
    id: [framework.id],
    language: ['nl'],
    version: [framework.version],
    fragment_signifier_id: ['duiding_story_text'],
    duiding_prompt_signifier_id: ['duiding_prompt'],
    signifiers: [
      {
        id: 'duiding_prompt',
        name: 'Name',
        type: 'list',
        order: 0,
        title: 'Vertelvraag',
        allow_na: false,
        fragment: false,
        required: true,
        content: {
          items: framework.prompts.map((p) => ({ id: p.id, title: p.label.nl })),
          max_responses: 1,
        },
      },
      {
        id: 'duiding_story_text',
        name: 'Name',
        type: 'freetext',
        order: 1,
        title: framework.storyFields?.text.label.nl ?? 'Verhaal',
        allow_na: false,
        fragment: true,
        required: true,
        content: { multiline: true },
      },
      ...questions.map((q, i) => signifier(q, i + 2)),
    ],
    linked_frameworks: [],
    duiding_framework: framework,
  };
}

export const DUIDING_JSON_FORMAT = 'duiding-collection';
export const DUIDING_JSON_VERSION = 1;

/**
 * The JSON export, format `duiding-collection` version 1:
 * `{ format, formatVersion, exportedAt, collection: { id, slug, title },
 *    framework: { id, version, definition }, stories: TExportStory[] }`
 * where `definition` is the framework version as `@duiding/survey` defines it and each
 * story's answers use its canonical encoding (DESIGN.md). Outside viewers' exports have
 * `participantAnswers: null` and no participant questions in the definition.
 */
export function duidingJson(input: TExportInput): string {
  const framework = exportedFramework(input);
  return `${JSON.stringify(
    {
      format: DUIDING_JSON_FORMAT,
      formatVersion: DUIDING_JSON_VERSION,
      exportedAt: input.exportedAt.toISOString(),
      collection: input.collection,
      framework: { id: framework.id, version: framework.version, definition: framework },
      stories: input.stories,
    },
    null,
    2,
  )}\n`;
}

/** One row of the codebook: a column, its question and the values it holds. */
export interface TCodebookRow {
  column: string;
  question: string;
  questionText: string;
  meaning: string;
  values: { value: string | number; label: string }[];
}

export function codebook(input: TExportInput): TCodebookRow[] {
  const framework = exportedFramework(input);
  const story = (
    column: string,
    meaning: string,
    values: TCodebookRow['values'] = [],
  ): TCodebookRow => ({
    column,
    question: '',
    questionText: '',
    meaning,
    values,
  });
  return [
    story('FragmentID', 'id van het verhaal'),
    story('project_id', 'id van de vragenlijst'),
    story('version', 'versie van de vragenlijst'),
    story('language', 'taal van het verhaal', [
      { value: 'nl', label: 'Nederlands' },
      { value: 'en', label: 'Engels' },
    ]),
    story('server_upload_time', 'dag van het verhaal (ms sinds 1970, 12:00 UTC)'),
    story('duiding_participant', 'deelnemer (alleen binnen deze export)'),
    story(
      'duiding_prompt',
      'gekozen vertelvraag',
      framework.prompts.map((p) => ({ value: p.id, label: p.label.nl })),
    ),
    story(
      'duiding_channel',
      'kanaal',
      ['web', 'assisted', 'paper', 'import'].map((v) => ({ value: v, label: v })),
    ),
    story(
      'duiding_status',
      'moderatiestatus',
      ['pending', 'approved', 'rejected'].map((v) => ({ value: v, label: v })),
    ),
    story('StoryTitle', 'titel'),
    story('duiding_story_text', 'verhaaltekst'),
    ...frameworkColumns(framework).map((c: TColumn) => ({
      column: c.name,
      question: c.question.id,
      questionText: c.question.label.nl,
      meaning: c.meaning,
      values: c.values ?? [],
    })),
  ];
}

/** The rows of the data sheet (header first), as in the SenseMaker CSV. */
export function dataRows(input: TExportInput): TCell[][] {
  const framework = exportedFramework(input);
  const columns = frameworkColumns(framework);
  return [
    [...STORY_COLUMNS, ...columns.map((c) => c.name)],
    ...input.stories.map((s): TCell[] => [
      s.id,
      framework.id,
      framework.version,
      s.language,
      uploadTime(s.createdOn),
      s.participantKey,
      s.promptId,
      s.channel,
      s.status,
      s.title,
      s.text,
      ...columns.map((c) => c.cell(answerOf(s, c.question))),
    ]),
  ];
}
