import { findPanelMemberByLink, type TPanelMember } from '@duiding/db';
import { z } from 'zod';
import type { TApiContext } from '../context';
import { AppError } from '../errors';
import { hashLinkToken, LINK_TOKEN_PATTERN, memberLinkToken } from './link-token';

export const ZLinkToken = z
  .string()
  .max(64)
  .regex(LINK_TOKEN_PATTERN, 'Deze link is niet compleet. Open de link uit je mail opnieuw.');

export const UNKNOWN_LINK_MESSAGE =
  'Deze link kennen we niet (meer). Misschien ben je afgemeld, of is de link niet helemaal overgenomen. Open de link uit je laatste mail van het panel.';

/**
 * The member a personal link belongs to, or UNAUTHORIZED (the link opens nothing, like a
 * wrong password; NOT_FOUND stays for a wave or page the member's good link cannot reach). Wrong tokens count against the
 * caller's address, so links cannot be guessed in bulk (they are 256 bits anyway).
 */
export function memberByLink(ctx: TApiContext, token: string): TPanelMember {
  const now = ctx.clock();
  const key = ctx.rateLimiter.keyOf(ctx.clientAddress ?? 'unknown', now);
  if (ctx.rateLimiter.isLimited('panelLinkFailure', key, now)) {
    throw new AppError(
      'RATE_LIMITED',
      'Te veel onbekende links. Wacht een kwartier en probeer het opnieuw.',
    );
  }
  const member = findPanelMemberByLink(ctx.db, hashLinkToken(token));
  if (!member || member.status === 'left') {
    ctx.rateLimiter.record('panelLinkFailure', key, now);
    throw new AppError('UNAUTHORIZED', UNKNOWN_LINK_MESSAGE);
  }
  return member;
}

/** The member's current personal-link token (for their mails). */
export function linkTokenOf(
  ctx: Pick<TApiContext, 'panelLinkKey'>,
  member: { id: string; linkGeneration: number },
) {
  return memberLinkToken(ctx.panelLinkKey, member.id, member.linkGeneration);
}
