import {
  haaglandenPanelWave1,
  zhzJeugdhulp,
  zhzVerteltLanding,
  zhzVerteltTheme,
} from '@duiding/survey';
import { afterEach, describe, expect, it } from 'vitest';
import { NOW } from '../test/fixtures';
import {
  createCollection,
  createFramework,
  createFrameworkVersion,
  createProject,
  DbConflictError,
  deleteFrameworkVersion,
  findCollectionBySlug,
  findFrameworkVersion,
  openDatabase,
  publishFrameworkVersion,
  setCollectionPresentation,
  type TDatabase,
  updateFrameworkVersionDefinition,
} from './index';

let database: TDatabase | undefined;
afterEach(() => database?.close());

function draftVersion() {
  database = openDatabase({ file: ':memory:' });
  const db = database.orm;
  const project = createProject(db, { slug: 'p', name: 'P', now: NOW });
  const framework = createFramework(db, {
    projectId: project.id,
    key: 'zhz',
    title: 'Z',
    now: NOW,
  });
  const version = createFrameworkVersion(db, {
    frameworkId: framework.id,
    version: 1,
    definition: zhzJeugdhulp,
    now: NOW,
  });
  return { db, projectId: project.id, frameworkId: framework.id, versionId: version.id };
}

describe('framework versions', () => {
  it('lets a draft change, and stores its definition as given', () => {
    const { db, versionId } = draftVersion();
    updateFrameworkVersionDefinition(db, versionId, haaglandenPanelWave1);
    expect(findFrameworkVersion(db, versionId)?.definition).toEqual(haaglandenPanelWave1);
  });

  it('refuses to change or delete a published version, and keeps its content', () => {
    const { db, versionId } = draftVersion();
    const publishedAt = publishFrameworkVersion(db, versionId, NOW);

    expect(() => updateFrameworkVersionDefinition(db, versionId, haaglandenPanelWave1)).toThrow(
      DbConflictError,
    );
    expect(() => deleteFrameworkVersion(db, versionId)).toThrow(/gepubliceerd/);
    expect(publishFrameworkVersion(db, versionId, new Date('2030-01-01'))).toEqual(publishedAt);
    expect(findFrameworkVersion(db, versionId)?.definition).toEqual(zhzJeugdhulp);
  });

  it('refuses a second version with the same number', () => {
    const { db, frameworkId } = draftVersion();
    expect(() =>
      createFrameworkVersion(db, { frameworkId, version: 1, definition: zhzJeugdhulp, now: NOW }),
    ).toThrow(/UNIQUE/);
  });

  it('starts a collection only on a published version', () => {
    const { db, projectId, versionId } = draftVersion();
    const collection = {
      projectId,
      frameworkVersionId: versionId,
      slug: 'c',
      title: 'C',
      kind: 'public' as const,
      opensAt: NOW,
      closesAt: new Date('2027-01-01'),
      now: NOW,
    };
    expect(() => createCollection(db, collection)).toThrow(DbConflictError);
    publishFrameworkVersion(db, versionId, NOW);
    expect(createCollection(db, collection).slug).toBe('c');
  });

  it('keeps a landing page and theme, and can take them off again', () => {
    const { db, projectId, versionId } = draftVersion();
    publishFrameworkVersion(db, versionId, NOW);
    const created = createCollection(db, {
      projectId,
      frameworkVersionId: versionId,
      slug: 'c',
      title: 'C',
      kind: 'public',
      opensAt: NOW,
      closesAt: new Date('2027-01-01'),
      landing: zhzVerteltLanding,
      now: NOW,
    });
    expect(findCollectionBySlug(db, 'c')).toMatchObject({
      landing: zhzVerteltLanding,
      theme: null,
    });
    setCollectionPresentation(db, created.id, { theme: zhzVerteltTheme });
    expect(findCollectionBySlug(db, 'c')).toMatchObject({
      landing: zhzVerteltLanding,
      theme: zhzVerteltTheme,
    });
    setCollectionPresentation(db, created.id, { landing: null });
    expect(findCollectionBySlug(db, 'c')?.landing).toBeNull();
  });
});
