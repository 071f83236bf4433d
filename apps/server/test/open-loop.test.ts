import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { openLoop } from '../bench/open-loop';

// The generator behind `pnpm bench:submit`'s open-loop line: its figures are only as good as
// its counting, so it is tested against a plain HTTP server that answers as told.

let server: Server | undefined;
afterEach(
  () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
);

function serve(answer: (n: number, res: import('node:http').ServerResponse) => void) {
  let n = 0;
  server = createServer((req, res) => {
    req.resume();
    req.on('end', () => answer(n++, res));
  });
  return new Promise<number>((resolve) =>
    server!.listen(0, '127.0.0.1', () => resolve((server!.address() as AddressInfo).port)),
  );
}

const requests = (port: number, count: number) =>
  Array.from({ length: count }, (_, i) => {
    const body = JSON.stringify({ i });
    return Buffer.from(
      `POST /x HTTP/1.1\r\nhost: 127.0.0.1:${port}\r\ncontent-type: application/json\r\n` +
        `content-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
      'latin1',
    );
  });

describe('openLoop', () => {
  it('counts each latency from the moment its request was due, also while it waited for a connection', async () => {
    const port = await serve((_, res) => setTimeout(() => res.end('{"ok":true}'), 20));
    // 100 requests at 500/s on 2 connections: each answer takes 20 ms, so a connection
    // serves 50/s and requests queue; latencies grow far past the 20 ms of one answer.
    const result = await openLoop({
      host: '127.0.0.1',
      port,
      rate: 500,
      connections: 2,
      requests: requests(port, 100),
    });
    expect(result.failed).toBe(0);
    expect(result.latencies).toHaveLength(100);
    expect(result.latencies[0]).toBeGreaterThanOrEqual(19);
    // The last request was due at 0.2 s and answered after about 50 × 20 ms = 1 s.
    expect(result.latencies.at(-1)).toBeGreaterThan(500);
    expect(result.sentLate.at(-1)).toBeGreaterThan(500);
    expect(result.elapsed).toBeGreaterThan(0.9);
  });

  it('counts answers other than 200 and lost connections as failed, and goes on', async () => {
    const port = await serve((n, res) => {
      if (n === 5) {
        res.socket?.destroy();
        return;
      }
      res.statusCode = n % 10 === 3 ? 429 : 200;
      res.end('{}');
    });
    const result = await openLoop({
      host: '127.0.0.1',
      port,
      rate: 1000,
      connections: 3,
      requests: requests(port, 40),
    });
    expect(result.failed).toBe(5);
    expect(result.why).toContain('4×429');
    expect(result.why).toContain('1×connection lost');
    expect(result.latencies).toHaveLength(35);
  });

  it('fails what is left, without hanging, when the server goes away', async () => {
    const port = await serve((_, res) => {
      // No new connections from now on, and this one ends without an answer.
      server!.close();
      res.socket?.destroy();
    });
    const result = await openLoop({
      host: '127.0.0.1',
      port,
      rate: 1000,
      connections: 2,
      requests: requests(port, 20),
    });
    expect(result.latencies).toHaveLength(0);
    expect(result.failed).toBe(20);
    expect(result.why).toContain('no connection (ECONNREFUSED)');
    server = undefined;
  });

  it('refuses to guess at an answer without Content-Length', async () => {
    const port = await serve((_, res) => {
      res.write('{"ok"');
      res.end(':true}');
    });
    const result = await openLoop({
      host: '127.0.0.1',
      port,
      rate: 100,
      connections: 1,
      requests: requests(port, 3),
    });
    expect(result.latencies).toHaveLength(0);
    expect(result.why).toContain('an answer without Content-Length');
  });
});
