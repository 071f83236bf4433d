import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashPassword } from '@duiding/api';
import { createUser, openDatabase, type TDatabase } from '@duiding/db';
import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildServer, helmetHeaders, type TStaticRoots } from './server';

let database: TDatabase;
let server: FastifyInstance;
let staticDir: string;
let roots: TStaticRoots;

/** A fake build of each app: an index.html that names the app, and one hashed asset. */
function fakeApps(dir: string): TStaticRoots {
  const make = (name: string) => {
    const root = join(dir, name);
    mkdirSync(join(root, 'assets'), { recursive: true });
    writeFileSync(join(root, 'index.html'), `<!doctype html><title>${name}</title>`);
    writeFileSync(join(root, 'assets', `${name}-abc123.js`), `console.log('${name}')`);
    return root;
  };
  return { intake: make('intake'), panel: make('panel'), portal: make('portal') };
}

beforeEach(async () => {
  staticDir = mkdtempSync(join(tmpdir(), 'duiding-static-'));
  roots = fakeApps(staticDir);
  database = openDatabase({ file: ':memory:' });
  server = await buildServer({
    db: database.orm,
    clock: () => new Date('2026-11-15T10:00:00Z'),
    staticRoots: roots,
  });
});

afterEach(async () => {
  await server.close();
  database.close();
  rmSync(staticDir, { recursive: true, force: true });
});

