import { createHash, randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'duiding_session';
export const SESSION_DAYS = 30;
export const SESSION_MS = SESSION_DAYS * 24 * 60 * 60 * 1000;

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
