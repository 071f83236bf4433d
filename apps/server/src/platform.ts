import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  deleteExpiredDrafts,
  deleteExpiredSessions,
  openDatabase,
  startStoryWriterThread,
  type TStoryWriter,
} from '@duiding/db';
import { folderTransport, smtpTransport } from './mail';
import { startPanelJobs } from './panel-jobs';
import { precompressDirectory } from './precompress';
import { startRetentionJob } from './retention-job';
import { ensureFirstAdmin, seedDemoOnce } from './seed';
import { seedDemoPanelOnce } from './seed-panel';
import { buildServer, type TLoggerOptions, type TStaticRoots } from './server';
import type { TTrustProxy } from './trust-proxy';

export const DATABASE_FILE = 'duiding.sqlite';

/** The apps' build folders in this repository, found from this file, not from the cwd. */
export const DEFAULT_STATIC_ROOTS: TStaticRoots = {
  intake: fileURLToPath(new URL('../../intake/dist', import.meta.url)),
  panel: fileURLToPath(new URL('../../panel/dist', import.meta.url)),
  portal: fileURLToPath(new URL('../../portal/dist', import.meta.url)),
};

export interface TStartPlatformOptions {
  dataDir: string;
  /** 0 picks a free port; the returned url has the real one. */
  port: number;
  host: string;
  adminEmail?: string;
  adminPassword?: string;
  clock?: () => Date;
  /** Lines for the operator: where the apps are, the generated admin password. */
  log: (line: string) => void;
  staticRoots?: TStaticRoots;
  /** Fastify's request logger; off unless asked for. */
  logger?: false | TLoggerOptions;
  trustProxy?: TTrustProxy;
  publicOrigins?: string[];
  /** SMTP for the panel's mail; without it messages go to `<dataDir>/mail-outbox`. */
  smtpUrl?: string;
  /**
   * Seed the demo panel's two waves into the demo project (default). The browser tests of
   * the stories, explorer and exports switch it off: they count the demo's collections.
   */
  demoPanel?: boolean;
  mailFrom?: string;
  /** How often the panel's mail job runs (a minute by default). */
  mailIntervalMs?: number;
}

/** Where the demo's mail lands without SMTP_URL. */
export const MAIL_FOLDER = 'mail-outbox';
const PANEL_LINK_KEY_FILE = 'panel-link.key';

/**
 * The key that derives panel members' personal links, kept in a file beside the database
 * and not in it: a copy of the database alone opens no one's link.
 */
function panelLinkKey(dataDir: string): Uint8Array {
  const file = join(dataDir, PANEL_LINK_KEY_FILE);
  if (!existsSync(file))
    writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600, flag: 'wx' });
  return Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
}

export interface TPlatform {
  url: string;
  /** Where the panel's mail is written without SMTP; null when it goes over SMTP. */
  mailFolder: string | null;
  close(): Promise<void>;
}

/**
 * Opens (and migrates) `<dataDir>/duiding.sqlite`, seeds the demo once, makes sure the
 * first admin exists, and serves everything on one port.
 */
export async function startPlatform(options: TStartPlatformOptions): Promise<TPlatform> {
  const clock = options.clock ?? (() => new Date());
  const dataDir = resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const database = openDatabase({ file: join(dataDir, DATABASE_FILE) });
  let storyWriter: TStoryWriter | undefined;
  try {
    // Housekeeping at start; a background job takes this over with the retention work.
    deleteExpiredSessions(database.orm, clock());
    deleteExpiredDrafts(database.orm, clock());
    const seed = seedDemoOnce(database.orm, clock());
    if (seed.seeded) {
      options.log(`Demo-project aangemaakt met ${seed.stories} verhalen.`);
    }
    const admin = await ensureFirstAdmin(database.orm, {
      email: options.adminEmail,
      password: options.adminPassword,
      now: clock(),
    });

    const staticRoots = options.staticRoots ?? DEFAULT_STATIC_ROOTS;
    // Once per build: later starts find the compressed files up to date.
    for (const root of Object.values(staticRoots)) await precompressDirectory(root);
    const linkKey = panelLinkKey(dataDir);
    let baseUrl = options.publicOrigins?.[0] ?? '';
    // Stories are stored by a thread of their own, on its own connection to the same file,
    // so that commits (fsync) and the search index's triggers do not hold up other requests.
    storyWriter = await startStoryWriterThread(database.file);
    const server = await buildServer({
      db: database.orm,
      storyWriter,
      clock,
      panelLinkKey: linkKey,
      publicBaseUrl: () => baseUrl,
      staticRoots,
      logger: options.logger ?? false,
      trustProxy: options.trustProxy,
      publicOrigins: options.publicOrigins,
    });
    await server.listen({ port: options.port, host: options.host });
    // Daily: each project's retention (delete or reduce old stories), audited.
    const retention = startRetentionJob({ db: database.orm, clock, log: options.log });
    const address = server.server.address();
    const port = typeof address === 'object' && address ? address.port : options.port;
    // 0.0.0.0 is where we listen, not an address to visit.
    const visibleHost = ['0.0.0.0', '::'].includes(options.host) ? 'localhost' : options.host;
    const url = `http://${visibleHost.includes(':') ? `[${visibleHost}]` : visibleHost}:${port}`;

    baseUrl ||= url;
    const panel =
      options.demoPanel === false
        ? { seeded: false }
        : await seedDemoPanelOnce({
            db: database.orm,
            clock,
            panelLinkKey: linkKey,
            publicBaseUrl: () => baseUrl,
          });
    if (panel.seeded) options.log('Demo-panel aangemaakt: ronde 1 gesloten, ronde 2 open.');
    const transport = options.smtpUrl
      ? smtpTransport(options.smtpUrl, options.mailFrom)
      : folderTransport(join(dataDir, MAIL_FOLDER), options.mailFrom);
    const jobs = startPanelJobs({
      db: database.orm,
      clock,
      panelLinkKey: linkKey,
      publicBaseUrl: () => baseUrl,
      transport,
      intervalMs: options.mailIntervalMs,
      onError: (error) =>
        options.log(`Panelmail: ${error instanceof Error ? error.message : String(error)}`),
    });
    void jobs.tick();

    if (admin.created) {
      options.log(`Beheerder aangemaakt: ${admin.email}`);
      if (admin.generatedPassword) {
        options.log(
          `Wachtwoord (wordt maar één keer getoond): ${admin.generatedPassword}\n` +
            `Log in op ${url}/portal/`,
        );
      }
    }
    return {
      url,
      mailFolder: options.smtpUrl ? null : join(dataDir, MAIL_FOLDER),
      close: async () => {
        retention.stop();
        await jobs.stop();
        transport.close?.();
        // In-flight requests end first; the writer then finishes what it was sent.
        await server.close();
        await storyWriter?.close();
        database.close();
      },
    };
  } catch (error) {
    await storyWriter?.close();
    database.close();
    throw error;
  }
}
