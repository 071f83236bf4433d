import { findRetentionPolicy, RETENTION_MODES, setRetentionPolicy } from '@duiding/db';
import { z } from 'zod';
import { ZProjectId } from '../access';
import type { TApiContext, TSession } from '../context';
import type { TProjectAccess } from '../permissions';

type TContext = TApiContext & { session: TSession; access: TProjectAccess };

export const ZSetRetentionInput = z.object({
  projectId: ZProjectId,
  /** Null: keep stories until someone deletes them. */
  policy: z
    .object({
      afterMonths: z
        .number()
        .int('Geef een heel aantal maanden.')
        .min(1, 'Kies minstens 1 maand.')
        .max(1200, 'Kies hooguit 1200 maanden.'),
      mode: z.enum(RETENTION_MODES),
    })
    .nullable(),
});

export function retentionSetting(ctx: TContext) {
  const policy = findRetentionPolicy(ctx.db, ctx.access.projectId);
  return { policy: policy ? { afterMonths: policy.afterMonths, mode: policy.mode } : null };
}

export function changeRetention(ctx: TContext, input: z.infer<typeof ZSetRetentionInput>) {
  setRetentionPolicy(ctx.db, {
    projectId: ctx.access.projectId,
    policy: input.policy,
    userId: ctx.session.user.id,
    now: ctx.clock(),
  });
  return retentionSetting(ctx);
}
