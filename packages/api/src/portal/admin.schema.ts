import { z } from 'zod';
import { ZProjectId } from '../access';
import { ZEmail, ZRole } from './team.schema';

export const ZUserIdInput = z.object({ userId: z.string().min(1).max(64) });
export type TUserIdInput = z.infer<typeof ZUserIdInput>;

export const ZCreateProjectInput = z.object({
  slug: z
    .string()
    .regex(
      /^[a-z0-9][a-z0-9-]{1,62}$/,
      'Een korte naam bestaat uit 2 tot 63 kleine letters, cijfers en streepjes.',
    ),
  name: z
    .string()
    .trim()
    .min(1, 'Vul de naam van het project in.')
    .max(200, 'Deze naam is te lang.'),
  /** The first owner: an existing account. */
  ownerUserId: z.string().min(1).max(64),
});
export type TCreateProjectInput = z.infer<typeof ZCreateProjectInput>;

export const ZAdminInviteInput = z.object({
  email: ZEmail,
  /** With a project and a role the new account joins it; without, it starts empty. */
  projectId: ZProjectId.optional(),
  role: ZRole.optional(),
});
export type TAdminInviteInput = z.infer<typeof ZAdminInviteInput>;
