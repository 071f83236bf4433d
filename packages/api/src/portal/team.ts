import {
  addProjectMember,
  appendAuditEntry,
  changeProjectRole,
  findProjectRole,
  findUserByEmail,
  listOpenInvitations,
  listProjectMembers,
  normalizeEmail,
  removeProjectMember,
  revokeInvitation,
  type TMemberRole,
} from '@duiding/db';
import type { TApiContext, TSession } from '../context';
import { AppError } from '../errors';
import { ROLE_TABLE, type TAudience, type TProjectAccess } from '../permissions';
import { issueInvitation, type TIssuedInvitation } from './invite';
import type {
  TChangeRoleInput,
  TInvitationInput,
  TInviteMemberInput,
  TMemberInput,
} from './team.schema';

type TTeamContext = TApiContext & { session: TSession; access: TProjectAccess };

export interface TTeamOutput {
  members: {
    userId: string;
    email: string;
    name: string;
    role: TMemberRole;
    since: string;
    deactivated: boolean;
  }[];
  invitations: { id: string; email: string; role: TMemberRole | null; expiresAt: string }[];
  /** The roles and what they mean, from the permission table, for the role picker. */
  roles: { role: TMemberRole; label: string; audience: TAudience }[];
}

export function listTeam(ctx: TTeamContext): TTeamOutput {
  const { projectId } = ctx.access;
  return {
    members: listProjectMembers(ctx.db, projectId)
      .map((m) => ({ ...m, since: m.since.toISOString() }))
      .sort((a, b) => a.name.localeCompare(b.name, 'nl') || a.email.localeCompare(b.email)),
    invitations: listOpenInvitations(ctx.db, projectId, ctx.clock()).map((i) => ({
      id: i.id,
      email: i.email,
      role: i.role,
      expiresAt: i.expiresAt.toISOString(),
    })),
    roles: (Object.keys(ROLE_TABLE) as TMemberRole[]).map((role) => ({
      role,
      label: ROLE_TABLE[role].label,
      audience: ROLE_TABLE[role].audience,
    })),
  };
}

export type TInviteMemberOutput =
  | { kind: 'added'; userId: string }
  | ({ kind: 'invited' } & TIssuedInvitation);

/**
 * Someone with an account joins at once; anyone else gets a one-time link to make one.
 */
export function inviteMember(ctx: TTeamContext, input: TInviteMemberInput): TInviteMemberOutput {
  const now = ctx.clock();
  const { projectId } = ctx.access;
  const existing = findUserByEmail(ctx.db, input.email);
  if (existing) {
    if (findProjectRole(ctx.db, projectId, existing.id)) {
      throw new AppError('CONFLICT', `${existing.email} is al lid van dit project.`);
    }
    addProjectMember(ctx.db, { projectId, userId: existing.id, role: input.role, now });
    appendAuditEntry(ctx.db, {
      at: now,
      actorUserId: ctx.session.user.id,
      projectId,
      action: 'team.add-member',
      subject: `user:${existing.id}`,
      details: { role: input.role },
    });
    return { kind: 'added', userId: existing.id };
  }
  const issued = issueInvitation(ctx.db, {
    email: normalizeEmail(input.email),
    projectId,
    role: input.role,
    invitedByUserId: ctx.session.user.id,
    now,
  });
  appendAuditEntry(ctx.db, {
    at: now,
    actorUserId: ctx.session.user.id,
    projectId,
    action: 'team.invite',
    subject: `invitation:${issued.invitationId}`,
    details: { email: normalizeEmail(input.email), role: input.role },
  });
  return { kind: 'invited', ...issued };
}

export function changeRole(ctx: TTeamContext, input: TChangeRoleInput): { role: TMemberRole } {
  const before = changeProjectRole(ctx.db, { ...input, projectId: ctx.access.projectId });
  if (!before) throw new AppError('NOT_FOUND', 'Deze persoon is geen lid van dit project.');
  appendAuditEntry(ctx.db, {
    at: ctx.clock(),
    actorUserId: ctx.session.user.id,
    projectId: ctx.access.projectId,
    action: 'team.role-change',
    subject: `user:${input.userId}`,
    details: { from: before, to: input.role },
  });
  return { role: input.role };
}

export function removeMember(ctx: TTeamContext, input: TMemberInput): { removed: true } {
  const before = removeProjectMember(ctx.db, { ...input, projectId: ctx.access.projectId });
  if (!before) throw new AppError('NOT_FOUND', 'Deze persoon is geen lid van dit project.');
  appendAuditEntry(ctx.db, {
    at: ctx.clock(),
    actorUserId: ctx.session.user.id,
    projectId: ctx.access.projectId,
    action: 'team.remove',
    subject: `user:${input.userId}`,
    details: { role: before },
  });
  return { removed: true };
}

export function withdrawInvitation(ctx: TTeamContext, input: TInvitationInput): { revoked: true } {
  if (!revokeInvitation(ctx.db, ctx.access.projectId, input.invitationId)) {
    throw new AppError('NOT_FOUND', 'Deze uitnodiging bestaat niet (meer).');
  }
  appendAuditEntry(ctx.db, {
    at: ctx.clock(),
    actorUserId: ctx.session.user.id,
    projectId: ctx.access.projectId,
    action: 'team.revoke-invitation',
    subject: `invitation:${input.invitationId}`,
  });
  return { revoked: true };
}