describe('buildServer', () => {
  it('answers /healthz', async () => {
    const response = await server.inject({ method: 'GET', url: '/healthz' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('sends security headers with a strict content security policy', async () => {
    const response = await server.inject({ method: 'GET', url: '/' });
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(response.headers['strict-transport-security']).toBeDefined();
  });

  it("sends helmet's own headers on every answer, computed once", async () => {
    const options = { referrerPolicy: { policy: 'no-referrer' as const } };
    // What helmet's middleware sets on a real response, and what one recorded run gives.
    const real = new ServerResponse(new IncomingMessage(new Socket()));
    helmet(options)(real.req, real, () => {});
    expect(Object.fromEntries(helmetHeaders(options))).toEqual(real.getHeaders());
    // Not two empty lists: helmet's documented defaults are among them.
    expect(real.getHeaders()).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'SAMEORIGIN',
      'referrer-policy': 'no-referrer',
    });
    // The server's: on a page, an API answer and the guard's refusals alike.
    const page = await server.inject({ method: 'GET', url: '/' });
    const answers = [
      await server.inject({ method: 'GET', url: '/healthz' }),
      await server.inject({ method: 'GET', url: '/trpc/nope' }),
      await server.inject({
        method: 'POST',
        url: '/trpc/intake.saveDraft',
        headers: { 'content-type': 'text/plain' },
        payload: '{}',
      }),
      await server.inject({
        method: 'POST',
        url: '/trpc/portal.signOut',
        headers: { 'content-type': 'application/json', origin: 'https://elders.example' },
        payload: '{}',
      }),
    ];
    expect(answers.map((response) => response.statusCode)).toEqual([200, 404, 415, 403]);
    for (const response of answers) {
      for (const name of Object.keys(real.getHeaders())) {
        expect(response.headers[name], name).toBe(page.headers[name]);
      }
    }
    // A directive made per request (a nonce) cannot be computed once: refused, not frozen.
    expect(() =>
      helmetHeaders({
        contentSecurityPolicy: { directives: { scriptSrc: [() => "'nonce-abc'"] } },
      }),
    ).toThrow(/per request/);
  });

  it('serves each app at its prefix, with a fallback to its index.html for client routes', async () => {
    const get = (url: string) => server.inject({ method: 'GET', url });
    expect((await get('/')).body).toContain('<title>intake</title>');
    expect((await get('/verhaal/nieuw')).body).toContain('<title>intake</title>');
    expect((await get('/portal/')).body).toContain('<title>portal</title>');
    expect((await get('/portal/verhalen/123')).body).toContain('<title>portal</title>');
    expect((await get('/panel/')).body).toContain('<title>panel</title>');
    expect((await get('/panel/golf/2')).body).toContain('<title>panel</title>');
    expect((await get('/portal')).headers.location).toBe('/portal/');

    const asset = await get('/portal/assets/portal-abc123.js');
    expect(asset.body).toContain("console.log('portal')");
    expect(asset.headers['cache-control']).toContain('immutable');
    expect((await get('/portal/')).headers['cache-control']).toBe('no-cache');
    // A missing file is a 404, not the app's page.
    expect((await get('/portal/assets/gone-000.js')).statusCode).toBe(404);
  });

  it('answers a tRPC call at /trpc', async () => {
    const response = await server.inject({ method: 'GET', url: '/trpc/panel.status' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      result: { data: { connected: true, serverTime: '2026-11-15T10:00:00.000Z' } },
    });
  });

  it('puts the app code, Dutch message and answer errors into tRPC errors', async () => {
    const response = await server.inject({
      method: 'POST',
      url: '/trpc/intake.submitStory',
      payload: { clientId: 'geen-uuid' },
    });
    expect(response.statusCode).toBe(400);
    const { error } = response.json();
    expect(error.data.appCode).toBe('BAD_INPUT');
    expect(error.data.answerErrors).toContainEqual(
      expect.objectContaining({ question: 'clientId' }),
    );
    expect(error.message).not.toMatch(/invalid|expected/i);
  });

  it('answers a body over 4 MiB with 413 as a tRPC-shaped error in Dutch', async () => {
    const payload = JSON.stringify({ text: 'x'.repeat(5 * 1024 * 1024) });
    const single = await server.inject({
      method: 'POST',
      url: '/trpc/intake.submitStory',
      headers: { 'content-type': 'application/json' },
      payload,
    });
    const batched = await server.inject({
      method: 'POST',
      url: '/trpc/intake.submitStory,panel.status?batch=1',
      headers: { 'content-type': 'application/json' },
      payload,
    });

    expect(single.statusCode).toBe(413);
    expect(single.json().error).toMatchObject({
      message: expect.stringContaining('te groot'),
      data: { appCode: 'PAYLOAD_TOO_LARGE', httpStatus: 413 },
    });
    expect(batched.statusCode).toBe(413);
    expect(batched.json()).toHaveLength(2);
  });

  it('sets the session cookie httpOnly and SameSite=Lax, and Secure only over https', async () => {
    createUser(database.orm, {
      email: 'a@example.nl',
      name: 'A',
      passwordHash: await hashPassword('goed-wachtwoord'),
      now: new Date(),
    });
    const signIn = (headers: Record<string, string>) =>
      server.inject({
        method: 'POST',
        url: '/trpc/portal.signIn',
        headers: { 'content-type': 'application/json', ...headers },
        payload: { email: 'a@example.nl', password: 'goed-wachtwoord' },
      });

    const plain = await signIn({});
    const cookie = String(plain.headers['set-cookie']);
    expect(plain.statusCode).toBe(200);
    expect(cookie).toMatch(/^duiding_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).toContain('Path=/');
    expect(cookie).toContain('Max-Age=43200'); // 12 hours
    expect(cookie).not.toContain('Secure');

    // With the cookie, the next request is signed in.
    const token = cookie.split(';')[0]!;
    const me = await server.inject({
      method: 'GET',
      url: '/trpc/portal.me',
      headers: { cookie: token },
    });
    expect(me.json().result.data.user.email).toBe('a@example.nl');

    const wrong = await server.inject({
      method: 'POST',
      url: '/trpc/portal.signIn',
      headers: { 'content-type': 'application/json' },
      payload: { email: 'a@example.nl', password: 'fout' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error.message).toBe('E-mailadres of wachtwoord klopt niet');
    expect(wrong.headers['set-cookie']).toBeUndefined();
  });
});

describe('buildServer behind https', () => {
  it('marks the session cookie Secure when the proxy says the request was https', async () => {
    const behindProxy = await buildServer({
      db: database.orm,
      staticRoots: roots,
      trustProxy: 1,
    });
    createUser(database.orm, {
      email: 'b@example.nl',
      name: 'B',
      passwordHash: await hashPassword('goed-wachtwoord'),
      now: new Date(),
    });
    const response = await behindProxy.inject({
      method: 'POST',
      url: '/trpc/portal.signIn',
      headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https' },
      payload: { email: 'b@example.nl', password: 'goed-wachtwoord' },
    });
    expect(String(response.headers['set-cookie'])).toContain('Secure');
    await behindProxy.close();
  });
});

describe('buildServer without built apps', () => {
  it('says which app is not built instead of failing', async () => {
    const bare = await buildServer({
      db: database.orm,
      staticRoots: { intake: '/nope/intake', panel: '/nope/panel', portal: '/nope/portal' },
    });
    const response = await bare.inject({ method: 'GET', url: '/portal/' });
    expect(response.statusCode).toBe(503);
    expect(response.body).toContain('portal');
    await bare.close();
  });
});
