import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import type { TAnswers, TFramework } from '@duiding/survey';
import { and, desc, eq } from 'drizzle-orm';
import { appendAuditEntry } from './audit';
import { inTransaction, type TDbExecutor } from './database';
import {
  collections,
  frameworks,
  frameworkVersions,
  participants,
  stories,
  type TStoryLanguage,
} from './schema';
import { insertStoryFacets } from './story-facets';

/** One story of an import file, read and checked by api (and @duiding/exchange). */
export interface TImportStory {
  /** Stories with the same key were told by the same participant. */
  participantKey: string;
  promptId: string;
  title: string;
  text: string;
  language: TStoryLanguage;
  /** 'YYYY-MM-DD'. */
  createdOn: string;
  answers: TAnswers;
  participantAnswers: TAnswers;
}

export interface TImportCollectionInput {
  projectId: string;
  /** Checked by api against survey's schema; its `id` is the framework's key in the project. */
  framework: TFramework;
  collectionTitle: string;
  stories: readonly TImportStory[];
  /** Where it came from, for the audit log ('sensemaker', 'narrafirma', …). */
  source: string;
  actorUserId: string | null;
  now: Date;
}

export interface TImportedCollection {
  frameworkId: string;
  frameworkKey: string;
  frameworkVersionId: string;
  version: number;
  /** False when an identical published version was there already and is used again. */
  versionCreated: boolean;
  collectionId: string;
  collectionSlug: string;
  stories: number;
  participants: number;
}

function slugOf(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48);
  return slug || 'import';
}

const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000);

/**
 * Stores an imported file in one transaction: the framework (a new one, or a new version
 * of the project's framework with the same key, so earlier years join the trend), a
 * closed collection spanning the stories' days, its participants and its stories with
 * channel `import` and status `pending` (they are moderated like any other), and one
 * audit entry. Anything failing stores nothing.
 */
export function importCollection(
  db: TDbExecutor,
  input: TImportCollectionInput,
): TImportedCollection {
  return inTransaction(db, (tx) => {
    const key = input.framework.id;
    let framework = tx
      .select({ id: frameworks.id })
      .from(frameworks)
      .where(and(eq(frameworks.projectId, input.projectId), eq(frameworks.key, key)))
      .get();
    if (!framework) {
      framework = { id: randomUUID() };
      tx.insert(frameworks)
        .values({
          id: framework.id,
          projectId: input.projectId,
          key,
          title: input.framework.title.nl,
          createdAt: input.now,
        })
        .run();
    }
    const versions = tx
      .select({
        id: frameworkVersions.id,
        version: frameworkVersions.version,
        definition: frameworkVersions.definition,
        publishedAt: frameworkVersions.publishedAt,
      })
      .from(frameworkVersions)
      .where(eq(frameworkVersions.frameworkId, framework.id))
      .orderBy(desc(frameworkVersions.version))
      .all();
    const same = versions.find(
      (v) =>
        v.publishedAt &&
        isDeepStrictEqual(
          { ...(v.definition as TFramework), version: 0 },
          { ...input.framework, version: 0 },
        ),
    );
    let versionId: string;
    let version: number;
    if (same) {
      versionId = same.id;
      version = same.version;
    } else {
      version = (versions[0]?.version ?? 0) + 1;
      versionId = randomUUID();
      tx.insert(frameworkVersions)
        .values({
          id: versionId,
          frameworkId: framework.id,
          version,
          definition: { ...input.framework, version },
          // Published at once: the imported stories refer to its questions.
          publishedAt: input.now,
          createdAt: input.now,
        })
        .run();
    }

    const days = input.stories.map((s) => s.createdOn).sort();
    const today = input.now.toISOString().slice(0, 10);
    const opensAt = new Date(Date.parse(`${days[0] ?? today}T00:00:00Z`));
    const closesAt = nextDay(days.at(-1) ?? today);
    const base = `${slugOf(input.collectionTitle)}-import`;
    let slug = base;
    for (
      let n = 2;
      tx.select({ id: collections.id }).from(collections).where(eq(collections.slug, slug)).get();
      n++
    ) {
      slug = `${base}-${n}`;
    }
    const collectionId = randomUUID();
    tx.insert(collections)
      .values({
        id: collectionId,
        projectId: input.projectId,
        frameworkVersionId: versionId,
        slug,
        title: input.collectionTitle,
        kind: 'public',
        opensAt,
        // An import is a finished collection: closed, so the intake never opens it.
        closesAt: closesAt.getTime() > input.now.getTime() ? input.now : closesAt,
        languages: ['nl'],
        createdAt: input.now,
      })
      .run();

    const participantIds = new Map<string, string>();
    // What each participant's row holds: the answers of their first story.
    const participantAnswers = new Map<string, unknown>();
    for (const [i, story] of input.stories.entries()) {
      let participantId = participantIds.get(story.participantKey);
      if (!participantId) {
        participantId = randomUUID();
        participantIds.set(story.participantKey, participantId);
        participantAnswers.set(participantId, story.participantAnswers);
        tx.insert(participants)
          .values({
            id: participantId,
            collectionId,
            clientId: `import:${collectionId}:${participantIds.size}`,
            answers: story.participantAnswers,
            codeHash: null,
            createdOn: story.createdOn,
          })
          .run();
      }
      const storyId = randomUUID();
      tx.insert(stories)
        .values({
          id: storyId,
          clientId: `import:${collectionId}:${i + 1}`,
          collectionId,
          participantId,
          promptId: story.promptId,
          title: story.title,
          text: story.text,
          language: story.language,
          channel: 'import',
          status: 'pending',
          answers: story.answers,
          createdOn: story.createdOn,
        })
        .run();
      insertStoryFacets(tx, {
        id: storyId,
        status: 'pending',
        answers: story.answers,
        participantAnswers: participantAnswers.get(participantId),
      });
    }
    appendAuditEntry(tx, {
      at: input.now,
      actorUserId: input.actorUserId,
      projectId: input.projectId,
      action: 'stories.import',
      subject: `collection:${collectionId}`,
      details: {
        source: input.source,
        stories: input.stories.length,
        participants: participantIds.size,
        framework: key,
        version,
      },
    });
    return {
      frameworkId: framework.id,
      frameworkKey: key,
      frameworkVersionId: versionId,
      version,
      versionCreated: !same,
      collectionId,
      collectionSlug: slug,
      stories: input.stories.length,
      participants: participantIds.size,
    };
  });
}
