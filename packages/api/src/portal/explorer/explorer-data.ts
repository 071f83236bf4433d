import type { TScanResult, TVariable } from '@duiding/analytics';
import { TRIAD_ZONES, triadZoneIndex, variableBuilder } from '@duiding/analytics';
import {
  listProjectCollections,
  readLoggedStories,
  readStoryChanges,
  searchExplorerStoryIds,
  type TDbExecutor,
  type TExplorerStoryRow,
  type TLoggedStory,
  visitExplorerStories,
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
import { answerEncoder, type TAnswerColumn } from './answer-columns';
import type { TExplorerFilter, TGroupBy } from './explorer.schema';

/*
 * The stories of one framework of a project, as the explorer reads them: encoded once into
 * typed columns and kept in memory while the project's stories stay the same (a
 * fingerprint of count, last row and statuses is checked on every request), so that a
 * chart over 100 000 stories neither parses 100 000 JSON documents each time nor keeps
 * them (about 300 MB at 100 000 stories; the columns take a sixth of that). The stories
 * are read a page at a time and encoded as they come. A story's text and full answers
 * are read from the database when the reader shows it.
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
  questions: Map<string, TExplorerQuestion>;
  /** Stories of the framework's collections that analysis may use (not rejected). */
  size: number;
  /** Ids of the stories, in their order. */
  rowIds: string[];
  /** Per story: its collection, as an index into `collections`. */
  collectionIndex: Uint16Array;
  /** Per story: the year of its day. */
  years: Uint16Array;
  /** Per story: 1 when approved (all an outside viewer may see). */
  approved: Uint8Array;
  /** Per question id: its answers as the charts and filters read them (not for open questions). */
  answers: Map<string, TAnswerColumn>;
  /** Pattern scans by audience, computed on first request. */
  scans: Map<TAudience, TScanResult>;
  /** Comparisons already tested, by view (question, filters, grouping, audience). */
  comparisons: Map<string, unknown>;
  /**
   * Every question's answers encoded for the statistics once (typed columns in the order of
   * the stories), shared by the pattern scans and the comparisons.
   */
  columns: TVariable[];
}

type TDatasetFrame = Pick<
  TExplorerDataset,
  'fingerprint' | 'framework' | 'frameworks' | 'collections'
>;

const nl = (text: Parameters<typeof localize>[0]) => localize(text, { locale: 'nl' });

const cache = new WeakMap<object, Map<string, TCachedDataset>>();

/** How often a dataset was read whole and how often grown (for the tests and the bench). */
export const datasetReads = { whole: 0, grown: 0 };

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
  let perProject = cache.get(db);
  if (!perProject) {
    perProject = new Map();
    cache.set(db, perProject);
  }
  const key = `${projectId}\u0000${framework.id}`;
  // Another collection (maybe with a newer version of the questions) is another dataset.
  const shape = ofFramework.map((c) => c.id).join(' ');
  const cached = perProject.get(key);
  const changes = readStoryChanges(db);
  if (cached && cached.shape === shape) {
    if (cached.dataset.fingerprint === changes.fingerprint) return cached.dataset;
    const grown = grow(db, projectId, cached, changes);
    if (grown) {
      datasetReads.grown++;
      return grown;
    }
  }
  datasetReads.whole++;
  // The old one goes first, so that two datasets are never held at once.
  perProject.delete(key);
  const frame: TDatasetFrame = {
    fingerprint: changes.fingerprint,
    framework,
    frameworks,
    collections: ofFramework.map((c) => ({ id: c.id, title: c.title })),
  };
  let builder: TDatasetBuilder | undefined;
  visitExplorerStories(
    db,
    projectId,
    ofFramework.map((c) => c.id),
    (count) => {
      // Room for a sixteenth more (6 250 at 100 000), so that new stories are added
      // without reading the rest; an eighth took the server over 300 MB at peak.
      const started = datasetBuilder(frame, count + Math.max(1024, count >> 4));
      builder = started;
      return (row) => started.add(row);
    },
    { after: 0, upTo: changes.lastRowid },
  );
  const built = builder as TDatasetBuilder;
  const entry: TCachedDataset = {
    shape,
    upTo: changes.lastRowid,
    logged: changes.logged,
    builder: built,
    dataset: built.finish(changes.fingerprint),
  };
  perProject.set(key, entry);
  return entry.dataset;
}

