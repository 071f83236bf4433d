import { z } from 'zod';
import { MAX_PASSWORD_LENGTH } from '../auth/password-policy';

const ZNewPassword = z
  .string()
  .max(MAX_PASSWORD_LENGTH, `Kies een wachtwoord van hooguit ${MAX_PASSWORD_LENGTH} tekens.`);

export const ZChangePasswordInput = z.object({
  currentPassword: z
    .string()
    .min(1, 'Vul je huidige wachtwoord in.')
    .max(MAX_PASSWORD_LENGTH, 'Dit wachtwoord is te lang.'),
  newPassword: ZNewPassword,
});
export type TChangePasswordInput = z.infer<typeof ZChangePasswordInput>;

/** The token from an invitation link: 32 random bytes in base64url. */
export const ZLinkToken = z
  .string()
  .min(20, 'Deze link is niet compleet. Open de link uit de uitnodiging opnieuw.')
  .max(100, 'Deze link klopt niet. Open de link uit de uitnodiging opnieuw.')
  .regex(/^[A-Za-z0-9_-]+$/, 'Deze link klopt niet. Open de link uit de uitnodiging opnieuw.');

export const ZInvitationTokenInput = z.object({ token: ZLinkToken });
export type TInvitationTokenInput = z.infer<typeof ZInvitationTokenInput>;

export const ZAcceptInvitationInput = z.object({
  token: ZLinkToken,
  name: z
    .string()
    .trim()
    .min(1, 'Vul je naam in.')
    .max(120, 'Je naam is te lang: hooguit 120 tekens.'),
  password: ZNewPassword,
});
export type TAcceptInvitationInput = z.infer<typeof ZAcceptInvitationInput>;
