import { findProjectRole, type TMemberRole } from '@duiding/db';
import { initTRPC } from '@trpc/server';
import { z } from 'zod';
import type { TApiContext } from './context';
import { AppError, describeError, toTRPCError } from './errors';

// Messages of zod's own checks (a wrong type, a missing field) in Dutch, like ours.
z.config(z.locales.nl());

const t = initTRPC.context<TApiContext>().create({
  // Never a stack trace (file paths, library versions) in a response, whatever NODE_ENV says.
  isDev: false,
  errorFormatter({ shape, error }) {
    const { appCode, message, answerErrors } = describeError(error);
    const { stack: _stack, ...data } = shape.data as typeof shape.data & { stack?: string };
    return {
      ...shape,
      message,
      data: { ...data, appCode, answerErrors },
    };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Every procedure: application errors become tRPC errors here, and only here. */
export const publicProcedure = t.procedure.use(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const mapped = toTRPCError(result.error.cause);
    if (mapped) throw mapped;
  }
  return result;
});

/** A signed-in user is required. */
export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.session) throw new AppError('UNAUTHORIZED', 'Log eerst in.');
  return next({ ctx: { session: ctx.session } });
});

/**
 * The user must be a member of the project named in the input. A project that does not
 * exist looks the same as one the user is not in, so ids cannot be probed.
 */
export const projectMemberProcedure = protectedProcedure
  .input(z.object({ projectId: z.string().min(1).max(64) }))
  .use(({ ctx, input, next }) => {
    const role = findProjectRole(ctx.db, input.projectId, ctx.session.user.id);
    if (!role) throw new AppError('FORBIDDEN', 'Je bent geen lid van dit project.');
    return next({ ctx: { role: role satisfies TMemberRole } });
  });
