import {
  appendAuditEntry,
  listProjectCollections,
  listProjectStories,
  type TStoryCursor,
} from '@duiding/db';
import type { TAnswers } from '@duiding/survey';
import { z } from 'zod';
import { ZProjectId } from '../access';
import type { TApiContext, TSession } from '../context';
import { AppError } from '../errors';
import type { TProjectAccess } from '../permissions';
import { storiesForAudience } from './audience-text';
import type { TPortalStory } from './stories';
import { visibleStatuses } from './stories';

export const ZExportStoriesInput = z.object({
  projectId: ZProjectId,
  collectionId: z.string().min(1).max(64).optional(),
});
export type TExportStoriesInput = z.infer<typeof ZExportStoriesInput>;

export interface TStoriesExport {
  format: 'duiding-stories';
  formatVersion: 1;
  /** The Amsterdam day is all a story keeps of its time; the export adds nothing. */
  stories: TPortalStory[];
}

/** The most stories one export holds; a regional collection is a few thousand. */
export const MAX_EXPORT_STORIES = 100_000;

/**
 * Every story of the project (or one collection) with its answers and participant answers,
 * for analysis elsewhere. Only the research team may export (the permission table), and
 * every export is audited.
 */
export function exportStories(
  ctx: TApiContext & { session: TSession; access: TProjectAccess },
  input: TExportStoriesInput,
): TStoriesExport {
  const collections = listProjectCollections(ctx.db, ctx.access.projectId);
  if (input.collectionId && !collections.some((c) => c.id === input.collectionId)) {
    throw new AppError('NOT_FOUND', 'Deze verzameling hoort niet bij dit project.');
  }
  const stories: TPortalStory[] = [];
  let after: TStoryCursor | undefined;
  do {
    const page = listProjectStories(ctx.db, {
      projectId: ctx.access.projectId,
      collectionId: input.collectionId,
      limit: 1000,
      after,
      statuses: visibleStatuses(ctx.access.audience),
    });
    // Exports are the team's today; should an outside role get them, the text is redacted.
    for (const story of storiesForAudience(ctx.db, ctx.access.audience, page.stories)) {
      stories.push({
        ...(story as Omit<TPortalStory, 'participantAnswers'>),
        participantAnswers: story.participantAnswers as TAnswers,
      });
    }
    after = page.next ?? undefined;
  } while (after && stories.length < MAX_EXPORT_STORIES);
  appendAuditEntry(ctx.db, {
    at: ctx.clock(),
    actorUserId: ctx.session.user.id,
    projectId: ctx.access.projectId,
    action: 'stories.export',
    subject: input.collectionId
      ? `collection:${input.collectionId}`
      : `project:${ctx.access.projectId}`,
    details: { stories: stories.length },
  });
  return { format: 'duiding-stories', formatVersion: 1, stories };
}
