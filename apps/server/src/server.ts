import { existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { constants as zlibConstants } from 'node:zlib';
import {
  type AppRouter,
  appRouter,
  createApiContext,
  createApiServices,
  httpErrorResponse,
  type RateLimiter,
  type TAppErrorCode,
  type TCookieJar,
} from '@duiding/api';
import { checkDatabase, type TDbExecutor, type TStoryWriter } from '@duiding/db';
import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import type { FastifyTRPCPluginOptions } from '@trpc/server/adapters/fastify';
import Fastify, {
  type FastifyInstance,
  type FastifyReply,
  type FastifyServerOptions,
} from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';
import { registerPublicReports } from './public-report';
import { createReportPdfRenderer, type TReportPdfRenderer } from './report-pdf';
import { isSameOrigin, mediaTypeOf, TRPC_CONTENT_TYPE, trpcPathsOf } from './request-guards';
import { registerTrpcRoute } from './trpc-route';
import { fastifyTrustProxy, type TTrustProxy } from './trust-proxy';
import { registerWaveSummaryPdf } from './wave-summary-pdf';

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
  /** Fastify's logger: false in tests, a level (and where to write) in production. */
  logger?: false | TLoggerOptions;
  rateLimiter?: RateLimiter;
  /** Where submitted stories are stored (the platform's writer thread); `db` by default. */
  storyWriter?: TStoryWriter;
  /**
   * Behind reverse proxies: how many hops (or which proxy addresses) to trust for the
   * client address and https. 0 or absent: the socket's own address.
   */
  trustProxy?: TTrustProxy;
  /**
   * The origins the apps are served from (`https://vertel.example.nl`), when a proxy
   * changes the Host header; otherwise mutations must come from the Host they were sent to.
   */
  publicOrigins?: string[];
  /** Prints published reports to PDF; by default Chromium at /usr/bin/chromium when installed. */
  reportPdf?: TReportPdfRenderer;
  /** The panel's personal-link key and the base of links in mail (see @duiding/api). */
  panelLinkKey?: Uint8Array;
  publicBaseUrl?: () => string;
}

export interface TLoggerOptions {
  level: string;
  /** Where log lines go (stdout by default); tests read them. */
  stream?: { write(line: string): void };
}

/** 4 MiB: room for a long story with all its answers, not for abuse. */
export const BODY_LIMIT = 4 * 1024 * 1024;

const APPS = [
  { name: 'portal', prefix: '/portal/' },
  { name: 'panel', prefix: '/panel/' },
  // Last: the intake owns every path the others do not.
  { name: 'intake', prefix: '/' },
] as const;

const TOO_LARGE_MESSAGE = 'Wat je instuurt is te groot (meer dan 4 MB). Maak je verhaal korter.';

/**
 * Request lines carry the method and path only: no client address, no host, no query
 * string (a query's input may hold a search term or an id).
 */
function loggerOptions(logger: false | TLoggerOptions): FastifyServerOptions['logger'] {
  if (!logger) return false;
  return {
    level: logger.level,
    ...(logger.stream ? { stream: logger.stream } : {}),
    serializers: {
      req: (request: { method: string; url: string }) => ({
        method: request.method,
        path: request.url.split('?')[0],
      }),
      res: (reply: { statusCode: number }) => ({ statusCode: reply.statusCode }),
    },
  };
}

