import {
  addProjectMember,
  appendAuditEntry,
  countOtherActiveAdmins,
  createProject,
  findProjectById,
  findUserByEmail,
  findUserById,
  inTransaction,
  listProjects,
  listUsers,
  normalizeEmail,
  setUserDeactivated,
} from '@duiding/db';
import type { TApiContext, TSession } from '../context';
import { AppError } from '../errors';
import type { TAdminInviteInput, TCreateProjectInput, TUserIdInput } from './admin.schema';
import { issueInvitation, type TIssuedInvitation } from './invite';

type TAdminContext = TApiContext & { session: TSession };

export interface TAdminUsersOutput {
  users: {
    id: string;
    email: string;
    name: string;
    isAdmin: boolean;
    createdAt: string;
    deactivatedAt: string | null;
  }[];
}

export function adminUsers(ctx: TAdminContext): TAdminUsersOutput {
  return {
    users: listUsers(ctx.db).map((u) => ({
      ...u,
      createdAt: u.createdAt.toISOString(),
      deactivatedAt: u.deactivatedAt?.toISOString() ?? null,
    })),
  };
}

export function adminProjects(ctx: TAdminContext): {
  projects: { id: string; slug: string; name: string; members: number }[];
} {
  return { projects: listProjects(ctx.db) };
}

export function adminCreateProject(
  ctx: TAdminContext,
  input: TCreateProjectInput,
): { id: string; slug: string; name: string } {
  const owner = findUserById(ctx.db, input.ownerUserId);
  if (!owner)
    throw new AppError('NOT_FOUND', 'Dit account bestaat niet. Kies een eigenaar uit de lijst.');
  const now = ctx.clock();
  return inTransaction(ctx.db, (tx) => {
    const project = createProject(tx, { slug: input.slug, name: input.name, now });
    addProjectMember(tx, { projectId: project.id, userId: owner.id, role: 'owner', now });
    appendAuditEntry(tx, {
      at: now,
      actorUserId: ctx.session.user.id,
      projectId: project.id,
      action: 'project.create',
      subject: `project:${project.id}`,
      details: { ownerUserId: owner.id },
    });
    return project;
  });
}

export function adminInviteUser(ctx: TAdminContext, input: TAdminInviteInput): TIssuedInvitation {
  if ((input.projectId === undefined) !== (input.role === undefined)) {
    throw new AppError('BAD_INPUT', 'Kies bij een project ook een rol, of geen van beide.');
  }
  if (input.projectId && !findProjectById(ctx.db, input.projectId)) {
    throw new AppError('NOT_FOUND', 'Dit project bestaat niet.');
  }
  if (findUserByEmail(ctx.db, input.email)) {
    throw new AppError('CONFLICT', `Er is al een account met ${normalizeEmail(input.email)}.`);
  }
  const now = ctx.clock();
  const issued = issueInvitation(ctx.db, {
    email: normalizeEmail(input.email),
    projectId: input.projectId ?? null,
    role: input.role ?? null,
    invitedByUserId: ctx.session.user.id,
    now,
  });
  appendAuditEntry(ctx.db, {
    at: now,
    actorUserId: ctx.session.user.id,
    projectId: input.projectId ?? null,
    action: 'user.invite',
    subject: `invitation:${issued.invitationId}`,
    details: { email: normalizeEmail(input.email), role: input.role ?? null },
  });
  return issued;
}

/** Deactivates an account: its sessions end and it cannot sign in; its history stays. */
export function adminDeactivateUser(ctx: TAdminContext, input: TUserIdInput): { ok: true } {
  if (input.userId === ctx.session.user.id) {
    throw new AppError('CONFLICT', 'Je kunt je eigen account niet uitzetten.');
  }
  const user = findUserById(ctx.db, input.userId);
  if (!user) throw new AppError('NOT_FOUND', 'Dit account bestaat niet.');
  if (user.isAdmin && countOtherActiveAdmins(ctx.db, user.id) === 0) {
    throw new AppError(
      'CONFLICT',
      'Dit is de laatste beheerder. Maak eerst iemand anders beheerder.',
    );
  }
  const now = ctx.clock();
  setUserDeactivated(ctx.db, user.id, now);
  appendAuditEntry(ctx.db, {
    at: now,
    actorUserId: ctx.session.user.id,
    action: 'user.deactivate',
    subject: `user:${user.id}`,
  });
  return { ok: true };
}

export function adminReactivateUser(ctx: TAdminContext, input: TUserIdInput): { ok: true } {
  if (!setUserDeactivated(ctx.db, input.userId, null)) {
    throw new AppError('NOT_FOUND', 'Dit account bestaat niet.');
  }
  appendAuditEntry(ctx.db, {
    at: ctx.clock(),
    actorUserId: ctx.session.user.id,
    action: 'user.reactivate',
    subject: `user:${input.userId}`,
  });
  return { ok: true };
}
