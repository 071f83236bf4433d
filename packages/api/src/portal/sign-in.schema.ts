import { z } from 'zod';

export const ZSignInInput = z.object({
  email: z.string().trim().min(1, 'Vul je e-mailadres in.').max(320, 'Dit e-mailadres is te lang.'),
  password: z.string().min(1, 'Vul je wachtwoord in.').max(1024, 'Dit wachtwoord is te lang.'),
});
export type TSignInInput = z.infer<typeof ZSignInInput>;
