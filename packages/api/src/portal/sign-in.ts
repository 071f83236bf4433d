import {
  appendAuditEntry,
  createSession,
  deleteSession,
  findUserByEmail,
  isTrustedDevice,
  normalizeEmail,
  rememberTrustedDevice,
  type TUser,
} from '@duiding/db';
import { verifyAgainstNothing, verifyPassword } from '../auth/password';
import {
  DEVICE_COOKIE,
  DEVICE_MS,
  hashSessionToken,
  newSessionToken,
  SESSION_ABSOLUTE_MS,
  SESSION_COOKIE,
  sessionCookieOptions,
} from '../auth/session';
import { formatWait, type TSignInAttempt } from '../auth/sign-in-throttle';
import type { TApiContext } from '../context';
import { AppError } from '../errors';
import type { TSignInInput } from './sign-in.schema';

const WRONG = 'E-mailadres of wachtwoord klopt niet';

/**
 * Checks the password and starts a session in a new httpOnly cookie (a fresh token on
 * every sign-in, so a token planted before sign-in is worthless). Guessing is slowed by
 * the sign-in throttle, never answered with a lock-out.
 */
export async function signIn(ctx: TApiContext, input: TSignInInput): Promise<{ user: TUser }> {
  const start = ctx.clock();
  const found = findUserByEmail(ctx.db, input.email);
  const active = found && !found.deactivatedAt ? found : undefined;
  const deviceToken = ctx.cookies.get(DEVICE_COOKIE);
  const attempt: TSignInAttempt = {
    address: ctx.rateLimiter.keyOf(`address:${ctx.clientAddress ?? 'unknown'}`, start),
    account: ctx.rateLimiter.keyOf(`account:${normalizeEmail(input.email)}`, start),
    trustedDevice:
      !!active &&
      !!deviceToken &&
      isTrustedDevice(ctx.db, hashSessionToken(deviceToken), active.id, start),
  };
  const wait = ctx.signInThrottle.waitMs(attempt, start);
  if (wait > 0) {
    throw new AppError(
      'RATE_LIMITED',
      `Te veel mislukte pogingen om in te loggen. Probeer het over ${formatWait(wait)} opnieuw.`,
    );
  }

  const ok = active
    ? await verifyPassword(input.password, active.passwordHash)
    : await verifyAgainstNothing(input.password);
  const now = ctx.clock();
  if (!active || !ok) {
    ctx.signInThrottle.recordFailure(attempt, now);
    throw new AppError('UNAUTHORIZED', WRONG);
  }
  ctx.signInThrottle.recordSuccess(attempt);

  // A new session on every sign-in; an old cookie of this browser is retired.
  if (ctx.session) deleteSession(ctx.db, ctx.session.tokenHash);
  const token = newSessionToken();
  const expiresAt = new Date(now.getTime() + SESSION_ABSOLUTE_MS);
  createSession(ctx.db, { tokenHash: hashSessionToken(token), userId: active.id, now, expiresAt });
  ctx.cookies.set(SESSION_COOKIE, token, sessionCookieOptions(ctx.secure, expiresAt, now));

  // This browser is now known for the account: other people's failures do not slow it.
  const device = attempt.trustedDevice && deviceToken ? deviceToken : newSessionToken();
  const deviceExpires = new Date(now.getTime() + DEVICE_MS);
  rememberTrustedDevice(ctx.db, {
    tokenHash: hashSessionToken(device),
    userId: active.id,
    now,
    expiresAt: deviceExpires,
  });
  ctx.cookies.set(DEVICE_COOKIE, device, sessionCookieOptions(ctx.secure, deviceExpires, now));

  appendAuditEntry(ctx.db, {
    at: now,
    actorUserId: active.id,
    action: 'user.sign-in',
    subject: `user:${active.id}`,
  });
  return {
    user: { id: active.id, email: active.email, name: active.name, isAdmin: active.isAdmin },
  };
}

export function signOut(ctx: TApiContext): { ok: true } {
  if (ctx.session) deleteSession(ctx.db, ctx.session.tokenHash);
  ctx.cookies.clear(SESSION_COOKIE, sessionCookieOptions(ctx.secure));
  return { ok: true };
}
