import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  formatParticipantCode,
  generateParticipantCode,
  hashPassword,
  RateLimiter,
} from '@duiding/api';
import { createUser, openDatabase, type TDatabase } from '@duiding/db';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BODY_LIMIT, buildServer, type TBuildServerOptions, type TStaticRoots } from './server';
import { parseTrustProxy } from './trust-proxy';

let database: TDatabase;
let staticDir: string;
let roots: TStaticRoots;
const servers: FastifyInstance[] = [];

beforeEach(() => {
  staticDir = mkdtempSync(join(tmpdir(), 'duiding-static-'));
  const root = join(staticDir, 'intake');
  mkdirSync(root, { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>intake</title>');
  roots = { intake: root, panel: join(staticDir, 'none'), portal: join(staticDir, 'none') };
  database = openDatabase({ file: ':memory:' });
});

afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
  database.close();
  rmSync(staticDir, { recursive: true, force: true });
});

async function serve(options: Partial<TBuildServerOptions> = {}) {
  const server = await buildServer({
    db: database.orm,
    clock: () => new Date('2026-11-15T10:00:00Z'),
    staticRoots: roots,
    ...options,
  });
  servers.push(server);
  return server;
}

async function signedIn(server: FastifyInstance) {
  createUser(database.orm, {
    email: 'a@example.nl',
    name: 'A',
    passwordHash: await hashPassword('goed-wachtwoord'),
    now: new Date(),
  });
  const response = await server.inject({
    method: 'POST',
    url: '/trpc/portal.signIn',
    payload: { email: 'a@example.nl', password: 'goed-wachtwoord' },
  });
  return String(response.headers['set-cookie']).split(';')[0]!;
}

async function isSignedIn(server: FastifyInstance, cookie: string) {
  const me = await server.inject({ method: 'GET', url: '/trpc/portal.me', headers: { cookie } });
  return me.json().result.data.user !== null;
}

const multipart = (size: number) => {
  const boundary = 'x-boundary';
  return {
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: `--${boundary}\r\nContent-Disposition: form-data; name="a"\r\n\r\n${'x'.repeat(size)}\r\n--${boundary}--\r\n`,
  };
};

describe('bodies', () => {
  it('refuses a body that declares more than the limit before reading any of it', async () => {
    const server = await serve();
    await server.listen({ port: 0, host: '127.0.0.1' });
    const { port } = server.server.address() as AddressInfo;
    // Declares 400 MB, sends 10 bytes, and waits: the answer must come without the rest.
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const request = httpRequest({
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/trpc/portal.signOut',
        headers: {
          'content-type': 'multipart/form-data; boundary=x',
          'content-length': String(400 * 1024 * 1024),
        },
      });
      request.on('response', (response) => {
        let body = '';
        response.on('data', (chunk) => {
          body += chunk;
        });
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      });
      request.on('error', reject);
      request.write('--x\r\n1234');
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).error.data.appCode).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses multipart, form and text bodies on the API, also small ones', async () => {
    const server = await serve();
    const cookie = await signedIn(server);
    const small = multipart(10);
    const attempts = [
      small,
      { headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'a=1' },
      { headers: { 'content-type': 'text/plain' }, payload: '{}' },
      { headers: {}, payload: undefined },
    ];
    for (const attempt of attempts) {
      const response = await server.inject({
        method: 'POST',
        url: '/trpc/portal.signOut',
        headers: { ...attempt.headers, cookie },
        payload: attempt.payload,
      });
      expect(response.statusCode).toBe(415);
      expect(response.json().error).toMatchObject({
        message: expect.stringContaining('JSON'),
        data: { appCode: 'UNSUPPORTED_MEDIA_TYPE' },
      });
    }
    // None of them signed the researcher out.
    expect(await isSignedIn(server, cookie)).toBe(true);
  });

  it('answers a multipart body over the limit with 413, whatever its content type', async () => {
    const server = await serve();
    const big = multipart(BODY_LIMIT + 10);
    const response = await server.inject({
      method: 'POST',
      url: '/trpc/intake.saveDraft',
      ...big,
    });
    expect(response.statusCode).toBe(413);
  });
});

