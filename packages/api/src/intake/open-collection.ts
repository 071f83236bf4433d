import { findCollectionBySlug, findOpenCollection, type TStoryLanguage } from '@duiding/db';
import {
  adjustThemeContrast,
  type TCollectionLanding,
  type TFramework,
  type TLandingText,
  type TThemeColourToken,
} from '@duiding/survey';
import type { TApiContext } from '../context';
import { AppError } from '../errors';
import { formatDutchDate } from '../time';
import type { TOpenCollectionInput } from './open-collection.schema';

export type TCollectionStatus = 'upcoming' | 'open' | 'closed';

/** A collection's look as the intake applies it: every colour token set and AA-checked. */
export interface TAppliedTheme {
  name: string;
  logo?: { src: string; alt: TLandingText };
  colours: Record<TThemeColourToken, string>;
}

interface TOpenCollectionBase {
  collection: {
    id: string;
    slug: string;
    title: string;
    opensAt: string;
    closesAt: string;
    status: TCollectionStatus;
    /** The languages offered (the landing and not-open pages switch between them). */
    languages: TStoryLanguage[];
  };
  /** What the landing page says; null when the researchers wrote none. */
  landing: TCollectionLanding | null;
  theme: TAppliedTheme | null;
}

export type TOpenCollectionOutput = TOpenCollectionBase &
  (
    | { status: 'open'; framework: TFramework }
    | {
        /** Before it opens or after it closes there is nothing to fill in: no questionnaire. */
        status: 'upcoming' | 'closed';
        /** When it opens, or since when it is closed, in Dutch. */
        message: string;
      }
  );

export function collectionStatus(window: { opensAt: Date; closesAt: Date }, now: Date) {
  return now < window.opensAt ? 'upcoming' : now >= window.closesAt ? 'closed' : 'open';
}

/**
 * A public collection with its landing page and theme: by slug in any state (its own
 * address says "not yet" or "closed" itself), else the one open now. The questionnaire
 * comes only while it is open.
 */
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
  const status = collectionStatus(collection, now);
  const base: TOpenCollectionBase = {
    collection: {
      id: collection.id,
      slug: collection.slug,
      title: collection.title,
      opensAt: collection.opensAt.toISOString(),
      closesAt: collection.closesAt.toISOString(),
      status,
      languages: collection.languages,
    },
    landing: collection.landing,
    // Stored themes were checked when saved; adjusting again guards older or imported ones.
    theme: collection.theme && {
      name: collection.theme.name,
      ...(collection.theme.logo ? { logo: collection.theme.logo } : {}),
      colours: adjustThemeContrast(collection.theme.colours ?? {}),
    },
  };
  if (status === 'open') return { ...base, status, framework: collection.framework };
  return {
    ...base,
    status,
    message:
      status === 'upcoming'
        ? `Dit onderzoek begint op ${formatDutchDate(collection.opensAt)}. Kom dan terug om je verhaal te delen.`
        : `Dit onderzoek is gesloten sinds ${formatDutchDate(collection.closesAt)}. Je kunt geen verhalen meer insturen.`,
  };
}
