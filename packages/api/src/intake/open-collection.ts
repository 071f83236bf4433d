import { findCollectionBySlug, findOpenCollection } from '@duiding/db';
import type { TFramework } from '@duiding/survey';
import type { TApiContext } from '../context';
import { AppError } from '../errors';
import { assertCollectionOpen } from './collection-status';
import type { TOpenCollectionInput } from './open-collection.schema';

export interface TOpenCollectionOutput {
  collection: {
    id: string;
    slug: string;
    title: string;
    opensAt: string;
    closesAt: string;
    status: 'open';
  };
  framework: TFramework;
}

/** The public collection to tell a story in, with its questionnaire. */
export function openCollection(
  ctx: TApiContext,
  input: TOpenCollectionInput,
): TOpenCollectionOutput {
  const now = ctx.clock();
  const collection = input.slug
    ? findCollectionBySlug(ctx.db, input.slug)
    : findOpenCollection(ctx.db, now);
  // Panel waves are reached by personal invitation only, never by a public address.
  if (collection?.kind !== 'public') {
    throw new AppError(
      'NOT_FOUND',
      input.slug
        ? 'Dit onderzoek bestaat niet. Kijk of het adres klopt.'
        : 'Er loopt nu geen onderzoek waarvoor je een verhaal kunt delen.',
    );
  }
  assertCollectionOpen(collection, now);
  return {
    collection: {
      id: collection.id,
      slug: collection.slug,
      title: collection.title,
      opensAt: collection.opensAt.toISOString(),
      closesAt: collection.closesAt.toISOString(),
      status: 'open',
    },
    framework: collection.framework,
  };
}
