import type { AppRouter } from '@duiding/api';
import {
  type FastifyTRPCPluginOptions,
  fastifyRequestHandler,
} from '@trpc/server/adapters/fastify';
import { getHTTPStatusCode } from '@trpc/server/http';
import {
  type AnyProcedure,
  getErrorShape,
  getTRPCErrorFromUnknown,
  TRPCError,
  transformTRPCResponse,
} from '@trpc/server/unstable-core-do-not-import';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

type TTrpcOptions = FastifyTRPCPluginOptions<AppRouter>['trpcOptions'];

/**
 * The API at `/trpc/<procedure>`, as @trpc/server's Fastify plugin mounts it, with one
 * shortcut: mutations sent by POST, alone or in a batch (the intake's httpBatchLink sends
 * every story as a batch of one), are called here directly. The plugin makes a fetch Request
 * of each request (headers copied, an AbortSignal, the body encoded again) and a fetch
 * Response of each answer, about 160 µs per call under load; this path answers with the same
 * status, headers and body (results, or the error shapes of the router's errorFormatter)
 * from Fastify's own request and reply. Everything else (queries, streams, a wrong method, a
 * path that is no mutation) goes through the plugin's handler as before.
 */
export async function registerTrpcRoute(app: FastifyInstance, trpcOptions: TTrpcOptions) {
  const { router } = trpcOptions;
  const config = router._def._config;
  // Flat, by dotted path (as getProcedureAtPath reads it); the router has no lazy parts.
  const procedures = router._def.procedures as unknown as Record<string, AnyProcedure | undefined>;

  await app.register(
    async (scope) => {
      // As the plugin does: tRPC reads JSON bodies itself, from the string.
      scope.removeContentTypeParser('application/json');
      scope.addContentTypeParser('application/json', { parseAs: 'string' }, (_, body, done) => {
        done(null, body);
      });
      scope.removeContentTypeParser('multipart/form-data');
      scope.addContentTypeParser('multipart/form-data', {}, (_, body, done) => {
        done(null, body);
      });

      scope.all('/:path', async (request, reply) => {
        const path = (request.params as { path: string }).path;
        const calls = mutationCalls(request, path, procedures);
        if (!calls) {
          await fastifyRequestHandler({ ...trpcOptions, req: request, res: reply, path });
          return;
        }
        await callMutations(request, reply, calls);
      });
    },
    { prefix: '/trpc' },
  );

  async function callMutations(request: FastifyRequest, reply: FastifyReply, plan: TCallPlan) {
    // tRPC's reading of the body, once for all calls: JSON, an object of inputs by index for
    // a batch, each through the transformer; an unreadable body fails every call alike.
    let inputs: unknown[] | undefined;
    let inputError: TRPCError | undefined;
    const readInputs = (): unknown[] => {
      if (inputs) return inputs;
      if (inputError) throw inputError;
      try {
        const body = request.body;
        const parsed: unknown = JSON.parse(typeof body === 'string' ? body : '');
        if (!plan.batch) {
          inputs = [config.transformer.input.deserialize(parsed)];
        } else {
          if (!isObject(parsed)) {
            throw new TRPCError({
              code: 'BAD_REQUEST',
              message: '"input" needs to be an object when doing a batch call',
            });
          }
          inputs = plan.calls.map((_, index) => {
            const input = parsed[index];
            return input === undefined ? undefined : config.transformer.input.deserialize(input);
          });
        }
        return inputs;
      } catch (cause) {
        inputError =
          cause instanceof TRPCError
            ? cause
            : new TRPCError({
                code: 'BAD_REQUEST',
                message: cause instanceof Error ? cause.message : 'Invalid input',
                cause,
              });
        throw inputError;
      }
    };

    let ctx: TContext | undefined;
    let ctxError: TRPCError | undefined;
    try {
      ctx = await trpcOptions.createContext!({ req: request, res: reply, info: undefined! });
    } catch (cause) {
      ctxError = getTRPCErrorFromUnknown(cause);
    }

    const responses = await Promise.all(
      plan.calls.map(async ({ path, procedure }, index) => {
        try {
          if (ctxError) throw ctxError;
          const data = await procedure({
            path,
            getRawInput: async () => readInputs()[index],
            ctx,
            type: 'mutation',
            signal: undefined,
            batchIndex: index,
          });
          return { result: { data } };
        } catch (cause) {
          const error = getTRPCErrorFromUnknown(cause);
          const input = inputs?.[index];
          trpcOptions.onError?.({ error, path, input, ctx, type: 'mutation', req: request });
          return { error: getErrorShape({ config, ctx, error, input, path, type: 'mutation' }) };
        }
      }),
    );
    const body = plan.batch ? responses : responses[0]!;
    const status = getHTTPStatusCode(body as Parameters<typeof getHTTPStatusCode>[0]);
    await reply
      .status(status)
      .header('vary', 'trpc-accept, accept')
      .header('content-type', 'application/json')
      .send(JSON.stringify(transformTRPCResponse(config, body as never)));
  }
}

type TContext = Awaited<ReturnType<NonNullable<TTrpcOptions['createContext']>>>;

interface TCallPlan {
  batch: boolean;
  calls: { path: string; procedure: AnyProcedure }[];
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  !!value && !Array.isArray(value) && typeof value === 'object';

/** The mutations a request calls, or undefined when tRPC's handler should answer it. */
function mutationCalls(
  request: FastifyRequest,
  rawPath: string,
  procedures: Record<string, AnyProcedure | undefined>,
): TCallPlan | undefined {
  if (request.method !== 'POST') return undefined;
  const query = request.query as Record<string, unknown>;
  if (query.connectionParams !== undefined) return undefined;
  if (query.batch !== undefined && query.batch !== '1') return undefined;
  if (request.headers['trpc-accept'] !== undefined) return undefined;
  // Only a body tRPC reads as JSON (the guards before this refuse other media types).
  if (typeof request.body !== 'string') return undefined;
  let path: string;
  try {
    // tRPC decodes the path once more (decodePath); its own handler words a bad one.
    path = decodeURIComponent(rawPath);
  } catch {
    return undefined;
  }
  const batch = query.batch === '1';
  const calls: TCallPlan['calls'] = [];
  for (const one of batch ? path.split(',') : [path]) {
    const procedure = Object.hasOwn(procedures, one) ? procedures[one] : undefined;
    if (procedure?._def.type !== 'mutation') return undefined;
    calls.push({ path: one, procedure });
  }
  return { batch, calls };
}
