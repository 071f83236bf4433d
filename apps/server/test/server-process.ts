import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleServer } from '../scripts/bundle';

const MAIN = fileURLToPath(new URL('../src/main.ts', import.meta.url));

/**
 * The node flags of `pnpm start` (the root package.json's start script; a test holds the two
 * together). --max-semi-space-size=4: V8 grows the young generation up to 2 × 16 MB, and once
 * a burst of requests has grown it, it stays resident; the server's requests keep little of
 * what they allocate, so 2 × 4 MB serve them (bench:memory at 100 000 stories: resident after
 * start 198 → 175 MB, peak 306–315 → 277 MB).
 */
export const SERVER_NODE_FLAGS = ['--max-semi-space-size=4'];

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let bundled: Promise<string> | undefined;

/**
 * The server's bundle (`bundleServer`) of the sources as they are, made once per process
 * in a folder of its own, removed when the process exits: its main.mjs.
 */
export function serverBundle(): Promise<string> {
  bundled ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'duiding-bundle-'));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    return (await bundleServer(dir)).main;
  })();
  return bundled;
}

/**
 * The server in its own process, resolved once /healthz answers: from its bundle as `pnpm
 * start` runs it (`bundled`), or else from source with tsx. Stories come "through a proxy"
 * (TRUST_PROXY=1), so a test may give each its own address.
 */
export async function startServerProcess(options: {
  dataDir: string;
  port: number;
  env?: Record<string, string>;
  /** Extra flags for node, such as --cpu-prof. */
  nodeFlags?: string[];
  /** What the server prints, as it comes (else its output goes nowhere). */
  onStdout?: (text: string) => void;
  bundled?: boolean;
}): Promise<ChildProcess> {
  const url = `http://127.0.0.1:${options.port}`;
  const flags = [...SERVER_NODE_FLAGS, ...(options.nodeFlags ?? [])];
  const entry = options.bundled ? [await serverBundle()] : ['--import', 'tsx', MAIN];
  const child = spawn(process.execPath, [...flags, ...entry], {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    env: {
      ...process.env,
      DATA_DIR: options.dataDir,
      PORT: String(options.port),
      HOST: '127.0.0.1',
      TRUST_PROXY: '1',
      LOG_LEVEL: 'error',
      ...options.env,
    },
    stdio: ['ignore', options.onStdout ? 'pipe' : 'ignore', 'inherit'],
  });
  if (options.onStdout) child.stdout?.setEncoding('utf8').on('data', options.onStdout);
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`server stopped with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return child;
    } catch {
      // not listening yet
    }
    await sleep(50);
  }
  child.kill('SIGKILL');
  throw new Error('server did not come up');
}

/** Resolves once the process has ended: its exit code, or the signal that ended it. */
export function stopped(child: ChildProcess): Promise<unknown> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve(child.exitCode ?? child.signalCode)
    : new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
}
