import {
  applyRetention,
  createCollection,
  createProject,
  createPublishedFramework,
  createUser,
  insertStoryOnce,
  openDatabase,
  setRetentionPolicy,
  setStoryStatus,
  type TExplorerStoryRow,
  type TStoryStatus,
  visitExplorerStories,
} from '@duiding/db';
import { generateDemoStories } from '@duiding/demo';
import { zhzJeugdhulp } from '@duiding/survey';
import { afterAll, describe, expect, it } from 'vitest';
import { datasetOf, datasetReads, explorerDataset, type TExplorerDataset } from './explorer-data';

/*
 * The explorer keeps a project's dataset between requests and, when stories come or
 * change status, grows it instead of reading every story again. Whatever happened, the
 * dataset must be the one a fresh read gives.
 */

const now = new Date('2026-11-15T10:00:00Z');
const database = openDatabase({ file: ':memory:' });
afterAll(() => database.close());
const db = database.orm;

function study(slug: string) {
  const project = createProject(db, { slug, name: slug, now });
  const [versionId] = createPublishedFramework(db, {
    projectId: project.id,
    versions: [zhzJeugdhulp],
    title: 'ZHZ',
    now,
  });
  const collections = ['a', 'b'].map(
    (c) =>
      createCollection(db, {
        projectId: project.id,
        frameworkVersionId: versionId!,
        slug: `${slug}-${c}`,
        title: `${slug} ${c}`,
        kind: 'public',
        opensAt: new Date('2026-01-01T00:00:00Z'),
        closesAt: new Date('2027-01-01T00:00:00Z'),
        now,
      }).id,
  );
  return { projectId: project.id, collections };
}

const { stories: demo } = generateDemoStories({ framework: zhzJeugdhulp, count: 400, seed: 7 });
let next = 0;
/** Stores the next demo story (with its status) in a collection; its id. */
function tell(collectionId: string, status: TStoryStatus = 'pending', createdOn?: string): string {
  const k = next++;
  const story = demo[k % demo.length]!;
  return insertStoryOnce(db, {
    clientId: `client-${k}`,
    collectionId,
    participant: { clientId: `participant-${k}`, answers: story.participantAnswers },
    promptId: story.promptId,
    title: story.title,
    text: story.text,
    language: story.language,
    channel: story.channel,
    status,
    answers: story.answers,
    // Days out of the order of storing: the dataset keeps the order stored.
    createdOn: createdOn ?? `2026-0${1 + (k % 9)}-1${k % 10}`,
  }).storyId;
}

/** The dataset as a fresh read of every story gives it. */
function freshDataset(projectId: string, kept: TExplorerDataset): TExplorerDataset {
  const rows: TExplorerStoryRow[] = [];
  visitExplorerStories(
    db,
    projectId,
    kept.collections.map((c) => c.id),
    () => (row) => rows.push(row),
  );
  return datasetOf({ ...kept, rows });
}

/** Everything a chart or scan reads of a dataset, as plain values. */
function contents(dataset: TExplorerDataset) {
  const answers: Record<string, unknown[]> = {};
  for (const [id, column] of dataset.answers) {
    answers[id] = Array.from({ length: dataset.size }, (_, i) => column.at(i));
  }
  return {
    size: dataset.size,
    rowIds: dataset.rowIds,
    collectionIndex: Array.from(dataset.collectionIndex),
    years: Array.from(dataset.years),
    approved: Array.from(dataset.approved),
    answers,
    columns: dataset.columns.map((v) => ({
      ...v,
      status: Array.from(v.status),
      ...('codes' in v ? { codes: Array.from(v.codes) } : {}),
      ...('values' in v ? { values: Array.from(v.values), levels: Array.from(v.levels) } : {}),
      ...('parts' in v
        ? { parts: v.parts.map((p) => Array.from(p)), z1: Array.from(v.z1), z2: Array.from(v.z2) }
        : {}),
    })),
  };
}

/**
 * The project's dataset as the explorer keeps it, and a check that the next request gives
 * one equal to a fresh read, made the way expected.
 */
function keptDataset(projectId: string) {
  const kept = { dataset: explorerDataset(db, projectId, undefined) };
  return Object.assign(kept, {
    expectLikeFresh(how: 'whole' | 'grown' | 'kept') {
      const before = { ...datasetReads };
      const previous = kept.dataset;
      kept.dataset = explorerDataset(db, projectId, undefined);
      expect(datasetReads.whole - before.whole).toBe(how === 'whole' ? 1 : 0);
      expect(datasetReads.grown - before.grown).toBe(how === 'whole' ? 0 : 1);
      if (how === 'kept') expect(kept.dataset).toBe(previous);
      expect(contents(kept.dataset)).toEqual(contents(freshDataset(projectId, kept.dataset)));
    },
  });
}

