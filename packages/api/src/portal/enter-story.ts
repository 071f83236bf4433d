import { appendAuditEntry, findStoryByClientId, insertStoryOnce } from '@duiding/db';
import { z } from 'zod';
import { ZProjectId } from '../access';
import type { TApiContext, TSession } from '../context';
import { AppError } from '../errors';
import { collectionStatus } from '../intake/open-collection';
import {
  formatParticipantCode,
  generateParticipantCode,
  hashParticipantCode,
} from '../intake/participant-code';
import { validateSubmission } from '../intake/submit-story';
import { ZSubmitStoryInput } from '../intake/submit-story.schema';
import type { TProjectAccess } from '../permissions';
import { amsterdamDay } from '../time';
import { projectCollection } from './collections';

/*
 * Assisted and paper entry: a collector enters a story on someone's behalf in the same
 * flow and with the same checks as the intake. The story records only its channel; who
 * entered it is in the audit log, never in the story, so analysis cannot tell collectors
 * apart from the people they helped.
 */

// The intake's bot defences (proof of work, honeypot) do not apply to a signed-in collector.
export const ZEnterStoryInput = ZSubmitStoryInput.omit({
  participantCode: true,
  codeTicket: true,
  proofOfWork: true,
  website: true,
}).extend({
  projectId: ZProjectId,
  /** `assisted`: told now with the collector's help; `paper`: typed over from a form. */
  channel: z.enum(['assisted', 'paper'], 'Kies "met hulp" of "van papier".'),
});
export type TEnterStoryInput = z.infer<typeof ZEnterStoryInput>;

export interface TEnterStoryOutput {
  storyId: string;
  duplicate: boolean;
  /** A personal code for the teller, to hand over so they can withdraw the story later. */
  participantCode?: string;
}

export function enterStory(
  ctx: TApiContext & { session: TSession; access: TProjectAccess },
  input: TEnterStoryInput,
): TEnterStoryOutput {
  const now = ctx.clock();
  const collection = projectCollection(ctx, input.collectionId);
  const earlier = findStoryByClientId(ctx.db, input.clientId);
  if (earlier && earlier.collectionId === collection.id)
    return { storyId: earlier.id, duplicate: true };
  if (collection.kind !== 'public') {
    throw new AppError(
      'BAD_INPUT',
      'Verhalen namens iemand invoeren kan alleen bij een openbare verzameling.',
    );
  }
  const status = collectionStatus(collection, now);
  // Paper forms filled in while it was open may arrive after it closed; help in person cannot.
  if (status === 'upcoming' || (status === 'closed' && input.channel === 'assisted')) {
    throw new AppError(
      status === 'upcoming' ? 'COLLECTION_NOT_OPEN' : 'COLLECTION_CLOSED',
      status === 'upcoming'
        ? 'Deze verzameling is nog niet open.'
        : 'Deze verzameling is gesloten. Papieren formulieren kun je nog wel invoeren.',
    );
  }
  const { participant, answers, story } = validateSubmission(collection.framework, input);
  const code = generateParticipantCode();
  const stored = insertStoryOnce(ctx.db, {
    clientId: input.clientId,
    collectionId: collection.id,
    participant: {
      clientId: input.participant.clientId,
      answers: participant,
      codeHash: hashParticipantCode(ctx.db, code, now),
    },
    promptId: story.promptId,
    title: story.title,
    text: story.text,
    language: input.story.language,
    channel: input.channel,
    answers,
    createdOn: amsterdamDay(now),
  });
  if (!stored.duplicate) {
    appendAuditEntry(ctx.db, {
      at: now,
      actorUserId: ctx.session.user.id,
      projectId: ctx.access.projectId,
      action: 'story.enter',
      subject: `story:${stored.storyId}`,
      details: { channel: input.channel, collectionId: collection.id },
    });
  }
  return {
    storyId: stored.storyId,
    duplicate: stored.duplicate,
    ...(stored.participantCreated ? { participantCode: formatParticipantCode(code) } : {}),
  };
}
