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
 * shortcut: a single mutation sent by POST (every story submitted) is called here directly.
 * The plugin makes a fetch Request of each request (headers copied, an AbortSignal, the body
 * encoded again) and a fetch Response of each answer, about 160 µs per call under load; this
 * path answers with the same status, headers and body (result, or the error shape of the
 * router's errorFormatter) from Fastify's own request and reply. Everything else (batches,
 * queries, streams, a wrong method) goes through the plugin's handler as before.
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
        const procedure = singleMutation(request, path, procedures);
        if (!procedure) {
          await fastifyRequestHandler({ ...trpcOptions, req: request, res: reply, path });
          return;
        }
        await callMutation(request, reply, path, procedure);
      });
    },
    { prefix: '/trpc' },
  );

  async function callMutation(
    request: FastifyRequest,
    reply: FastifyReply,
    path: string,
    procedure: AnyProcedure,
  ) {
    let ctx: Awaited<ReturnType<NonNullable<TTrpcOptions['createContext']>>> | undefined;
    let input: unknown;
    let inputRead = false;
    const getRawInput = async () => {
      // tRPC's reading of the body: JSON, through the transformer; unreadable is BAD_REQUEST.
      try {
        const body = request.body;
        const parsed = JSON.parse(typeof body === 'string' ? body : '');
        input = config.transformer.input.deserialize(parsed);
        inputRead = true;
        return input;
      } catch (cause) {
        throw new TRPCError({
          code: 'BAD_REQUEST',
          message: cause instanceof Error ? cause.message : 'Invalid input',
          cause,
        });
      }
    };
    let response: unknown;
    try {
      try {
        ctx = await trpcOptions.createContext!({ req: request, res: reply, info: undefined! });
      } catch (cause) {
        throw getTRPCErrorFromUnknown(cause);
      }
      const data = await procedure({
        path,
        getRawInput,
        ctx,
        type: 'mutation',
        signal: undefined,
        batchIndex: 0,
      });
      response = { result: { data } };
    } catch (cause) {
      const error = getTRPCErrorFromUnknown(cause);
      const known = inputRead ? input : undefined;
      trpcOptions.onError?.({ error, path, input: known, ctx, type: 'mutation', req: request });
      response = {
        error: getErrorShape({ config, ctx, error, input: known, path, type: 'mutation' }),
      };
    }
    const status = getHTTPStatusCode(response as Parameters<typeof getHTTPStatusCode>[0]);
    await reply
      .status(status)
      .header('vary', 'trpc-accept, accept')
      .header('content-type', 'application/json')
      .send(JSON.stringify(transformTRPCResponse(config, response as never)));
  }
}

/** The mutation a request calls on its own, or undefined when tRPC's handler should answer. */
function singleMutation(
  request: FastifyRequest,
  path: string,
  procedures: Record<string, AnyProcedure | undefined>,
): AnyProcedure | undefined {
  if (request.method !== 'POST') return undefined;
  const query = request.query as Record<string, unknown>;
  if (query.batch !== undefined || query.connectionParams !== undefined) return undefined;
  if (request.headers['trpc-accept'] !== undefined) return undefined;
  // Only a body tRPC reads as JSON (the guards before this refuse other media types).
  if (typeof request.body !== 'string') return undefined;
  const procedure = Object.hasOwn(procedures, path) ? procedures[path] : undefined;
  return procedure?._def.type === 'mutation' ? procedure : undefined;
}
