import { findProjectRole } from '@duiding/db';
import { z } from 'zod';
import { AppError } from './errors';
import { projectAccess, type TAdminCapability, type TProjectCapability } from './permissions';
import { protectedProcedure, publicProcedure } from './trpc';

/*
 * The procedure builders of the portal: each names what its caller needs, and that name
 * is kept in the procedure's meta so the authorization-matrix test can check every
 * procedure against the permission table.
 */

/** Anyone, also without an account (sign-in, accepting an invitation, review by token). */
export const openProcedure = publicProcedure.meta({ access: { kind: 'public' } });

/** Any signed-in user: their own account. */
export const accountProcedure = protectedProcedure.meta({ access: { kind: 'signedIn' } });

/** The instance admin. */
export function adminProcedure(capability: TAdminCapability) {
  return protectedProcedure.meta({ access: { kind: 'admin', capability } }).use(({ ctx, next }) => {
    if (!ctx.session.user.isAdmin) {
      throw new AppError('FORBIDDEN', 'Dit kan alleen een beheerder van Duiding.');
    }
    return next();
  });
}

export const ZProjectId = z.string().min(1).max(64);

/**
 * A member of the project named in the input whose role has `capability`. A project that
 * does not exist looks the same as one the user is not in, so ids cannot be probed. The
 * procedure gets `ctx.access`: the role, its audience and what else it may do.
 */
export function projectProcedure(capability: TProjectCapability) {
  return protectedProcedure
    .meta({ access: { kind: 'project', capability } })
    .input(z.object({ projectId: ZProjectId }))
    .use(({ ctx, input, next }) => {
      const role = findProjectRole(ctx.db, input.projectId, ctx.session.user.id);
      if (!role) throw new AppError('FORBIDDEN', 'Je bent geen lid van dit project.');
      const access = projectAccess(input.projectId, role);
      if (!access.can(capability)) {
        throw new AppError('FORBIDDEN', 'Dit mag je niet met jouw rol in dit project.');
      }
      return next({ ctx: { access } });
    });
}
