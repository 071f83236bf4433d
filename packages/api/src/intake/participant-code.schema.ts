import { z } from 'zod';
import { normaliseParticipantCode } from './participant-code';

export const CODE_FORMAT_MESSAGE =
  'Een code heeft 12 tekens, zoals K7QP-MW3D-9XRT: cijfers 2 tot 9 en letters, zonder 0, O, 1, I of L. Kijk of je hem goed hebt overgenomen.';

/** A personal code as typed (any case, with or without dashes), made canonical. */
export const ZParticipantCode = z
  .string()
  .max(40, CODE_FORMAT_MESSAGE)
  .transform((typed, ctx) => {
    const code = normaliseParticipantCode(typed);
    if (!code) {
      ctx.addIssue({ code: 'custom', message: CODE_FORMAT_MESSAGE });
      return z.NEVER;
    }
    return code;
  });

export const ZCodeInput = z.object({ code: ZParticipantCode });
export type TCodeInput = z.infer<typeof ZCodeInput>;

export const ZWithdrawInput = z.object({
  code: ZParticipantCode,
  /** One story of `myStories`; without it every story of the code (and its draft) goes. */
  storyId: z.uuid('Dit verhaal bestaat niet. Laad de pagina opnieuw.').optional(),
});
export type TWithdrawInput = z.infer<typeof ZWithdrawInput>;
