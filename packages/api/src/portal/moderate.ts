import { appendAuditEntry, findProjectStoryStatus, setStoryStatus } from '@duiding/db';
import { z } from 'zod';
import { ZProjectId } from '../access';
import type { TApiContext, TSession } from '../context';
import { AppError } from '../errors';
import type { TProjectAccess } from '../permissions';

export const ZModerateStoryInput = z.object({
  projectId: ZProjectId,
  storyId: z.string().min(1).max(64),
  decision: z.enum(
    ['approved', 'rejected', 'pending'],
    'Kies goedkeuren, afwijzen of terug naar te beoordelen.',
  ),
});
export type TModerateStoryInput = z.infer<typeof ZModerateStoryInput>;

/** A moderation decision: only approved stories reach anyone outside the research team. */
export function moderateStory(
  ctx: TApiContext & { session: TSession; access: TProjectAccess },
  input: TModerateStoryInput,
): { status: TModerateStoryInput['decision'] } {
  const before = findProjectStoryStatus(ctx.db, ctx.access.projectId, input.storyId);
  if (!before) throw new AppError('NOT_FOUND', 'Dit verhaal bestaat niet in dit project.');
  if (before === 'withdrawn') {
    throw new AppError(
      'CONFLICT',
      'De verteller heeft dit verhaal teruggetrokken; er valt niets te beoordelen.',
    );
  }
  setStoryStatus(ctx.db, input.storyId, input.decision);
  appendAuditEntry(ctx.db, {
    at: ctx.clock(),
    actorUserId: ctx.session.user.id,
    projectId: ctx.access.projectId,
    action: 'story.moderate',
    subject: `story:${input.storyId}`,
    details: { from: before, to: input.decision },
  });
  return { status: input.decision };
}
