import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { openDatabase, type TDatabase } from '@duiding/db';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { precompressDirectory } from './precompress';
import { buildServer } from './server';

let dir: string;
let database: TDatabase;
let server: FastifyInstance;
const script = `export const tekst = ${JSON.stringify('Een verhaal over jeugdhulp. '.repeat(400))};\n`;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'duiding-compress-'));
  const root = join(dir, 'intake');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>intake</title>');
  writeFileSync(join(root, 'assets', 'index-abc.js'), script);
  database = openDatabase({ file: ':memory:' });
  server = await buildServer({
    db: database.orm,
    staticRoots: { intake: root, panel: join(dir, 'x'), portal: join(dir, 'x') },
  });
});

afterEach(async () => {
  await server.close();
  database.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = (url: string, encoding?: string) =>
  server.inject({
    method: 'GET',
    url,
    headers: encoding ? { 'accept-encoding': encoding } : {},
  });

describe('compression', () => {
  it('writes brotli and gzip copies once, and sends the one the browser takes', async () => {
    const root = join(dir, 'intake');
    expect(await precompressDirectory(root)).toEqual({ written: 1, upToDate: 0 });
    // index.html is too small to be worth it; a second run finds the rest up to date.
    expect(await precompressDirectory(root)).toEqual({ written: 0, upToDate: 1 });
    const file = join(root, 'assets', 'index-abc.js');
    expect(statSync(`${file}.br`).size).toBeLessThan(script.length / 10);

    const br = await get('/assets/index-abc.js', 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(script);

    const gz = await get('/assets/index-abc.js', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(script);

    const plain = await get('/assets/index-abc.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(script);
  });

  it('compresses API answers over 1 kB', async () => {
    const answer = await server.inject({
      method: 'POST',
      url: '/trpc/intake.submitStory',
      headers: { 'accept-encoding': 'br', 'content-type': 'application/json' },
      // Many wrong fields (question ids over 64 characters): a long list of answer errors.
      payload: {
        answers: Object.fromEntries(
          Array.from({ length: 30 }, (_, i) => [`${'v'.repeat(64)}${i}`, 1]),
        ),
      },
    });
    expect(answer.headers['content-encoding']).toBe('br');
    const body = JSON.parse(brotliDecompressSync(answer.rawPayload).toString());
    expect(body.error.data.appCode).toBe('BAD_INPUT');
    expect(JSON.stringify(body).length).toBeGreaterThan(1024);
  });

  it('serves a favicon', async () => {
    const ico = await get('/favicon.ico');
    expect(ico.statusCode).toBe(200);
    expect(ico.headers['content-type']).toBe('image/x-icon');
    // An ICO header: reserved 0, type 1 (icon), one image.
    expect([...ico.rawPayload.subarray(0, 6)]).toEqual([0, 0, 1, 0, 1, 0]);
    const svg = await get('/favicon.svg');
    expect(svg.headers['content-type']).toContain('image/svg+xml');
  });
});