describe('cross-site requests', () => {
  it('does not carry out a mutation sent from another site', async () => {
    const server = await serve();
    const cookie = await signedIn(server);
    const fromElsewhere = await server.inject({
      method: 'POST',
      url: '/trpc/portal.signOut',
      headers: {
        cookie,
        origin: 'https://kwaadwillend.example',
        'content-type': 'application/json',
      },
      payload: '{}',
    });
    expect(fromElsewhere.statusCode).toBe(403);
    expect(fromElsewhere.json().error.data.appCode).toBe('FORBIDDEN');
    expect(await isSignedIn(server, cookie)).toBe(true);

    const crossSiteNoOrigin = await server.inject({
      method: 'POST',
      url: '/trpc/portal.signOut',
      headers: { cookie, 'sec-fetch-site': 'cross-site', 'content-type': 'application/json' },
      payload: '{}',
    });
    expect(crossSiteNoOrigin.statusCode).toBe(403);
    expect(await isSignedIn(server, cookie)).toBe(true);
  });

  it('carries out a mutation from its own pages', async () => {
    const server = await serve();
    const cookie = await signedIn(server);
    const own = await server.inject({
      method: 'POST',
      url: '/trpc/portal.signOut',
      headers: {
        cookie,
        host: 'vertel.example.nl',
        origin: 'https://vertel.example.nl',
        'sec-fetch-site': 'same-origin',
        'content-type': 'application/json',
      },
      payload: '{}',
    });
    expect(own.statusCode).toBe(200);
    expect(await isSignedIn(server, cookie)).toBe(false);
  });

  it('lets a page on localhost call a server on localhost (the Vite dev proxy), no other site', async () => {
    const server = await serve();
    const cookie = await signedIn(server);
    const send = (origin: string) =>
      server.inject({
        method: 'POST',
        url: '/trpc/portal.signOut',
        headers: { cookie, host: 'localhost:3000', origin, 'content-type': 'application/json' },
        payload: '{}',
      });
    expect((await send('http://evil.example:5173')).statusCode).toBe(403);
    expect((await send('http://localhost:5173')).statusCode).toBe(200);
  });

  it('checks Origin against PUBLIC_ORIGIN when one is set', async () => {
    const server = await serve({ publicOrigins: ['https://vertel.example.nl'] });
    const cookie = await signedIn(server);
    const send = (origin: string) =>
      server.inject({
        method: 'POST',
        url: '/trpc/portal.signOut',
        headers: { cookie, host: 'localhost:3000', origin, 'content-type': 'application/json' },
        payload: '{}',
      });
    expect((await send('http://localhost:3000')).statusCode).toBe(403);
    expect((await send('https://vertel.example.nl.evil.example')).statusCode).toBe(403);
    expect((await send('https://vertel.example.nl')).statusCode).toBe(200);
  });
});

describe('behind a reverse proxy', () => {
  /** Wrong personal codes from one client that makes up a new left-most X-Forwarded-For. */
  async function wrongCodes(trustProxy: TBuildServerOptions['trustProxy']) {
    const server = await serve({
      trustProxy,
      rateLimiter: new RateLimiter({ participantCodeFailure: { max: 3, windowMs: 60_000 } }),
    });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const response = await server.inject({
        method: 'POST',
        url: '/trpc/intake.loadDraft',
        remoteAddress: '10.0.0.2',
        headers: { 'x-forwarded-for': `192.0.2.${i}, 203.0.113.7` },
        payload: { code: formatParticipantCode(generateParticipantCode()) },
      });
      statuses.push(response.statusCode);
    }
    return statuses;
  }

  it('takes the address one proxy hop back, so a made-up X-Forwarded-For does not evade limits', async () => {
    const oneHop = parseTrustProxy('1');
    expect(oneHop).toBe(1);
    expect(await wrongCodes(oneHop as 1)).toEqual([404, 404, 404, 429, 429]);
  });

  it('trusts a listed proxy address the same way', async () => {
    expect(await wrongCodes(['10.0.0.2'])).toEqual([404, 404, 404, 429, 429]);
  });

  it('refuses to trust every hop, and says what TRUST_PROXY takes', () => {
    expect(parseTrustProxy('true')).toBeInstanceOf(Error);
    expect(parseTrustProxy('*')).toBeInstanceOf(Error);
    expect(parseTrustProxy('10.0.0.1, 10.1.0.0/16')).toEqual(['10.0.0.1', '10.1.0.0/16']);
    expect(parseTrustProxy(undefined)).toBe(0);
  });
});

describe('what leaves the server', () => {
  it('sends no stack trace in an error', async () => {
    const server = await serve();
    const response = await server.inject({
      method: 'POST',
      url: '/trpc/intake.submitStory',
      payload: { clientId: 'geen-uuid' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).not.toContain('stack');
    expect(response.body).not.toMatch(/\.ts:\d+|node_modules/);
    const unknown = await server.inject({ method: 'GET', url: '/trpc/bestaat.niet' });
    expect(unknown.body).not.toContain('stack');
  });

  it('marks API answers no-store, so no browser or proxy keeps stories', async () => {
    const server = await serve();
    const cookie = await signedIn(server);
    const stories = await server.inject({
      method: 'GET',
      url: `/trpc/portal.stories?input=${encodeURIComponent(JSON.stringify({ projectId: 'p' }))}`,
      headers: { cookie },
    });
    expect(stories.headers['cache-control']).toBe('no-store');
    const me = await server.inject({ method: 'GET', url: '/trpc/portal.me', headers: { cookie } });
    expect(me.headers['cache-control']).toBe('no-store');
  });

  it('logs requests without the client address, host or query', async () => {
    const lines: string[] = [];
    const server = await serve({
      logger: { level: 'info', stream: { write: (line) => void lines.push(line) } },
      trustProxy: 1,
    });
    await server.inject({
      method: 'GET',
      url: '/trpc/portal.me?input=geheim-zoekwoord',
      remoteAddress: '198.51.100.23',
      headers: { 'x-forwarded-for': '203.0.113.99', host: 'vertel.example.nl' },
    });
    const log = lines.join('\n');
    expect(log).toContain('/trpc/portal.me');
    expect(log).not.toContain('198.51.100.23');
    expect(log).not.toContain('203.0.113.99');
    expect(log).not.toContain('vertel.example.nl');
    expect(log).not.toContain('geheim-zoekwoord');
  });
});
