import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startPlatform, type TPlatform } from './platform';
import { DEMO_STORY_COUNT } from './seed';

const NOW = new Date('2026-11-15T10:00:00Z');
const dirs: string[] = [];
const running: TPlatform[] = [];

afterEach(async () => {
  for (const platform of running.splice(0)) await platform.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function start(dataDir: string, lines: string[]) {
  const platform = await startPlatform({
    dataDir,
    port: 0,
    host: '127.0.0.1',
    clock: () => NOW,
    log: (line) => lines.push(line),
    staticRoots: {
      intake: join(dataDir, 'none'),
      panel: join(dataDir, 'none'),
      portal: join(dataDir, 'none'),
    },
  });
  running.push(platform);
  return platform;
}

/** A browser-like client: keeps the session cookie between calls. */
function client(url: string) {
  let cookie = '';
  const call = async (path: string, init: RequestInit = {}) => {
    const response = await fetch(`${url}/trpc/${path}`, {
      ...init,
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) cookie = setCookie.split(';')[0]!;
    return { status: response.status, body: (await response.json()) as unknown };
  };
  return {
    query: (path: string, input?: unknown) =>
      call(
        input === undefined ? path : `${path}?input=${encodeURIComponent(JSON.stringify(input))}`,
      ),
    mutate: (path: string, input: unknown) =>
      call(path, { method: 'POST', body: JSON.stringify(input) }),
  };
}

/** The result of a successful call, as the test expects it to be. */
function data<T>(body: unknown): T {
  return (body as { result: { data: T } }).result.data;
}

async function countStories(url: string, email: string, password: string) {
  const browser = client(url);
  const signIn = await browser.mutate('portal.signIn', { email, password });
  expect(signIn.status).toBe(200);
  const { body } = await browser.query('portal.projects');
  const project = data<{ projects: { id: string }[] }>(body).projects[0]!;
  expect(project).toMatchObject({ name: 'Cliëntervaringsonderzoek Jeugdhulp ZHZ', role: 'owner' });
  let total = 0;
  let cursor: string | undefined;
  do {
    const page = await browser.query('portal.stories', {
      projectId: project.id,
      limit: 200,
      cursor,
    });
    const result = data<{ stories: unknown[]; nextCursor: string | null }>(page.body);
    total += result.stories.length;
    cursor = result.nextCursor ?? undefined;
  } while (cursor);
  return total;
}

describe('startPlatform', () => {
  it('seeds the demo and the admin once, listens on a free port, and keeps all data across a restart', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'duiding-platform-'));
    dirs.push(dataDir);

    const firstLines: string[] = [];
    const first = await start(dataDir, firstLines);
    expect(first.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(first.url).not.toMatch(/:0$/);
    expect(await (await fetch(`${first.url}/healthz`)).json()).toEqual({ status: 'ok' });

    const passwordLine = firstLines.find((line) => line.startsWith('Wachtwoord'));
    const password = passwordLine?.match(/: (\S+)\n/)?.[1];
    expect(password).toBeDefined();
    expect(passwordLine).toContain(`${first.url}/portal/`);
    expect(firstLines).toContain('Beheerder aangemaakt: admin@duiding.local');

    const seeded = await countStories(first.url, 'admin@duiding.local', password!);
    expect(seeded).toBeGreaterThan(DEMO_STORY_COUNT * 0.9);

    // One story told by a visitor before the restart.
    const intake = client(first.url);
    const open = await intake.query('intake.openCollection', {});
    const { collection } = data<{ collection: { id: string; slug: string } }>(open.body);
    expect(collection.slug).toBe('zhz-vertelt-2026');
    const told = await intake.mutate('intake.submitStory', {
      clientId: crypto.randomUUID(),
      collectionId: collection.id,
      participant: {
        clientId: crypto.randomUUID(),
        answers: { rol: 'grootouder', gemeente: 'sliedrecht', duur: 'langer_dan_3_jaar' },
      },
      story: {
        promptId: 'moment',
        title: 'Voor de herstart',
        text: 'Dit verhaal moet een herstart van de server overleven.',
        language: 'nl',
      },
      answers: {
        gevoel: 'neutraal',
        hulp: { a: 0.2, b: 0.5, c: 0.3 },
        regie: 'na',
        belangrijk: { a: 1, b: 0, c: 0 },
        betrokken: 0.1,
        informatie: 'na',
        tempo: 0.9,
        plekken: { huisarts: { x: 0.1, y: 0.2 } },
        fase: ['hulp_zoeken'],
        wachttijd: 'weet_ik_niet',
        soort: ['dagbehandeling'],
      },
    });
    expect(told.status).toBe(200);
    await first.close();
    running.splice(0);

    const secondLines: string[] = [];
    const second = await start(dataDir, secondLines);
    expect(secondLines).toEqual([]); // no seeding, no new admin, no password
    expect(await countStories(second.url, 'admin@duiding.local', password!)).toBe(seeded + 1);
  });

  it('takes the first admin from the configuration and prints no password', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'duiding-platform-'));
    dirs.push(dataDir);
    const lines: string[] = [];
    const platform = await startPlatform({
      dataDir,
      port: 0,
      host: '127.0.0.1',
      adminEmail: 'beheer@zhz.nl',
      adminPassword: 'een-lang-wachtwoord',
      clock: () => NOW,
      log: (line) => lines.push(line),
      staticRoots: { intake: '/nope', panel: '/nope', portal: '/nope' },
    });
    running.push(platform);

    expect(lines.join('\n')).not.toContain('Wachtwoord');
    expect(
      await countStories(platform.url, 'beheer@zhz.nl', 'een-lang-wachtwoord'),
    ).toBeGreaterThan(0);
  });
});
