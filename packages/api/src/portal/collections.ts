import {
  appendAuditEntry,
  createCollection,
  findCollectionById,
  findProjectFrameworkVersion,
  listProjectCollections,
  setCollectionCloses,
  setCollectionPresentation,
  type TCollectionWithFramework,
  type TStoryLanguage,
} from '@duiding/db';
import type { TCollectionLanding, TCollectionTheme } from '@duiding/survey';
import type { TApiContext, TSession } from '../context';
import { AppError } from '../errors';
import { collectionStatus, type TCollectionStatus } from '../intake/open-collection';
import type { TProjectAccess } from '../permissions';
import { amsterdamTime, formatDutchDate } from '../time';
import type {
  TCollectionInput,
  TCollectionPresentationInput,
  TCreateCollectionInput,
  TExtendCollectionInput,
} from './collections.schema';

type TCollectionsContext = TApiContext & { session: TSession; access: TProjectAccess };

export interface TPortalCollection {
  id: string;
  slug: string;
  title: string;
  kind: 'public' | 'panel_wave';
  frameworkVersionId: string;
  frameworkId: string;
  opensAt: string;
  closesAt: string;
  status: TCollectionStatus;
  languages: TStoryLanguage[];
  landing: TCollectionLanding | null;
  theme: TCollectionTheme | null;
}

function describe(collection: TCollectionWithFramework, now: Date): TPortalCollection {
  return {
    id: collection.id,
    slug: collection.slug,
    title: collection.title,
    kind: collection.kind,
    frameworkVersionId: collection.frameworkVersionId,
    frameworkId: collection.framework.id,
    opensAt: collection.opensAt.toISOString(),
    closesAt: collection.closesAt.toISOString(),
    status: collectionStatus(collection, now),
    languages: collection.languages,
    landing: collection.landing,
    theme: collection.theme,
  };
}

export function listCollections(ctx: TCollectionsContext): { collections: TPortalCollection[] } {
  const now = ctx.clock();
  return {
    collections: listProjectCollections(ctx.db, ctx.access.projectId).map((c) => describe(c, now)),
  };
}

/** A collection of this project, or NOT_FOUND (also for another project's collection). */
export function projectCollection(
  ctx: TCollectionsContext,
  collectionId: string,
): TCollectionWithFramework {
  const collection = findCollectionById(ctx.db, collectionId);
  if (collection?.projectId !== ctx.access.projectId) {
    throw new AppError('NOT_FOUND', 'Deze verzameling bestaat niet in dit project.');
  }
  return collection;
}

/** `2027-01-31T23:59` in Amsterdam as a UTC moment. */
export function fromAmsterdam(moment: string): Date {
  const [date, time] = moment.split('T') as [string, string];
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  if (m < 1 || m > 12 || d < 1 || d > 31 || hh > 23 || mm > 59) {
    throw new AppError('BAD_INPUT', `${moment} is geen bestaande datum en tijd.`);
  }
  const result = amsterdamTime(y, m, d, hh, mm);
  // 31 February rolls over into March: refuse it instead.
  if (new Date(Date.UTC(y, m - 1, d)).getUTCDate() !== d) {
    throw new AppError('BAD_INPUT', `${date} bestaat niet.`);
  }
  return result;
}

function audit(
  ctx: TCollectionsContext,
  action: string,
  collectionId: string,
  details: Record<string, unknown>,
) {
  appendAuditEntry(ctx.db, {
    at: ctx.clock(),
    actorUserId: ctx.session.user.id,
    projectId: ctx.access.projectId,
    action,
    subject: `collection:${collectionId}`,
    details,
  });
}

