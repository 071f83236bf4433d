import {
  listProjectCollections,
  listProjectStories,
  type TMemberRole,
  type TStoryChannel,
  type TStoryCursor,
  type TStoryLanguage,
  type TStoryStatus,
} from '@duiding/db';
import type { TAnswers, TFramework } from '@duiding/survey';
import type { TApiContext } from '../context';
import { AppError } from '../errors';
import type { TProjectStoriesInput } from './stories.schema';

export interface TPortalStory {
  id: string;
  collectionId: string;
  promptId: string;
  title: string;
  text: string;
  language: TStoryLanguage;
  channel: TStoryChannel;
  status: TStoryStatus;
  createdOn: string;
  answers: TAnswers;
  participantAnswers: TAnswers;
}

export interface TProjectStoriesOutput {
  stories: TPortalStory[];
  nextCursor: string | null;
  collections: { id: string; slug: string; title: string; framework: TFramework }[];
}

/** A page of the project's stories with their answers, and the frameworks to label them. */
export function projectStories(
  ctx: TApiContext,
  role: TMemberRole,
  input: TProjectStoriesInput,
): TProjectStoriesOutput {
  const collections = listProjectCollections(ctx.db, input.projectId);
  if (input.collectionId && !collections.some((c) => c.id === input.collectionId)) {
    throw new AppError('NOT_FOUND', 'Deze verzameling hoort niet bij dit project.');
  }
  const page = listProjectStories(ctx.db, {
    projectId: input.projectId,
    collectionId: input.collectionId,
    limit: input.limit,
    after: input.cursor ? decodeCursor(input.cursor) : undefined,
    statuses: visibleStatuses(role),
  });
  return {
    // Stored answers were validated on the way in, so they have the canonical shape.
    stories: page.stories as TPortalStory[],
    nextCursor: page.next ? encodeCursor(page.next) : null,
    collections: collections.map((c) => ({
      id: c.id,
      slug: c.slug,
      title: c.title,
      framework: c.framework,
    })),
  };
}

/**
 * Stories reach anyone outside the research team only after moderation (DESIGN.md): the
 * interpretation group sees approved stories only. Nobody sees withdrawn ones.
 */
export function visibleStatuses(role: TMemberRole): readonly TStoryStatus[] {
  return role === 'interpreter' ? ['approved'] : ['pending', 'approved', 'rejected'];
}

function encodeCursor(cursor: TStoryCursor): string {
  return Buffer.from(JSON.stringify([cursor.createdOn, cursor.id])).toString('base64url');
}

function decodeCursor(cursor: string): TStoryCursor {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      typeof value[0] === 'string' &&
      typeof value[1] === 'string'
    ) {
      return { createdOn: value[0], id: value[1] };
    }
  } catch {
    // Falls through to the error below.
  }
  throw new AppError('BAD_INPUT', 'Deze pagina bestaat niet. Begin de lijst opnieuw.');
}
