import { randomBytes } from 'node:crypto';
import {
  findSessionUser,
  inProcessStoryWriter,
  type TDbExecutor,
  type TStoryWriter,
  type TUser,
  touchSession,
} from '@duiding/db';
import { RateLimiter } from './auth/rate-limit';
import {
  hashSessionToken,
  SESSION_COOKIE,
  SESSION_IDLE_MS,
  SESSION_TOUCH_MS,
  type TCookieOptions,
} from './auth/session';
import { SignInThrottle } from './auth/sign-in-throttle';

/** Cookie access supplied by the HTTP adapter, so procedures and tests need no HTTP. */
export interface TCookieJar {
  get(name: string): string | undefined;
  set(name: string, value: string, options: TCookieOptions): void;
  clear(name: string, options: TCookieOptions): void;
}

/** What lives as long as the server: the database, the clock, the in-memory rate limits. */
export interface TApiServices {
  db: TDbExecutor;
  clock: () => Date;
  rateLimiter: RateLimiter;
  signInThrottle: SignInThrottle;
  /**
   * Stories are stored through it: many in one fsync'd commit under load. The server gives
   * a writer thread of its own; by default (tests) group commits on `db`.
   */
  storyWriter: TStoryWriter;
  /** Derives panel members' personal-link tokens; kept outside the database (see panel/link-token). */
  panelLinkKey: Uint8Array;
  /** Where people visit the apps (`https://…`), for links in mail; known once the server listens. */
  publicBaseUrl: () => string;
}

/** What the adapter knows about one request. */
export interface TRequestInfo {
  cookies: TCookieJar;
  /** The request came over https: cookies get `Secure`. */
  secure: boolean;
  /** The client's address, used only to key rate limits; never stored. */
  clientAddress: string | null;
}

export interface TSession {
  user: TUser;
  tokenHash: string;
}

export interface TApiContext extends TApiServices, TRequestInfo {
  session: TSession | null;
}

export function createApiServices(
  services: Pick<TApiServices, 'db' | 'clock'> & Partial<TApiServices>,
): TApiServices {
  return {
    ...services,
    rateLimiter: services.rateLimiter ?? new RateLimiter(),
    signInThrottle: services.signInThrottle ?? new SignInThrottle(),
    storyWriter: services.storyWriter ?? inProcessStoryWriter(services.db),
    // A random key per process suits tests; the server passes one kept in its data folder.
    panelLinkKey: services.panelLinkKey ?? randomBytes(32),
    publicBaseUrl: services.publicBaseUrl ?? (() => 'http://localhost:3000'),
  };
}

/**
 * Builds the context of one request: resolves the session from its cookie. A session
 * ends at its absolute end or after an idle hour; each use moves the idle end on.
 */
export function createApiContext(services: TApiServices, request: TRequestInfo): TApiContext {
  const token = request.cookies.get(SESSION_COOKIE);
  let session: TSession | null = null;
  if (token) {
    const tokenHash = hashSessionToken(token);
    const now = services.clock();
    const found = findSessionUser(services.db, tokenHash, now, SESSION_IDLE_MS);
    if (found) {
      session = { user: found.user, tokenHash };
      if (now.getTime() - found.lastSeenAt.getTime() >= SESSION_TOUCH_MS) {
        touchSession(services.db, tokenHash, now);
      }
    }
  }
  return { ...services, ...request, session };
}