describe('the explorer dataset kept between requests', () => {
  const { projectId, collections } = study('groei');
  const other = study('ander');
  const ids: string[] = [];
  for (let k = 0; k < 120; k++) {
    ids.push(tell(collections[k % 2]!, k % 4 === 0 ? 'pending' : 'approved'));
  }
  const kept = keptDataset(projectId);
  const expectLikeFresh = kept.expectLikeFresh;
  let dataset = kept.dataset;
  kept.expectLikeFresh = (how) => {
    expectLikeFresh(how);
    dataset = kept.dataset;
  };

  it('is read whole once, then the same while nothing changes', () => {
    expect(dataset.size).toBe(120);
    expect(contents(dataset)).toEqual(contents(freshDataset(projectId, dataset)));
    const before = { ...datasetReads };
    expect(explorerDataset(db, projectId, undefined)).toBe(dataset);
    expect(datasetReads).toEqual(before);
  });

  it('grows by new stories in either collection, in the order stored', () => {
    tell(collections[0]!);
    tell(collections[1]!, 'approved');
    tell(collections[0]!, 'approved');
    kept.expectLikeFresh('grown');
    expect(dataset.size).toBe(123);
  });

  it('follows an approval and a story sent back to review without reading the stories', () => {
    setStoryStatus(db, ids[0]!, 'approved');
    setStoryStatus(db, ids[1]!, 'pending');
    tell(collections[1]!);
    kept.expectLikeFresh('grown');
    expect(dataset.approved[0]).toBe(1);
    expect(dataset.approved[1]).toBe(0);
  });

  it('follows several changes of one story, and one taken back, as they are now', () => {
    const scans = dataset.scans;
    setStoryStatus(db, ids[2]!, 'pending');
    setStoryStatus(db, ids[2]!, 'approved');
    setStoryStatus(db, ids[2]!, 'pending');
    setStoryStatus(db, ids[3]!, 'pending');
    setStoryStatus(db, ids[3]!, 'approved');
    kept.expectLikeFresh('grown');
    expect([dataset.approved[2], dataset.approved[3]]).toEqual([0, 1]);
    expect(dataset.scans).not.toBe(scans);
    // Taken back before anyone looked: nothing to make again.
    dataset.scans.set('team', {} as never);
    setStoryStatus(db, ids[3]!, 'pending');
    setStoryStatus(db, ids[3]!, 'approved');
    kept.expectLikeFresh('kept');
    expect(dataset.scans.size).toBe(1);
  });

  it('keeps itself (and its pattern scans) when only another project changed', () => {
    dataset.scans.set('team', {} as never);
    tell(other.collections[0]!);
    const otherStory = tell(other.collections[1]!);
    setStoryStatus(db, otherStory, 'approved');
    kept.expectLikeFresh('kept');
    expect(dataset.scans.size).toBe(1);
  });

  it('reads every story again when one leaves the analysis or comes back', () => {
    setStoryStatus(db, ids[5]!, 'rejected');
    kept.expectLikeFresh('whole');
    expect(dataset.size).toBe(123);
    setStoryStatus(db, ids[5]!, 'approved');
    kept.expectLikeFresh('whole');
    expect(dataset.size).toBe(124);
  });

  it('reads every story again when more came than it has room for', () => {
    // Room for max(1 024, a sixteenth) more: 1 100 new stories do not fit.
    for (let k = 0; k < 1100; k++) tell(collections[k % 2]!, 'approved');
    kept.expectLikeFresh('whole');
    expect(dataset.size).toBe(1224);
    tell(collections[0]!);
    kept.expectLikeFresh('grown');
  });
});

describe('the explorer dataset kept between requests, after stories were deleted', () => {
  it('reads every story again, also when a new story takes the place of a deleted one', () => {
    const { projectId, collections } = study('bewaren');
    const owner = createUser(db, { email: 'b@example.nl', name: 'B', passwordHash: 'x', now });
    for (let k = 0; k < 20; k++) tell(collections[k % 2]!, 'approved');
    // The newest story in the database, from long ago: retention deletes it, and the next
    // story stored gets its rowid.
    const old = tell(collections[0]!, 'approved', '2020-03-01');
    const kept = keptDataset(projectId);
    expect(kept.dataset.rowIds).toContain(old);
    setRetentionPolicy(db, {
      projectId,
      policy: { afterMonths: 24, mode: 'delete' },
      userId: owner.id,
      now,
    });
    expect(applyRetention(db, now).find((run) => run.projectId === projectId)?.stories).toBe(1);
    const fresh = tell(collections[1]!, 'approved');
    kept.expectLikeFresh('whole');
    expect(kept.dataset.rowIds).not.toContain(old);
    expect(kept.dataset.rowIds.at(-1)).toBe(fresh);
    expect(kept.dataset.size).toBe(21);
  });
});
