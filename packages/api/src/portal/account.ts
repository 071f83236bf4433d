import {
  acceptInvitation,
  appendAuditEntry,
  deleteOtherSessions,
  deleteUserSessions,
  findOpenInvitation,
  findProjectById,
  findUserRowById,
  type TMemberRole,
  type TUser,
  updateUserPassword,
} from '@duiding/db';
import { hashPassword, verifyPassword } from '../auth/password';
import { passwordProblem } from '../auth/password-policy';
import { hashSessionToken, SESSION_COOKIE, sessionCookieOptions } from '../auth/session';
import type { TApiContext, TSession } from '../context';
import { AppError } from '../errors';
import type {
  TAcceptInvitationInput,
  TChangePasswordInput,
  TInvitationTokenInput,
} from './account.schema';
import { signIn } from './sign-in';

function assertGoodPassword(password: string, person: { email: string; name: string }) {
  const problem = passwordProblem(password, person);
  if (problem) {
    throw new AppError('INVALID_ANSWERS', problem, [
      { question: 'password', code: 'too-short', message: problem },
    ]);
  }
}

/**
 * Changes the password after checking the current one, and ends every other session of
 * the account: whoever knew the old password is out.
 */
export async function changePassword(
  ctx: TApiContext & { session: TSession },
  input: TChangePasswordInput,
): Promise<{ ok: true; otherSessionsEnded: number }> {
  const row = findUserRowById(ctx.db, ctx.session.user.id);
  if (!row || !(await verifyPassword(input.currentPassword, row.passwordHash))) {
    throw new AppError('UNAUTHORIZED', 'Je huidige wachtwoord klopt niet.');
  }
  assertGoodPassword(input.newPassword, row);
  updateUserPassword(ctx.db, row.id, await hashPassword(input.newPassword));
  // This browser stays signed in; every other one is signed out.
  const ended = deleteOtherSessions(ctx.db, row.id, ctx.session.tokenHash);
  const now = ctx.clock();
  appendAuditEntry(ctx.db, {
    at: now,
    actorUserId: row.id,
    action: 'user.password-change',
    subject: `user:${row.id}`,
  });
  return { ok: true, otherSessionsEnded: ended };
}

/** Ends every session of the account, this one too. */
export function signOutEverywhere(ctx: TApiContext & { session: TSession }): { ended: number } {
  const ended = deleteUserSessions(ctx.db, ctx.session.user.id);
  ctx.cookies.clear(SESSION_COOKIE, sessionCookieOptions(ctx.secure));
  appendAuditEntry(ctx.db, {
    at: ctx.clock(),
    actorUserId: ctx.session.user.id,
    action: 'user.sign-out-everywhere',
    subject: `user:${ctx.session.user.id}`,
    details: { sessions: ended },
  });
  return { ended };
}

export interface TInvitationPreview {
  email: string;
  projectName: string | null;
  role: TMemberRole | null;
  expiresAt: string;
}

/** What the invitee sees before choosing a password. */
export function invitationPreview(
  ctx: TApiContext,
  input: TInvitationTokenInput,
): TInvitationPreview {
  const invitation = findOpenInvitation(ctx.db, hashSessionToken(input.token), ctx.clock());
  if (!invitation) {
    throw new AppError(
      'NOT_FOUND',
      'Deze uitnodiging is al gebruikt of verlopen. Vraag degene die je uitnodigde om een nieuwe.',
    );
  }
  const project = invitation.projectId ? findProjectById(ctx.db, invitation.projectId) : undefined;
  return {
    email: invitation.email,
    projectName: project?.name ?? null,
    role: invitation.role,
    expiresAt: invitation.expiresAt.toISOString(),
  };
}

/** Makes the account of an invitation (once) and signs the new user in. */
export async function acceptInvitationAndSignIn(
  ctx: TApiContext,
  input: TAcceptInvitationInput,
): Promise<{ user: TUser }> {
  const tokenHash = hashSessionToken(input.token);
  const invitation = findOpenInvitation(ctx.db, tokenHash, ctx.clock());
  if (!invitation) {
    throw new AppError(
      'NOT_FOUND',
      'Deze uitnodiging is al gebruikt of verlopen. Vraag degene die je uitnodigde om een nieuwe.',
    );
  }
  assertGoodPassword(input.password, { email: invitation.email, name: input.name });
  const passwordHash = await hashPassword(input.password);
  acceptInvitation(ctx.db, { tokenHash, name: input.name, passwordHash, now: ctx.clock() });
  return signIn(ctx, { email: invitation.email, password: input.password });
}
