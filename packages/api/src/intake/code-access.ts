import { isKnownCodeHash } from '@duiding/db';
import type { TApiContext } from '../context';
import { AppError } from '../errors';
import { hashParticipantCode } from './participant-code';

/**
 * The stored hash of a code that was given out, or NOT_FOUND. Wrong codes are counted per
 * (hashed) address, and past the limit no code is looked at, right or wrong: so nobody
 * can try codes until one fits.
 */
export function knownCodeHash(ctx: TApiContext, code: string): string {
  const now = ctx.clock();
  const limiter = ctx.rateLimiter;
  const key = limiter.keyOf(ctx.clientAddress ?? 'unknown', now);
  if (limiter.isLimited('participantCodeFailure', key, now)) {
    throw new AppError(
      'RATE_LIMITED',
      'Er is te vaak een verkeerde code ingevuld vanaf deze verbinding. Wacht een kwartier en probeer het opnieuw.',
    );
  }
  const codeHash = hashParticipantCode(ctx.db, code, now);
  if (!isKnownCodeHash(ctx.db, codeHash, now)) {
    limiter.record('participantCodeFailure', key, now);
    throw new AppError(
      'NOT_FOUND',
      'Deze code kennen we niet. Kijk of je hem goed hebt overgenomen. Een concept wordt na 30 dagen gewist.',
    );
  }
  return codeHash;
}
