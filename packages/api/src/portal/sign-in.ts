import {
  appendAuditEntry,
  createSession,
  deleteSession,
  findUserByEmail,
  normalizeEmail,
  type TUser,
} from '@duiding/db';
import { verifyAgainstNothing, verifyPassword } from '../auth/password';
import {
  hashSessionToken,
  newSessionToken,
  SESSION_COOKIE,
  SESSION_MS,
  sessionCookieOptions,
} from '../auth/session';
import type { TApiContext } from '../context';
import { AppError } from '../errors';
import type { TSignInInput } from './sign-in.schema';

const WRONG = 'E-mailadres of wachtwoord klopt niet';
const TOO_MANY =
  'Te veel mislukte pogingen om in te loggen. Wacht een kwartier en probeer het opnieuw.';

/** Checks the password and starts a 30-day session in an httpOnly cookie. */
export async function signIn(ctx: TApiContext, input: TSignInInput): Promise<{ user: TUser }> {
  const limiter = ctx.rateLimiter;
  const start = ctx.clock();
  const addressKey = `address:${limiter.keyOf(ctx.clientAddress ?? 'unknown', start)}`;
  const accountKey = `account:${limiter.keyOf(normalizeEmail(input.email), start)}`;
  if (
    limiter.isLimited('signInFailure', addressKey, start) ||
    limiter.isLimited('signInFailure', accountKey, start)
  ) {
    throw new AppError('RATE_LIMITED', TOO_MANY);
  }

  const found = findUserByEmail(ctx.db, input.email);
  const ok = found
    ? await verifyPassword(input.password, found.passwordHash)
    : await verifyAgainstNothing(input.password);
  const now = ctx.clock();
  if (!found || !ok) {
    limiter.record('signInFailure', addressKey, now);
    limiter.record('signInFailure', accountKey, now);
    throw new AppError('UNAUTHORIZED', WRONG);
  }
  limiter.reset('signInFailure', accountKey);

  // A new session on every sign-in; an old cookie of this browser is retired.
  if (ctx.session) deleteSession(ctx.db, ctx.session.tokenHash);
  const token = newSessionToken();
  const expiresAt = new Date(now.getTime() + SESSION_MS);
  createSession(ctx.db, { tokenHash: hashSessionToken(token), userId: found.id, now, expiresAt });
  appendAuditEntry(ctx.db, {
    at: now,
    actorUserId: found.id,
    action: 'user.sign-in',
    subject: `user:${found.id}`,
  });
  ctx.cookies.set(SESSION_COOKIE, token, sessionCookieOptions(ctx.secure, expiresAt, now));
  return { user: { id: found.id, email: found.email, name: found.name } };
}

export function signOut(ctx: TApiContext): { ok: true } {
  if (ctx.session) deleteSession(ctx.db, ctx.session.tokenHash);
  ctx.cookies.clear(SESSION_COOKIE, sessionCookieOptions(ctx.secure));
  return { ok: true };
}