export function openNewCollection(
  ctx: TCollectionsContext,
  input: TCreateCollectionInput,
): TPortalCollection {
  const version = findProjectFrameworkVersion(
    ctx.db,
    ctx.access.projectId,
    input.frameworkVersionId,
  );
  if (!version) throw new AppError('NOT_FOUND', 'Deze vragenlijst bestaat niet in dit project.');
  if (!version.publishedAt) {
    throw new AppError(
      'CONFLICT',
      'Publiceer de vragenlijst voordat je er een verzameling mee start.',
    );
  }
  const expected = version.definition.kind === 'panel' ? 'panel_wave' : 'public';
  if (input.kind !== expected) {
    throw new AppError(
      'BAD_INPUT',
      expected === 'public'
        ? 'Een verhalenvragenlijst hoort bij een openbare verzameling.'
        : 'Een panelvragenlijst hoort bij een panelronde.',
    );
  }
  const missing = input.languages.filter((l) => !version.definition.languages.includes(l));
  if (missing.length > 0) {
    throw new AppError(
      'BAD_INPUT',
      `De vragenlijst is niet in ${missing.join(', ')} geschreven. Kies een taal die erin staat.`,
    );
  }
  const opensAt = fromAmsterdam(input.opensAt);
  const closesAt = fromAmsterdam(input.closesAt);
  if (closesAt <= opensAt)
    throw new AppError('BAD_INPUT', 'De sluiting ligt voor de opening. Kies een latere sluiting.');
  if (closesAt <= ctx.clock())
    throw new AppError('BAD_INPUT', 'De sluiting ligt in het verleden. Kies een latere sluiting.');
  const created = createCollection(ctx.db, {
    projectId: ctx.access.projectId,
    frameworkVersionId: version.id,
    slug: input.slug,
    title: input.title,
    kind: input.kind,
    opensAt,
    closesAt,
    languages: [...new Set(input.languages)],
    landing: input.landing ?? null,
    theme: input.theme ?? null,
    now: ctx.clock(),
  });
  audit(ctx, 'collection.create', created.id, {
    slug: created.slug,
    frameworkVersionId: version.id,
  });
  return describe(projectCollection(ctx, created.id), ctx.clock());
}

export function extendCollection(
  ctx: TCollectionsContext,
  input: TExtendCollectionInput,
): TPortalCollection {
  const collection = projectCollection(ctx, input.collectionId);
  const closesAt = fromAmsterdam(input.closesAt);
  if (closesAt <= collection.closesAt) {
    throw new AppError(
      'BAD_INPUT',
      `Verlengen kan alleen tot na de huidige sluiting (${formatDutchDate(collection.closesAt)}). Sluit vroeg met "Nu sluiten".`,
    );
  }
  setCollectionCloses(ctx.db, collection.id, closesAt);
  audit(ctx, 'collection.extend', collection.id, {
    from: collection.closesAt.toISOString(),
    to: closesAt.toISOString(),
  });
  return describe(projectCollection(ctx, collection.id), ctx.clock());
}

export function closeCollectionNow(
  ctx: TCollectionsContext,
  input: TCollectionInput,
): TPortalCollection {
  const collection = projectCollection(ctx, input.collectionId);
  const now = ctx.clock();
  if (collection.closesAt <= now)
    throw new AppError('CONFLICT', 'Deze verzameling is al gesloten.');
  // Not yet open: it closes before it opens, so it never takes a story.
  setCollectionCloses(ctx.db, collection.id, now < collection.opensAt ? collection.opensAt : now);
  audit(ctx, 'collection.close', collection.id, {
    plannedClose: collection.closesAt.toISOString(),
  });
  return describe(projectCollection(ctx, collection.id), now);
}

export function setPresentation(
  ctx: TCollectionsContext,
  input: TCollectionPresentationInput,
): TPortalCollection {
  const collection = projectCollection(ctx, input.collectionId);
  setCollectionPresentation(ctx.db, collection.id, { landing: input.landing, theme: input.theme });
  audit(ctx, 'collection.presentation', collection.id, {});
  return describe(projectCollection(ctx, collection.id), ctx.clock());
}