interface TCachedDataset {
  /** The collections it is of. */
  shape: string;
  /** The stories read are those up to this rowid... */
  upTo: number;
  /** ...as they were after this entry of the story log (or later: a change is set again). */
  logged: number;
  builder: TDatasetBuilder;
  dataset: TExplorerDataset;
}

/**
 * The dataset after new stories came or stored ones changed status, from the one before
 * without reading its stories again: new stories (stored later, so after every story read)
 * are added at the end; a story approved or sent back to review changes its flag. A story
 * that left the analysis (rejected, withdrawn, deleted) or came back to it, or more new
 * stories than there is room for, need the stories read again (undefined).
 */
function grow(
  db: TDbExecutor,
  projectId: string,
  cached: TCachedDataset,
  changes: ReturnType<typeof readStoryChanges>,
): TExplorerDataset | undefined {
  const { builder } = cached;
  const collectionIds = builder.frame.collections.map((c) => c.id);
  let restated = 0;
  if (changes.logged !== cached.logged) {
    restated = builder.restate(
      readLoggedStories(db, { after: cached.logged, through: changes.logged, upTo: cached.upTo }),
    );
    if (restated < 0) return undefined;
  }
  const size = builder.size;
  let fits = true;
  visitExplorerStories(
    db,
    projectId,
    collectionIds,
    (count) => {
      fits = builder.size + count <= builder.capacity;
      return fits ? (row) => builder.add(row) : undefined;
    },
    { after: cached.upTo, upTo: changes.lastRowid },
  );
  if (!fits) return undefined;
  cached.upTo = changes.lastRowid;
  cached.logged = changes.logged;
  if (builder.size > size) cached.dataset = builder.finish(changes.fingerprint);
  else if (restated > 0) {
    // Only approvals changed: the same answers (the flags are shared), scans made anew.
    cached.dataset = {
      ...cached.dataset,
      fingerprint: changes.fingerprint,
      scans: new Map(),
      comparisons: new Map(),
    };
  } else {
    // Another project's stories changed: this one's dataset (and its scans) still hold.
    cached.dataset.fingerprint = changes.fingerprint;
  }
  return cached.dataset;
}

/** The dataset of these stories (in this order), as explorerDataset makes it from the database. */
export function datasetOf(
  of: TDatasetFrame & { rows: readonly TExplorerStoryRow[] },
): TExplorerDataset {
  const builder = datasetBuilder(of, of.rows.length);
  for (const row of of.rows) builder.add(row);
  return builder.finish(of.fingerprint);
}

