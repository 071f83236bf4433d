import { MEMBER_ROLES } from '@duiding/db';
import { z } from 'zod';
import { ZProjectId } from '../access';

export const ZRole = z.enum(MEMBER_ROLES, 'Kies een van de rollen.');
export const ZEmail = z
  .string()
  .trim()
  .max(320, 'Dit e-mailadres is te lang.')
  .regex(/^[^@\s]+@[^@\s]+\.[^@\s]+$/, 'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.');
const ZUserId = z.string().min(1).max(64);

export const ZInviteMemberInput = z.object({ projectId: ZProjectId, email: ZEmail, role: ZRole });
export type TInviteMemberInput = z.infer<typeof ZInviteMemberInput>;

export const ZChangeRoleInput = z.object({ projectId: ZProjectId, userId: ZUserId, role: ZRole });
export type TChangeRoleInput = z.infer<typeof ZChangeRoleInput>;

export const ZMemberInput = z.object({ projectId: ZProjectId, userId: ZUserId });
export type TMemberInput = z.infer<typeof ZMemberInput>;

export const ZInvitationInput = z.object({
  projectId: ZProjectId,
  invitationId: z.string().min(1).max(64),
});
export type TInvitationInput = z.infer<typeof ZInvitationInput>;
