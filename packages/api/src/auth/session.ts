import { createHash, randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'duiding_session';
/** A browser in which the user signed in before; see auth/sign-in-throttle.ts. */
export const DEVICE_COOKIE = 'duiding_device';

const HOUR = 60 * 60 * 1000;
/** A session ends 12 hours after sign-in at the latest: a working day, then sign in again. */
export const SESSION_ABSOLUTE_MS = 12 * HOUR;
/** …and after an hour without any request, e.g. on a shared computer left behind. */
export const SESSION_IDLE_MS = 1 * HOUR;
/** The idle clock is written at most this often, so not every request writes. */
export const SESSION_TOUCH_MS = 60 * 1000;
/** A trusted browser is remembered for 90 days after its last sign-in. */
export const DEVICE_MS = 90 * 24 * HOUR;

/** 32 random bytes: the cookie carries them, the database only their hash. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface TCookieOptions {
  httpOnly: boolean;
  sameSite: 'lax' | 'strict';
  secure: boolean;
  path: string;
  /** Seconds. */
  maxAge?: number;
  expires?: Date;
}

/** The session cookie's flags: not readable by scripts, not sent on cross-site posts. */
export function sessionCookieOptions(
  secure: boolean,
  expiresAt?: Date,
  now?: Date,
): TCookieOptions {
  return {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    ...(expiresAt && now
      ? { expires: expiresAt, maxAge: Math.floor((expiresAt.getTime() - now.getTime()) / 1000) }
      : {}),
  };
}
