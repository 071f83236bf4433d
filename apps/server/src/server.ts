import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  type AppRouter,
  appRouter,
  createApiContext,
  createApiServices,
  type RateLimiter,
  type TCookieJar,
} from '@duiding/api';
import { checkDatabase, type TDbExecutor } from '@duiding/db';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import { type FastifyTRPCPluginOptions, fastifyTRPCPlugin } from '@trpc/server/adapters/fastify';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';

/** Where the three apps' built files are. */
export interface TStaticRoots {
  intake: string;
  panel: string;
  portal: string;
}

export interface TBuildServerOptions {
  db: TDbExecutor;
  clock?: () => Date;
  staticRoots: TStaticRoots;
  /** Fastify's logger: false in tests, a level in production. */
  logger?: boolean | { level: string };
  rateLimiter?: RateLimiter;
  /** Behind a reverse proxy: trust its X-Forwarded-* headers for the address and https. */
  trustProxy?: boolean;
}

/** 4 MiB: room for a long story with all its answers, not for abuse. */
export const BODY_LIMIT = 4 * 1024 * 1024;

const APPS = [
  { name: 'portal', prefix: '/portal/' },
  { name: 'panel', prefix: '/panel/' },
  // Last: the intake owns every path the others do not.
  { name: 'intake', prefix: '/' },
] as const;

/** A tRPC-shaped error body, so the apps read every failure the same way. */
function trpcErrorBody(
  request: FastifyRequest,
  error: {
    appCode: string;
    trpcCode: string;
    jsonRpcCode: number;
    httpStatus: number;
    message: string;
  },
) {
  const body = {
    error: {
      message: error.message,
      code: error.jsonRpcCode,
      data: {
        code: error.trpcCode,
        httpStatus: error.httpStatus,
        appCode: error.appCode,
        answerErrors: [],
      },
    },
  };
  // A batched call expects one result per procedure in the path.
  const query = request.query as Record<string, unknown> | undefined;
  if (query?.batch === '1' && request.url.startsWith('/trpc/')) {
    const procedures = (request.url.slice('/trpc/'.length).split('?')[0] ?? '').split(',');
    return procedures.map(() => body);
  }
  return body;
}

export async function buildServer(options: TBuildServerOptions): Promise<FastifyInstance> {
  const clock = options.clock ?? (() => new Date());
  const services = createApiServices({ db: options.db, clock, rateLimiter: options.rateLimiter });
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: BODY_LIMIT,
    trustProxy: options.trustProxy ?? false,
  });

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // React sets inline styles through the CSSOM, which CSP allows; no 'unsafe-inline'.
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // Stories may mention names: never leak the address of a page to other sites.
    referrerPolicy: { policy: 'no-referrer' },
  });
  await app.register(fastifyCookie);

  app.setErrorHandler((error: Error & { statusCode?: number; code?: string }, request, reply) => {
    if (error.statusCode === 413 || error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return reply.status(413).send(
        trpcErrorBody(request, {
          appCode: 'PAYLOAD_TOO_LARGE',
          trpcCode: 'PAYLOAD_TOO_LARGE',
          jsonRpcCode: -32413,
          httpStatus: 413,
          message: 'Wat je instuurt is te groot (meer dan 4 MB). Maak je verhaal korter.',
        }),
      );
    }
    if (error.statusCode && error.statusCode < 500)
      return reply.status(error.statusCode).send(error);
    request.log.error(error);
    return reply.status(500).send({ error: 'Er ging iets mis op de server.' });
  });

  await app.register(fastifyTRPCPlugin, {
    prefix: '/trpc',
    trpcOptions: {
      router: appRouter,
      createContext: ({ req, res }) => {
        const cookies: TCookieJar = {
          get: (name) => req.cookies[name],
          set: (name, value, cookieOptions) => {
            res.setCookie(name, value, cookieOptions);
          },
          clear: (name, cookieOptions) => {
            res.clearCookie(name, cookieOptions);
          },
        };
        return createApiContext(services, {
          cookies,
          secure: req.protocol === 'https',
          // For rate limiting only; the api hashes it and never stores it.
          clientAddress: req.ip ?? null,
        });
      },
      onError: ({ error, path }) => {
        if (error.code === 'INTERNAL_SERVER_ERROR') app.log.error({ err: error, path }, 'trpc');
      },
    } satisfies FastifyTRPCPluginOptions<AppRouter>['trpcOptions'],
  });

  app.get('/healthz', async (_request, reply) => {
    const ok = checkDatabase(options.db);
    return reply.status(ok ? 200 : 503).send({ status: ok ? 'ok' : 'database-unavailable' });
  });

  registerApps(app, options.staticRoots);
  return app;
}

function isDirectory(path: string) {
  return existsSync(path) && statSync(path).isDirectory();
}

/** Serves each app's built files, and its index.html for client-side routes. */
function registerApps(app: FastifyInstance, roots: TStaticRoots) {
  let decorated = false;
  for (const { name, prefix } of APPS) {
    const root = roots[name];
    if (!isDirectory(root)) continue;
    app.register(fastifyStatic, {
      root,
      prefix,
      // Only the first registration adds reply.sendFile; the others share it.
      decorateReply: !decorated,
      index: ['index.html'],
      setHeaders: (reply, path) => {
        // Vite puts a content hash in asset names, so they never change.
        reply.header(
          'cache-control',
          path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
    decorated = true;
  }
  for (const prefix of ['/portal', '/panel']) {
    app.get(prefix, (_request, reply) => reply.redirect(`${prefix}/`, 301));
  }

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    const appOf = APPS.find((a) => path.startsWith(a.prefix))!;
    const isPageRoute =
      (request.method === 'GET' || request.method === 'HEAD') &&
      !path.startsWith('/trpc') &&
      !/\.[a-z0-9]+$/i.test(path);
    if (isPageRoute) {
      const root = roots[appOf.name];
      if (isDirectory(root) && existsSync(join(root, 'index.html'))) {
        return reply.header('cache-control', 'no-cache').sendFile('index.html', root);
      }
      return reply
        .status(503)
        .type('text/plain; charset=utf-8')
        .send(`De app "${appOf.name}" is nog niet gebouwd. Start met: pnpm start`);
    }
    return reply.status(404).type('text/plain; charset=utf-8').send('Niet gevonden.');
  });
}
