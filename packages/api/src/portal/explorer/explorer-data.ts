import type { TScanResult, TScanStory, TVariable } from '@duiding/analytics';
import { buildVariables, TRIAD_ZONES, triadZoneIndex } from '@duiding/analytics';
import {
  listProjectCollections,
  readExplorerFingerprint,
  readExplorerStories,
  searchExplorerStoryIds,
  type TDbExecutor,
  type TExplorerStoryRow,
} from '@duiding/db';
import {
  localize,
  NOT_APPLICABLE,
  readChoice,
  type TFramework,
  type TQuestion,
} from '@duiding/survey';
import { AppError } from '../../errors';
import type { TAudience } from '../../permissions';
import type { TExplorerFilter, TGroupBy } from './explorer.schema';

/*
 * The stories of one framework of a project, as the explorer reads them: parsed once and
 * kept in memory while the project's stories stay the same (a fingerprint of count, last
 * row and statuses is checked on every request), so that a chart over 100 000 stories
 * does not parse 100 000 JSON documents each time.
 */

export interface TExplorerQuestion {
  question: TQuestion;
  scope: 'story' | 'participant';
  label: string;
}

export interface TExplorerDataset {
  fingerprint: string;
  framework: TFramework;
  frameworks: { id: string; title: string }[];
  collections: { id: string; title: string }[];
  /** Stories of the framework's collections that analysis may use (not rejected). */
  rows: TExplorerStoryRow[];
  questions: Map<string, TExplorerQuestion>;
  /** Pattern scans by audience, computed on first request. */
  scans: Map<TAudience, TScanResult>;
  /** Comparisons already tested, by view (question, filters, grouping, audience). */
  comparisons: Map<string, unknown>;
  /**
   * Every question's answers encoded for the statistics once (typed columns in the order of
   * `rows`), shared by the pattern scans and the comparisons instead of re-reading 100 000
   * answer objects for each.
   */
  columns: TVariable[];
  /** Ids of the rows, in their order. */
  rowIds: string[];
}

const nl = (text: Parameters<typeof localize>[0]) => localize(text, { locale: 'nl' });

const cache = new WeakMap<object, Map<string, TExplorerDataset>>();

/** The dataset of the project's framework `frameworkId` (default: the latest collection's). */
export function explorerDataset(
  db: TDbExecutor,
  projectId: string,
  frameworkId: string | undefined,
): TExplorerDataset {
  const collections = listProjectCollections(db, projectId);
  const frameworks: { id: string; title: string }[] = [];
  for (const c of collections) {
    if (!frameworks.some((f) => f.id === c.framework.id)) {
      frameworks.push({ id: c.framework.id, title: nl(c.framework.title) });
    }
  }
  const latest = collections.at(-1);
  const wanted = frameworkId ?? latest?.framework.id;
  const ofFramework = collections.filter((c) => c.framework.id === wanted);
  const framework = ofFramework.at(-1)?.framework;
  if (!framework) {
    throw new AppError(
      'NOT_FOUND',
      frameworkId
        ? 'Deze vragenlijst heeft in dit project geen verzameling.'
        : 'Dit project heeft nog geen verzameling om te verkennen.',
    );
  }
  const fingerprint = readExplorerFingerprint(db, projectId);
  let perProject = cache.get(db);
  if (!perProject) {
    perProject = new Map();
    cache.set(db, perProject);
  }
  const key = `${projectId}\u0000${framework.id}`;
  const cached = perProject.get(key);
  if (cached && cached.fingerprint === fingerprint) return cached;
  const ids = new Set(ofFramework.map((c) => c.id));
  const rows = readExplorerStories(db, projectId).filter(
    (row) => ids.has(row.collectionId) && row.status !== 'rejected',
  );
  const dataset = datasetOf({
    fingerprint,
    framework,
    frameworks,
    collections: ofFramework.map((c) => ({ id: c.id, title: c.title })),
    rows,
  });
  perProject.set(key, dataset);
  return dataset;
}

/** The dataset of these rows: the questions by id and every question's encoded columns. */
export function datasetOf(
  of: Pick<TExplorerDataset, 'fingerprint' | 'framework' | 'frameworks' | 'collections' | 'rows'>,
): TExplorerDataset {
  const { framework, rows } = of;
  const questions = new Map<string, TExplorerQuestion>();
  for (const question of framework.signifiers) {
    questions.set(question.id, { question, scope: 'story', label: nl(question.label) });
  }
  for (const question of framework.participantQuestions) {
    if (!questions.has(question.id)) {
      questions.set(question.id, { question, scope: 'participant', label: nl(question.label) });
    }
  }
  const collectionLabels = Object.fromEntries(of.collections.map((c) => [c.id, c.title]));
  return {
    ...of,
    questions,
    scans: new Map(),
    comparisons: new Map(),
    // Stored answers were validated on the way in, so they have the canonical shape.
    columns: buildVariables(framework, rows as unknown as TScanStory[], collectionLabels),
    rowIds: rows.map((row) => row.id),
  };
}

