import { randomUUID } from 'node:crypto';
import { and, asc, eq, gt, isNull } from 'drizzle-orm';
import { appendAuditEntry } from './audit';
import { inTransaction, type TDbExecutor } from './database';
import { DbConflictError } from './errors';
import { addProjectMember } from './projects';
import { invitations, type TMemberRole } from './schema';
import { createUser, normalizeEmail, type TUser } from './users';

export interface TInvitation {
  id: string;
  email: string;
  projectId: string | null;
  role: TMemberRole | null;
  invitedByUserId: string | null;
  createdAt: Date;
  expiresAt: Date;
}

const invitationColumns = {
  id: invitations.id,
  email: invitations.email,
  projectId: invitations.projectId,
  role: invitations.role,
  invitedByUserId: invitations.invitedByUserId,
  createdAt: invitations.createdAt,
  expiresAt: invitations.expiresAt,
};

/** Stores an invitation under the hash of its link's token. */
export function createInvitation(
  db: TDbExecutor,
  input: {
    tokenHash: string;
    email: string;
    projectId: string | null;
    role: TMemberRole | null;
    invitedByUserId: string;
    now: Date;
    expiresAt: Date;
  },
): TInvitation {
  const row: TInvitation = {
    id: randomUUID(),
    email: normalizeEmail(input.email),
    projectId: input.projectId,
    role: input.role,
    invitedByUserId: input.invitedByUserId,
    createdAt: input.now,
    expiresAt: input.expiresAt,
  };
  db.insert(invitations)
    .values({ ...row, tokenHash: input.tokenHash })
    .run();
  return row;
}

/** An invitation that is neither used nor expired at `now`. */
export function findOpenInvitation(
  db: TDbExecutor,
  tokenHash: string,
  now: Date,
): TInvitation | undefined {
  return db
    .select(invitationColumns)
    .from(invitations)
    .where(
      and(
        eq(invitations.tokenHash, tokenHash),
        isNull(invitations.acceptedAt),
        gt(invitations.expiresAt, now),
      ),
    )
    .get();
}

/** The open invitations of a project, oldest first. */
export function listOpenInvitations(db: TDbExecutor, projectId: string, now: Date): TInvitation[] {
  return db
    .select(invitationColumns)
    .from(invitations)
    .where(
      and(
        eq(invitations.projectId, projectId),
        isNull(invitations.acceptedAt),
        gt(invitations.expiresAt, now),
      ),
    )
    .orderBy(asc(invitations.createdAt))
    .all();
}

/** Withdraws an open invitation of a project; its link stops working. */
export function revokeInvitation(db: TDbExecutor, projectId: string, id: string): boolean {
  return (
    db
      .delete(invitations)
      .where(
        and(
          eq(invitations.id, id),
          eq(invitations.projectId, projectId),
          isNull(invitations.acceptedAt),
        ),
      )
      .run().changes > 0
  );
}

/**
 * Uses an invitation once: makes the account, adds it to the project with the invited role
 * and records it, all or nothing. A second use of the same link is refused, also when two
 * arrive at the same moment (the conditional UPDATE claims the invitation first).
 */
export function acceptInvitation(
  db: TDbExecutor,
  input: { tokenHash: string; name: string; passwordHash: string; now: Date },
): { user: TUser; invitation: TInvitation } {
  return inTransaction(db, (tx) => {
    const invitation = findOpenInvitation(tx, input.tokenHash, input.now);
    const claimed = invitation
      ? tx
          .update(invitations)
          .set({ acceptedAt: input.now })
          .where(and(eq(invitations.id, invitation.id), isNull(invitations.acceptedAt)))
          .run().changes
      : 0;
    if (!invitation || claimed === 0) {
      throw new DbConflictError(
        'invitation-used',
        'Deze uitnodiging is al gebruikt of verlopen. Vraag om een nieuwe uitnodiging.',
      );
    }
    const user = createUser(tx, {
      email: invitation.email,
      name: input.name,
      passwordHash: input.passwordHash,
      now: input.now,
    });
    if (invitation.projectId && invitation.role) {
      addProjectMember(tx, {
        projectId: invitation.projectId,
        userId: user.id,
        role: invitation.role,
        now: input.now,
      });
    }
    appendAuditEntry(tx, {
      at: input.now,
      actorUserId: user.id,
      projectId: invitation.projectId,
      action: 'invitation.accept',
      subject: `user:${user.id}`,
      details: { invitationId: invitation.id, role: invitation.role },
    });
    return { user, invitation };
  });
}
