import {
  findStoryForModeration,
  listModerationQueue,
  recordModerationDecision,
  type TModerationDecisionRecord,
  type TModerationQueueItem,
  type TRedactionSpan,
  type TStoryStatus,
} from '@duiding/db';
import type { TPersonalDataKind } from '@duiding/moderation';
import type { TApiContext, TSession } from '../context';
import { AppError } from '../errors';
import type { TProjectAccess } from '../permissions';
import { neutraliseText } from '../safe-text';
import { proposeRedaction } from './audience-text';
import type {
  TModerationDecisionInput,
  TModerationQueueInput,
  TModerationStoryInput,
} from './moderation.schema';

type TModerationContext = TApiContext & { session: TSession; access: TProjectAccess };

export interface TModerationQueueOutput {
  items: TModerationQueueItem[];
  total: number;
  nextCursor: string | null;
}

/** The stories waiting for a decision (or decided ones, by status), the longest waiting first. */
export function moderationQueue(
  ctx: TModerationContext,
  input: TModerationQueueInput,
): TModerationQueueOutput {
  const page = listModerationQueue(ctx.db, {
    projectId: ctx.access.projectId,
    statuses: [input.status],
    limit: input.limit,
    after: input.cursor ? decodeCursor(input.cursor) : undefined,
  });
  return {
    items: page.items,
    total: page.total,
    nextCursor: page.next
      ? Buffer.from(JSON.stringify([page.next.createdOn, page.next.id])).toString('base64url')
      : null,
  };
}

export interface TModerationStoryOutput {
  story: {
    id: string;
    title: string;
    text: string;
    status: TStoryStatus;
    createdOn: string;
    collectionTitle: string;
  };
  /**
   * What to start from: the approved redaction's spans when the story was approved before,
   * else the detector's proposals (run here, on the server).
   */
  spans: (TRedactionSpan & { kind: TPersonalDataKind | 'other' })[];
  /** The approved redaction, when there is one (its text may have been edited freely). */
  redaction: { title: string; text: string; approvedAt: Date } | null;
  decisions: TModerationDecisionRecord[];
}

export function moderationStory(
  ctx: TModerationContext,
  input: TModerationStoryInput,
): TModerationStoryOutput {
  const found = findStoryForModeration(ctx.db, ctx.access.projectId, input.storyId);
  if (!found) throw new AppError('NOT_FOUND', 'Dit verhaal bestaat niet (meer) in dit project.');
  const { redaction, decisions, ...story } = found;
  return {
    story,
    spans: (redaction?.spans ?? proposeRedaction(story)) as TModerationStoryOutput['spans'],
    redaction: redaction
      ? { title: redaction.title, text: redaction.text, approvedAt: redaction.approvedAt }
      : null,
    decisions,
  };
}

/**
 * Approve as redacted (the moderator's title and text, with the spans they accepted) or reject
 * with a reason. Recorded with who and when, and audited, in one transaction (db).
 */
export function decideModeration(
  ctx: TModerationContext,
  input: TModerationDecisionInput,
): { status: TStoryStatus } {
  const story = findStoryForModeration(ctx.db, ctx.access.projectId, input.storyId);
  if (!story) throw new AppError('NOT_FOUND', 'Dit verhaal bestaat niet (meer) in dit project.');
  const base = {
    projectId: ctx.access.projectId,
    storyId: input.storyId,
    userId: ctx.session.user.id,
    reason: neutraliseText(input.reason),
    now: ctx.clock(),
  };
  let result: ReturnType<typeof recordModerationDecision>;
  if (input.decision === 'approve') {
    for (const span of input.redaction.spans) {
      const length = (span.field === 'title' ? story.title : story.text).length;
      if (span.end <= span.start || span.end > length) {
        throw new AppError(
          'BAD_INPUT',
          'Een markering valt buiten de tekst van het verhaal. Laad het verhaal opnieuw.',
        );
      }
    }
    result = recordModerationDecision(ctx.db, {
      ...base,
      decision: 'approve',
      redaction: {
        title: neutraliseText(input.redaction.title),
        text: neutraliseText(input.redaction.text),
        spans: input.redaction.spans,
      },
    });
  } else {
    result = recordModerationDecision(ctx.db, { ...base, decision: 'reject' });
  }
  if (!result) throw new AppError('NOT_FOUND', 'Dit verhaal bestaat niet (meer) in dit project.');
  return { status: result.status };
}

function decodeCursor(cursor: string): { createdOn: string; id: string } {
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