export function answerOf(row: TExplorerStoryRow, question: TExplorerQuestion): unknown {
  return question.scope === 'story'
    ? row.answers[question.question.id]
    : row.participantAnswers[question.question.id];
}

export function findQuestion(dataset: TExplorerDataset, id: string): TExplorerQuestion {
  const question = dataset.questions.get(id);
  if (!question) throw new AppError('NOT_FOUND', 'Deze vraag hoort niet bij deze vragenlijst.');
  return question;
}

/** Options chosen in a choice answer (none when unanswered). */
export function chosenOptions(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value === 'string' || Array.isArray(value) || typeof value === 'object') {
    try {
      return readChoice(value as Parameters<typeof readChoice>[0]).selected;
    } catch {
      return [];
    }
  }
  return [];
}

export function isTriad(value: unknown): value is { a: number; b: number; c: number } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { a?: unknown }).a === 'number' &&
    typeof (value as { b?: unknown }).b === 'number' &&
    typeof (value as { c?: unknown }).c === 'number'
  );
}

export const yearOf = (row: TExplorerStoryRow) => Number(row.createdOn.slice(0, 4));

/**
 * Positions of the rows in the view: every filter holds; outside the research team only
 * approved stories.
 */
export function filterRows(
  db: TDbExecutor,
  projectId: string,
  dataset: TExplorerDataset,
  filters: readonly TExplorerFilter[],
  audience: TAudience,
): Int32Array {
  const tests: ((row: TExplorerStoryRow) => boolean)[] = [];
  if (audience === 'outside') tests.push((row) => row.status === 'approved');
  for (const filter of filters) {
    switch (filter.kind) {
      case 'choice': {
        const question = findQuestion(dataset, filter.question);
        const wanted = new Set(filter.options);
        tests.push((row) => chosenOptions(answerOf(row, question)).some((o) => wanted.has(o)));
        break;
      }
      case 'zone': {
        const question = findQuestion(dataset, filter.question);
        const zones = new Set(filter.zones.map((z) => TRIAD_ZONES.indexOf(z)));
        tests.push((row) => {
          const value = answerOf(row, question);
          return isTriad(value) && zones.has(triadZoneIndex(value.a, value.b, value.c));
        });
        break;
      }
      case 'range': {
        const question = findQuestion(dataset, filter.question);
        tests.push((row) => {
          const value = answerOf(row, question);
          return typeof value === 'number' && value >= filter.min && value <= filter.max;
        });
        break;
      }
      case 'collection': {
        const ids = new Set(filter.ids);
        tests.push((row) => ids.has(row.collectionId));
        break;
      }
      case 'year': {
        const years = new Set(filter.years);
        tests.push((row) => years.has(yearOf(row)));
        break;
      }
      case 'text': {
        // Outside the team the redacted text is searched: a removed name finds nothing.
        const ids = new Set(
          searchExplorerStoryIds(
            db,
            projectId,
            filter.text,
            audience === 'team' ? 'original' : 'redacted',
          ),
        );
        tests.push((row) => ids.has(row.id));
        break;
      }
    }
  }
  const out = new Int32Array(dataset.rows.length);
  let n = 0;
  const rows = dataset.rows;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as TExplorerStoryRow;
    let keep = true;
    for (const test of tests) {
      if (!test(row)) {
        keep = false;
        break;
      }
    }
    if (keep) out[n++] = i;
  }
  return out.slice(0, n);
}

export interface TGrouping {
  /** Group ids in display order and their labels. */
  groups: { id: string; label: string }[];
  /** The groups of a row (several for a multi-select question, none when unanswered). */
  groupsOf: (row: TExplorerStoryRow) => string[];
  /** The key the pattern scan knows this grouping by. */
  scanKey: string;
}

export const ALL_GROUP = 'alle';

export function grouping(
  dataset: TExplorerDataset,
  groupBy: TGroupBy | null,
  rows: Int32Array,
): TGrouping | null {
  if (!groupBy) return null;
  if (groupBy.kind === 'collection') {
    return {
      groups: dataset.collections.map((c) => ({ id: c.id, label: c.title })),
      groupsOf: (row) => [row.collectionId],
      scanKey: 'collection',
    };
  }
  if (groupBy.kind === 'year') {
    const years = new Set<number>();
    for (const i of rows) years.add(yearOf(dataset.rows[i] as TExplorerStoryRow));
    return {
      groups: [...years].sort().map((y) => ({ id: String(y), label: String(y) })),
      groupsOf: (row) => [String(yearOf(row))],
      scanKey: 'collection',
    };
  }
  const question = findQuestion(dataset, groupBy.question);
  if (question.question.kind !== 'choice') {
    throw new AppError('BAD_INPUT', 'Indelen kan alleen naar een keuzevraag.');
  }
  return {
    groups: question.question.options.map((o) => ({ id: o.id, label: nl(o.label) })),
    groupsOf: (row) => chosenOptions(answerOf(row, question)),
    scanKey: question.question.id,
  };
}

export { NOT_APPLICABLE, nl };