/** Where `rowid` is among the first `size` (ascending) rowids, or −1. */
function indexOfRowid(rowids: Float64Array, size: number, rowid: number): number {
  let low = 0;
  let high = size - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const at = rowids[middle]!;
    if (at === rowid) return middle;
    if (at < rowid) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/** The questions of a framework by id (a signifier before a participant question). */
function questionsOf(framework: TFramework): Map<string, TExplorerQuestion> {
  const questions = new Map<string, TExplorerQuestion>();
  for (const question of framework.signifiers) {
    questions.set(question.id, { question, scope: 'story', label: nl(question.label) });
  }
  for (const question of framework.participantQuestions) {
    if (!questions.has(question.id)) {
      questions.set(question.id, { question, scope: 'participant', label: nl(question.label) });
    }
  }
  return questions;
}

type TDatasetBuilder = ReturnType<typeof datasetBuilder>;

/**
 * Encodes up to `capacity` stories one at a time, in order; nothing of a story's row is
 * kept but its encoding. `finish` gives the dataset of the stories added so far, and may
 * be called again after more were added.
 */
function datasetBuilder(frame: TDatasetFrame, capacity: number) {
  const { framework } = frame;
  const questions = questionsOf(framework);
  const columns = variableBuilder(framework, capacity);
  const encoders = [...questions.values()].flatMap(({ question, scope }) => {
    const encoder = answerEncoder(question, scope === 'story', capacity);
    return encoder ? [{ id: question.id, story: scope === 'story', encoder }] : [];
  });
  const collectionOf = new Map(frame.collections.map((c, k) => [c.id, k]));
  const collectionLabels = Object.fromEntries(frame.collections.map((c) => [c.id, c.title]));
  const rowIds: string[] = [];
  const rowids = new Float64Array(capacity);
  const collectionIndex = new Uint16Array(capacity);
  const years = new Uint16Array(capacity);
  const approved = new Uint8Array(capacity);
  let size = 0;
  return {
    frame,
    capacity,
    get size() {
      return size;
    },
    add(row: TExplorerStoryRow) {
      const i = size;
      if (i === capacity) throw new RangeError('no room for another story');
      // Stored answers were validated on the way in, so they have the canonical shape.
      columns.add(i, row as unknown as Parameters<typeof columns.add>[1]);
      for (const { id, story, encoder } of encoders) {
        encoder.add(i, story ? row.answers[id] : row.participantAnswers[id]);
      }
      rowIds.push(row.id);
      rowids[i] = row.rowid ?? i;
      const collection = collectionOf.get(row.collectionId);
      if (collection === undefined) throw new Error(`story ${row.id} of another collection`);
      collectionIndex[i] = collection;
      years[i] = Number(row.createdOn.slice(0, 4));
      approved[i] = row.status === 'approved' ? 1 : 0;
      size++;
    },
    /**
     * The stories added that changed since (`readLoggedStories`), as they are now: how many
     * changed between approved and not, or −1 (all else unchanged) when the stories are no
     * longer the same: one of them left the analysis, was deleted or changed more than its
     * status, or a story of these collections that was not added came back to it.
     */
    restate(changed: readonly TLoggedStory[]): number {
      const flips: [number, 0 | 1][] = [];
      for (const story of changed) {
        const at = indexOfRowid(rowids, size, story.rowid);
        const usable =
          story.id !== null &&
          story.status !== 'withdrawn' &&
          story.status !== 'rejected' &&
          collectionOf.has(story.collectionId ?? '');
        if (at < 0) {
          if (usable) return -1;
          continue;
        }
        // Another story in the same rowid (the last one deleted, a new one stored) is new.
        if (!usable || story.reread || story.id !== rowIds[at]) return -1;
        flips.push([at, story.status === 'approved' ? 1 : 0]);
      }
      let flipped = 0;
      for (const [at, now] of flips) {
        if (approved[at] !== now) {
          approved[at] = now;
          flipped++;
        }
      }
      return flipped;
    },
    finish(fingerprint: string): TExplorerDataset {
      const variables = columns.finish(collectionLabels, size);
      const answers = new Map<string, TAnswerColumn>();
      for (const { id, encoder } of encoders) answers.set(id, encoder.finish(variables, size));
      return {
        ...frame,
        fingerprint,
        questions,
        size,
        rowIds: rowIds.slice(),
        collectionIndex: collectionIndex.subarray(0, size),
        years: years.subarray(0, size),
        approved: approved.subarray(0, size),
        answers,
        scans: new Map(),
        comparisons: new Map(),
        columns: variables,
      };
    },
  };
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

/**
 * Positions of the stories in the view: every filter holds; outside the research team only
 * approved stories.
 */
export function filterRows(
  db: TDbExecutor,
  projectId: string,
  dataset: TExplorerDataset,
  filters: readonly TExplorerFilter[],
  audience: TAudience,
): Int32Array {
  const tests: ((i: number) => boolean)[] = [];
  const { approved } = dataset;
  if (audience === 'outside') tests.push((i) => approved[i] === 1);
  for (const filter of filters) {
    switch (filter.kind) {
      case 'choice': {
        const question = findQuestion(dataset, filter.question);
        if (question.question.kind !== 'choice') {
          throw new AppError('BAD_INPUT', 'Op opties filteren kan alleen bij een keuzevraag.');
        }
        const wanted = new Set(filter.options);
        const column = columnOf(dataset, question);
        const codes = column.optionCodes;
        if (codes) {
          // A plain option id: the option's own test; anything else as it was stored.
          const ids = question.question.options.map((o) => o.id);
          const hit = Uint8Array.from(ids, (id) => (wanted.has(id) ? 1 : 0));
          tests.push((i) => {
            const code = codes[i]!;
            if (code >= 0) return hit[code] === 1;
            return chosenOptions(column.at(i)).some((o) => wanted.has(o));
          });
        } else {
          tests.push((i) => chosenOptions(column.at(i)).some((o) => wanted.has(o)));
        }
        break;
      }
      case 'zone': {
        const column = columnOf(dataset, findQuestion(dataset, filter.question));
        const zones = new Set(filter.zones.map((z) => TRIAD_ZONES.indexOf(z)));
        tests.push((i) => {
          const value = column.at(i);
          return isTriad(value) && zones.has(triadZoneIndex(value.a, value.b, value.c));
        });
        break;
      }
      case 'range': {
        const column = columnOf(dataset, findQuestion(dataset, filter.question));
        tests.push((i) => {
          const value = column.at(i);
          return typeof value === 'number' && value >= filter.min && value <= filter.max;
        });
        break;
      }
      case 'collection': {
        const wanted = Uint8Array.from(dataset.collections, (c) =>
          filter.ids.includes(c.id) ? 1 : 0,
        );
        const { collectionIndex } = dataset;
        tests.push((i) => wanted[collectionIndex[i]!] === 1);
        break;
      }
      case 'year': {
        const years = new Set(filter.years);
        const of = dataset.years;
        tests.push((i) => years.has(of[i]!));
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
        const { rowIds } = dataset;
        tests.push((i) => ids.has(rowIds[i]!));
        break;
      }
    }
  }
  const out = new Int32Array(dataset.size);
  let n = 0;
  for (let i = 0; i < dataset.size; i++) {
    let keep = true;
    for (const test of tests) {
      if (!test(i)) {
        keep = false;
        break;
      }
    }
    if (keep) out[n++] = i;
  }
  return out.slice(0, n);
}

/** A question's answers; an open question has none the explorer reads (always undefined). */
export function columnOf(dataset: TExplorerDataset, question: TExplorerQuestion): TAnswerColumn {
  return dataset.answers.get(question.question.id) ?? NO_ANSWERS;
}
const NO_ANSWERS: TAnswerColumn = { at: () => undefined, optionCodes: null };

export interface TGrouping {
  /** Group ids in display order and their labels. */
  groups: { id: string; label: string }[];
  /** The groups of the story at a position (several for a multi-select question, none when unanswered). */
  groupsOf: (i: number) => readonly string[];
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
    const ids = dataset.collections.map((c) => [c.id]);
    const { collectionIndex } = dataset;
    return {
      groups: dataset.collections.map((c) => ({ id: c.id, label: c.title })),
      groupsOf: (i) => ids[collectionIndex[i]!]!,
      scanKey: 'collection',
    };
  }
  if (groupBy.kind === 'year') {
    const years = new Set<number>();
    for (const i of rows) years.add(dataset.years[i]!);
    const lists = new Map([...years].map((y) => [y, [String(y)]]));
    return {
      groups: [...years].sort().map((y) => ({ id: String(y), label: String(y) })),
      groupsOf: (i) => lists.get(dataset.years[i]!) ?? [String(dataset.years[i])],
      scanKey: 'collection',
    };
  }
  const question = findQuestion(dataset, groupBy.question);
  if (question.question.kind !== 'choice') {
    throw new AppError('BAD_INPUT', 'Indelen kan alleen naar een keuzevraag.');
  }
  const column = columnOf(dataset, question);
  const codes = column.optionCodes;
  const singles = question.question.options.map((o) => [o.id]);
  return {
    groups: question.question.options.map((o) => ({ id: o.id, label: nl(o.label) })),
    groupsOf: codes
      ? (i) => {
          const code = codes[i]!;
          return code >= 0 ? singles[code]! : chosenOptions(column.at(i));
        }
      : (i) => chosenOptions(column.at(i)),
    scanKey: question.question.id,
  };
}

export { NOT_APPLICABLE, nl };
