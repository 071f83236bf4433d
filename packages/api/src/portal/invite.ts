import { createInvitation, type TMemberRole } from '@duiding/db';
import { hashSessionToken, newSessionToken } from '../auth/session';

/** An invitation link works for a week, once. */
export const INVITATION_DAYS = 7;

export interface TIssuedInvitation {
  invitationId: string;
  /**
   * The token of the link, shown to the inviter once to send on (the portal makes it
   * `/portal/uitnodiging#<token>`); only its hash is stored.
   */
  token: string;
  expiresAt: string;
}

export function issueInvitation(
  db: Parameters<typeof createInvitation>[0],
  input: {
    email: string;
    projectId: string | null;
    role: TMemberRole | null;
    invitedByUserId: string;
    now: Date;
  },
): TIssuedInvitation {
  const token = newSessionToken();
  const expiresAt = new Date(input.now.getTime() + INVITATION_DAYS * 86_400_000);
  const invitation = createInvitation(db, {
    ...input,
    tokenHash: hashSessionToken(token),
    expiresAt,
  });
  return { invitationId: invitation.id, token, expiresAt: expiresAt.toISOString() };
}
