import { z } from 'zod';
import { ZAnswerMap } from '../intake/submit-story.schema';
import { ZLinkToken } from './member-link';

const ZCollectionId = z.string().min(1).max(64);

/** base64url of exactly `bytes` bytes. */
const base64urlOf = (bytes: number, what: string) =>
  z
    .string()
    .length(Math.ceil((bytes * 4) / 3), `${what} heeft niet de goede lengte.`)
    .regex(/^[A-Za-z0-9_-]+$/, `${what} is geen base64url.`);

export const ZLinkInput = z.object({ token: ZLinkToken });
export const ZWaveLinkInput = z.object({ token: ZLinkToken, collectionId: ZCollectionId });

export const ZIssueTokenInput = z.object({
  token: ZLinkToken,
  collectionId: ZCollectionId,
  /** The blinded message (RFC 9474), 256 bytes for the wave's 2048-bit key. */
  blindedMessage: base64urlOf(256, 'De geblindeerde sleutel'),
});
export type TIssueTokenInput = z.infer<typeof ZIssueTokenInput>;

/** No personal link here: the answer travels with nothing that names the member. */
export const ZSubmitPanelAnswerInput = z.object({
  collectionId: ZCollectionId,
  /** The prepared message (64 bytes) and its unblinded signature (256 bytes). */
  message: base64urlOf(64, 'De antwoordsleutel'),
  signature: base64urlOf(256, 'De handtekening'),
  answers: ZAnswerMap,
  profile: ZAnswerMap,
});
export type TSubmitPanelAnswerInput = z.infer<typeof ZSubmitPanelAnswerInput>;

const profileText = (label: string, max: number) =>
  z.string().trim().max(max, `${label} is te lang: hooguit ${max} tekens.`);

export const ZPanelMemberProfile = z.object({
  name: profileText('De naam', 200).min(1, 'Vul een naam in.'),
  email: z
    .string()
    .trim()
    .min(1, 'Vul een e-mailadres in.')
    .max(254, 'Dit e-mailadres is te lang.')
    .pipe(z.email('Dit is geen geldig e-mailadres, zoals naam@organisatie.nl.')),
  organisation: profileText('De organisatie', 200),
  municipality: profileText('De gemeente', 200),
  role: profileText('De functie', 200),
});
export type TPanelMemberProfileInput = z.infer<typeof ZPanelMemberProfile>;

export const ZUpdateOwnProfileInput = z.object({ token: ZLinkToken, profile: ZPanelMemberProfile });
