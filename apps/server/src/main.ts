import { resolve } from 'node:path';
import { startPlatform } from './platform';
import { parseTrustProxy } from './trust-proxy';

/**
 * `pnpm start`. Configuration by environment:
 * - PORT (3000)
 * - HOST (127.0.0.1: only this machine can connect; set 0.0.0.0 in a container or to
 *   serve the network directly, usually behind a reverse proxy with TRUST_PROXY=1)
 * - DATA_DIR (./data, relative to the current directory)
 * - DUIDING_ADMIN_EMAIL, DUIDING_ADMIN_PASSWORD (the first admin; without a password one is
 *   generated and printed once)
 * - TRUST_PROXY (0: how many reverse proxies stand in front, usually 1, or a comma-separated
 *   list of their addresses; their X-Forwarded-* headers then give the client address and https)
 * - PUBLIC_ORIGIN (the https://… origin people visit, or several with commas, when the proxy
 *   rewrites the Host header; mutations from any other origin are refused)
 * - LOG_LEVEL (warn)
 * - SMTP_URL (smtp://user:password@host:587 for the panel's mail; without it messages are
 *   written to DATA_DIR/mail-outbox as .eml files), MAIL_FROM (the sender)
 */
const env = process.env;
const port = Number(env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT moet een poortnummer zijn (0-65535), niet "${env.PORT}".`);
  process.exit(1);
}

const trustProxy = parseTrustProxy(env.TRUST_PROXY);
if (trustProxy instanceof Error) {
  console.error(trustProxy.message);
  process.exit(1);
}
const publicOrigins = (env.PUBLIC_ORIGIN ?? '')
  .split(',')
  .map((origin) => origin.trim())
  .filter(Boolean);
const badOrigin = publicOrigins.find((origin) => !URL.canParse(origin));
if (badOrigin !== undefined) {
  console.error(
    `PUBLIC_ORIGIN moet een adres zijn zoals https://vertel.example.nl (of een lijst, met komma's), niet "${badOrigin}".`,
  );
  process.exit(1);
}

const starting = startPlatform({
  dataDir: resolve(env.DATA_DIR ?? './data'),
  port,
  host: env.HOST ?? '127.0.0.1',
  adminEmail: env.DUIDING_ADMIN_EMAIL || undefined,
  adminPassword: env.DUIDING_ADMIN_PASSWORD || undefined,
  trustProxy,
  publicOrigins,
  smtpUrl: env.SMTP_URL || undefined,
  mailFrom: env.MAIL_FROM || undefined,
  logger: { level: env.LOG_LEVEL ?? 'warn' },
  log: (line) => console.log(line),
});

// From the start: the server listens before it has seeded the demo panel, and a stop signal
// then (a service manager's, or Ctrl-C) waits for the start and closes it all the same. A
// second one stops at once (every acknowledged story is on disk already).
let closing = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (closing) {
      console.error('Gestopt zonder af te sluiten (tweede stopsignaal).');
      process.exit(1);
    }
    closing = true;
    starting
      .then((platform) => platform.close())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          console.error(error);
          process.exit(1);
        },
      );
  });
}

const platform = await starting;
// Not when a stop came while it started.
if (!closing) {
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
      `  panelmail                    ${platform.mailFolder ?? 'via SMTP_URL'}`,
      '',
    ].join('\n'),
  );
}
