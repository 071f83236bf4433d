import { initTRPC } from '@trpc/server';
import { z } from 'zod';
import type { TApiContext } from './context';
import { AppError, describeError, toTRPCError } from './errors';
import type { TProcedureMeta } from './permissions';

// Messages of zod's own checks (a wrong type, a missing field) in Dutch, like ours.
z.config(z.locales.nl());

const t = initTRPC
  .context<TApiContext>()
  .meta<TProcedureMeta>()
  .create({
    errorFormatter({ shape, error }) {
      const { appCode, message, answerErrors } = describeError(error);
      return {
        ...shape,
        message,
        data: { ...shape.data, appCode, answerErrors },
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
