import { suppressSmallGroup } from '@duiding/analytics';
import {
  appendAuditEntry,
  countProjectStories,
  listProjectCollections,
  listProjectStories,
  type TStoryChannel,
  type TStoryCursor,
  type TStoryLanguage,
  type TStoryStatus,
} from '@duiding/db';
import type { TAnswers, TFramework } from '@duiding/survey';
import type { TApiContext, TSession } from '../context';
import { AppError } from '../errors';
import { suppressionAudience, type TAudience, type TProjectAccess } from '../permissions';
import { storiesForAudience, type TTextSource } from './audience-text';
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
  /** Null for roles that may not see who told a story (interpreters, moderators). */
  participantAnswers: TAnswers | null;
  /** Outside the team the title and text are the redacted ones (see audience-text.ts). */
  textSource: TTextSource;
}

export interface TProjectStoriesOutput {
  stories: TPortalStory[];
  nextCursor: string | null;
  /**
   * Set when the list is withheld: outside the research team a list of fewer than 10
   * stories is not shown (privacy rules). The reason is in Dutch.
   */
  withheld: string | null;
  collections: { id: string; slug: string; title: string; framework: TFramework }[];
}

/**
 * A page of the project's stories with their answers, and the frameworks to label them.
 * Outside the research team: approved stories only, and nothing when the list (the
 * project's or the collection's approved stories) counts fewer than 10.
 */
export function projectStories(
  ctx: TApiContext & { session: TSession; access: TProjectAccess },
  input: TProjectStoriesInput,
): TProjectStoriesOutput {
  const { access } = ctx;
  const collections = listProjectCollections(ctx.db, input.projectId);
  if (input.collectionId && !collections.some((c) => c.id === input.collectionId)) {
    throw new AppError('NOT_FOUND', 'Deze verzameling hoort niet bij dit project.');
  }
  const statuses = visibleStatuses(access.audience);
  const labels = collections.map((c) => ({
    id: c.id,
    slug: c.slug,
    title: c.title,
    framework: c.framework,
  }));
  if (!input.cursor) {
    // A view of a story list is audited once per list, not once per page.
    appendAuditEntry(ctx.db, {
      at: ctx.clock(),
      actorUserId: ctx.session.user.id,
      projectId: input.projectId,
      action: 'stories.list-view',
      subject: input.collectionId
        ? `collection:${input.collectionId}`
        : `project:${input.projectId}`,
    });
  }
  const total = countProjectStories(ctx.db, {
    projectId: input.projectId,
    collectionId: input.collectionId,
    statuses,
  });
  const shown = suppressSmallGroup(total, null, {
    audience: suppressionAudience(access.audience),
  });
  if (shown.kind === 'withheld') {
    return { stories: [], nextCursor: null, withheld: shown.reason, collections: labels };
  }
  const page = listProjectStories(ctx.db, {
    projectId: input.projectId,
    collectionId: input.collectionId,
    limit: input.limit,
    after: input.cursor ? decodeCursor(input.cursor) : undefined,
    statuses,
  });
  const withAnswers = access.can('stories.readParticipantAnswers');
  return {
    // Stored answers were validated on the way in, so they have the canonical shape.
    stories: storiesForAudience(ctx.db, access.audience, page.stories).map(
      (story): TPortalStory => ({
        ...(story as Omit<TPortalStory, 'participantAnswers'>),
        participantAnswers: withAnswers ? (story.participantAnswers as TAnswers) : null,
      }),
    ),
    nextCursor: page.next ? encodeCursor(page.next) : null,
    withheld: null,
    collections: labels,
  };
}

/**
 * Stories reach anyone outside the research team only after moderation (DESIGN.md).
 * Nobody sees withdrawn ones.
 */
export function visibleStatuses(audience: TAudience): readonly TStoryStatus[] {
  return audience === 'outside' ? ['approved'] : ['pending', 'approved', 'rejected'];
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