export async function buildServer(options: TBuildServerOptions): Promise<FastifyInstance> {
  const clock = options.clock ?? (() => new Date());
  const services = createApiServices({
    db: options.db,
    clock,
    rateLimiter: options.rateLimiter,
    storyWriter: options.storyWriter,
    panelLinkKey: options.panelLinkKey,
    publicBaseUrl: options.publicBaseUrl,
  });
  const app = Fastify({
    logger: loggerOptions(options.logger ?? false),
    bodyLimit: BODY_LIMIT,
    trustProxy: fastifyTrustProxy(options.trustProxy),
  });

  /** A failure before tRPC runs, in the body tRPC would send, from the api's one mapping. */
  const refuse = (
    request: { url: string },
    reply: FastifyReply,
    code: TAppErrorCode,
    message: string,
  ) => {
    const { status, body } = httpErrorResponse(code, message, trpcPathsOf(request.url));
    return reply.status(status).header('cache-control', 'no-store').send(body);
  };

  // The security headers, computed once: nothing in them depends on the request, and
  // helmet's middleware, run on every request, was 4-5 % of the main thread's time under
  // load (bench:submit, CPU profile). @fastify/helmet, before that, built the middleware
  // itself again each time. The first hook, so that the guard's refusals carry them too.
  const securityHeaders = helmetHeaders({
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
  app.addHook('onRequest', (_request, reply, done) => {
    for (const [name, value] of securityHeaders) reply.raw.setHeader(name, value);
    done();
  });

  // Before any body is read: a body over the limit, a content type the API does not use, or
  // a mutation from another site never gets further (issue 11: a multipart body of any size
  // was read in full; a cross-site form could sign a researcher out).
  app.addHook('onRequest', (request, reply, done) => {
    if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS') {
      return done();
    }
    const declared = Number(request.headers['content-length'] ?? 0);
    if (declared > BODY_LIMIT) {
      // The rest of the body is not read; the connection is not kept for more.
      reply.header('connection', 'close');
      return refuse(request, reply, 'PAYLOAD_TOO_LARGE', TOO_LARGE_MESSAGE);
    }
    if (!request.url.startsWith('/trpc/')) return done();
    if (mediaTypeOf(request.headers['content-type']) !== TRPC_CONTENT_TYPE) {
      return refuse(
        request,
        reply,
        'UNSUPPORTED_MEDIA_TYPE',
        'Dit verzoek wordt niet aangenomen: stuur JSON (Content-Type: application/json).',
      );
    }
    if (!isSameOrigin(request.headers, request.host, options.publicOrigins)) {
      return refuse(
        request,
        reply,
        'FORBIDDEN',
        'Dit verzoek komt van een andere website en wordt niet uitgevoerd.',
      );
    }
    done();
  });

  // API answers hold stories and personal data: no browser or proxy may keep them.
  app.addHook('onSend', (request, reply, payload, done) => {
    if (request.url.startsWith('/trpc')) reply.header('cache-control', 'no-store');
    done(null, payload);
  });

  await app.register(fastifyCookie);
  // API answers are compressed as they go (brotli at a fast level, or gzip); the apps'
  // files are compressed once at build or start (see precompress.ts) and sent as they are.
  await app.register(fastifyCompress, {
    encodings: ['br', 'gzip'],
    threshold: 1024,
    brotliOptions: { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 4 } },
    zlibOptions: { level: 6 },
  });

  app.setErrorHandler((error: Error & { statusCode?: number; code?: string }, request, reply) => {
    if (error.statusCode === 413 || error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return refuse(request, reply, 'PAYLOAD_TOO_LARGE', TOO_LARGE_MESSAGE);
    }
    if (error.statusCode && error.statusCode < 500) {
      // Fastify's own refusals (a body that is not JSON): the message, never the stack.
      if (request.url.startsWith('/trpc/')) {
        return refuse(request, reply, 'BAD_INPUT', 'Het verzoek is niet te lezen.');
      }
      return reply.status(error.statusCode).type('text/plain; charset=utf-8').send(error.message);
    }
    request.log.error(error);
    return reply.status(500).send({ error: 'Er ging iets mis op de server.' });
  });

  await registerTrpcRoute(app, {
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
  } satisfies FastifyTRPCPluginOptions<AppRouter>['trpcOptions']);

  app.get('/healthz', async (_request, reply) => {
    const ok = checkDatabase(options.db);
    return reply.status(ok ? 200 : 503).send({ status: ok ? 'ok' : 'database-unavailable' });
  });

  const reportPdf = options.reportPdf ?? createReportPdfRenderer();
  app.addHook('onClose', () => reportPdf.close());
  registerPublicReports(app, { db: options.db, pdf: reportPdf });
  registerWaveSummaryPdf(app, { services, pdf: reportPdf });

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
      // index.js.br or index.js.gz beside index.js, when the browser takes it.
      preCompressed: true,
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
  for (const name of ['favicon.ico', 'favicon.svg'] as const) {
    const icon = readFileSync(new URL(`../static/${name}`, import.meta.url));
    const type = name.endsWith('.svg') ? 'image/svg+xml' : 'image/x-icon';
    app.get(`/${name}`, (_request, reply) =>
      reply.type(type).header('cache-control', 'public, max-age=86400').send(icon),
    );
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

/**
 * The headers helmet sets with these options, from one run of its middleware on a response
 * that only records them (every value here is fixed, none is made per request).
 */
export function helmetHeaders(options: HelmetOptions): [string, string][] {
  const csp = options.contentSecurityPolicy;
  const directives = typeof csp === 'object' ? Object.values(csp.directives ?? {}) : [];
  if (directives.flat().some((value) => typeof value === 'function')) {
    throw new Error('A directive made per request (a nonce) cannot be computed once.');
  }
  const headers = new Map<string, string>();
  const recorder = {
    setHeader(name: string, value: string) {
      headers.set(name.toLowerCase(), value);
    },
    removeHeader(name: string) {
      headers.delete(name.toLowerCase());
    },
  };
  let finished = false;
  helmet(options)(
    {} as IncomingMessage,
    recorder as unknown as ServerResponse,
    (error?: unknown) => {
      if (error) throw error;
      finished = true;
    },
  );
  if (!finished) throw new Error('helmet set its headers asynchronously');
  return [...headers];
}
