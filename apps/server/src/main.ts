import { resolve } from 'node:path';
import { startPlatform } from './platform';

/**
 * `pnpm start`. Configuration by environment:
 * - PORT (3000)
 * - HOST (127.0.0.1: only this machine can connect; set 0.0.0.0 in a container or to
 *   serve the network directly, usually behind a reverse proxy with TRUST_PROXY=1)
 * - DATA_DIR (./data, relative to the current directory)
 * - DUIDING_ADMIN_EMAIL, DUIDING_ADMIN_PASSWORD (the first admin; without a password one is
 *   generated and printed once)
 * - TRUST_PROXY (1: take the client address and https from X-Forwarded-* headers)
 * - LOG_LEVEL (warn)
 */
const env = process.env;
const port = Number(env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT moet een poortnummer zijn (0-65535), niet "${env.PORT}".`);
  process.exit(1);
}

const platform = await startPlatform({
  dataDir: resolve(env.DATA_DIR ?? './data'),
  port,
  host: env.HOST ?? '127.0.0.1',
  adminEmail: env.DUIDING_ADMIN_EMAIL || undefined,
  adminPassword: env.DUIDING_ADMIN_PASSWORD || undefined,
  trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
  logger: { level: env.LOG_LEVEL ?? 'warn' },
  log: (line) => console.log(line),
});

console.log(
  [
    '',
    'Duiding draait:',
    `  verhalen vertellen (intake)  ${platform.url}/`,
    `  panel                        ${platform.url}/panel/`,
    `  portaal                      ${platform.url}/portal/`,
    `  API                          ${platform.url}/trpc`,
    `  gezondheid                   ${platform.url}/healthz`,
    `  data                         ${resolve(env.DATA_DIR ?? './data')}`,
    '',
  ].join('\n'),
);

let closing = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    platform.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
}
