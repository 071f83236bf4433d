import { randomUUID } from 'node:crypto';
import { zhzJeugdhulp } from '@duiding/survey';
import {
  createCollection,
  createFramework,
  createFrameworkVersion,
  createProject,
  openDatabase,
  publishFrameworkVersion,
  type TDatabase,
  type TNewStory,
} from '../src/index';

export const NOW = new Date('2026-11-15T10:00:00Z');

/**
 * A database with the real migrations and one open public collection: in memory, or in
 * `file` when a test needs a second connection (the story writer's thread).
 */
export function openWithCollection(file = ':memory:'): {
  database: TDatabase;
  projectId: string;
  collectionId: string;
} {
  const database = openDatabase({ file });
  const db = database.orm;
  const project = createProject(db, { slug: 'zhz', name: 'ZHZ', now: NOW });
  const framework = createFramework(db, {
    projectId: project.id,
    key: zhzJeugdhulp.id,
    title: 'ZHZ',
    now: NOW,
  });
  const version = createFrameworkVersion(db, {
    frameworkId: framework.id,
    version: 1,
    definition: zhzJeugdhulp,
    now: NOW,
  });
  publishFrameworkVersion(db, version.id, NOW);
  const collection = createCollection(db, {
    projectId: project.id,
    frameworkVersionId: version.id,
    slug: 'zhz-vertelt-2026',
    title: 'ZHZ vertelt 2026',
    kind: 'public',
    opensAt: new Date('2026-09-30T22:00:00Z'),
    closesAt: new Date('2027-01-31T23:00:00Z'),
    now: NOW,
  });
  return { database, projectId: project.id, collectionId: collection.id };
}

/** A story for `insertStoryOnce`, with fresh client ids; `overrides` for what a test needs. */
export function newStory(collectionId: string, overrides: Partial<TNewStory> = {}): TNewStory {
  return {
    clientId: randomUUID(),
    collectionId,
    participant: { clientId: randomUUID(), answers: { rol: 'ouder_of_verzorger' } },
    promptId: 'moment',
    title: 'Eindelijk gehoord',
    text: 'De hulpverlener nam de tijd voor ons gezin.',
    language: 'nl',
    channel: 'web',
    answers: { betrokken: 0.8 },
    createdOn: '2026-11-15',
    ...overrides,
  };
}
