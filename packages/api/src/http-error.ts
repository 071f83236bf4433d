import { getErrorShape } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { AppError, type TAppErrorCode, toTRPCError } from './errors';
import { appRouter } from './router';

export interface THttpErrorResponse {
  status: number;
  /** The body tRPC itself would send: one error, or one per procedure of a batch. */
  body: unknown;
}

/**
 * A failure the HTTP shell finds before tRPC runs (a body too large, a wrong content type,
 * a cross-site request), shaped by the same mapping and formatter as every procedure's
 * error, so the apps read all failures the same way.
 *
 * `paths` are the procedures of the request; for a batched call the body has one error
 * per procedure, as the batch link expects.
 */
export function httpErrorResponse(
  code: TAppErrorCode,
  message: string,
  request: { paths: string[]; batch: boolean },
): THttpErrorResponse {
  // toTRPCError maps every AppError; the fallback only satisfies the type.
  const error = toTRPCError(new AppError(code, message))!;
  const shapeOf = (path: string | undefined) => ({
    error: getErrorShape({
      config: appRouter._def._config,
      error,
      type: 'unknown',
      path,
      input: undefined,
      ctx: undefined,
    }),
  });
  return {
    status: getHTTPStatusCodeFromError(error),
    body: request.batch ? request.paths.map(shapeOf) : shapeOf(request.paths[0]),
  };
}
