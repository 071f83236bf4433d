import { createHmac, timingSafeEqual } from 'node:crypto';
import type { TApiContext } from '../context';
import { AppError } from '../errors';
import {
  formatParticipantCode,
  generateParticipantCode,
  hashParticipantCode,
  installationKey,
} from './participant-code';

/*
 * A personal code given out before the story is sent, so a lost reply cannot lose it: the
 * browser holds the code while it sends (and resends) the story, and the thank-you shows it
 * whatever came back. Nothing is stored until the story is: the server signs the code with a
 * ticket (an HMAC under a key derived from the installation's secret), and accepts a code
 * it has never seen only with a ticket it signed. Only the code's keyed hash is ever stored.
 */

/** Long enough for a slow writer; a ticket only lets its own code become a participant's. */
export const RESERVATION_MS = 2 * 86_400_000;

export interface TCodeReservation {
  /** The code as shown, `K7QP-MW3D-9XRT`. */
  code: string;
  /** Sent back with the story as `codeTicket`. */
  ticket: string;
  expiresAt: string;
}

function ticketMac(ctx: TApiContext, code: string, expiresAtMs: number): Buffer {
  return createHmac('sha256', installationKey(ctx.db, 'code-reservation', ctx.clock()))
    .update(`${code}.${expiresAtMs}`)
    .digest();
}

export function reserveParticipantCode(ctx: TApiContext): TCodeReservation {
  const code = generateParticipantCode();
  const expiresAtMs = ctx.clock().getTime() + RESERVATION_MS;
  const mac = ticketMac(ctx, code, expiresAtMs).toString('base64url');
  return {
    code: formatParticipantCode(code),
    ticket: `${expiresAtMs}.${mac}`,
    expiresAt: new Date(expiresAtMs).toISOString(),
  };
}

/** The keyed hash of a reserved code whose ticket this server signed and that has not expired. */
export function reservedCodeHash(ctx: TApiContext, code: string, ticket: string): string {
  const now = ctx.clock();
  const [expires, mac] = ticket.split('.');
  const expiresAtMs = Number(expires);
  const given = Buffer.from(mac ?? '', 'base64url');
  const expected = Number.isSafeInteger(expiresAtMs)
    ? ticketMac(ctx, code, expiresAtMs)
    : undefined;
  if (!expected || given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new AppError(
      'BAD_INPUT',
      'Je persoonlijke code klopt niet met dit verhaal. Laad de pagina opnieuw en verstuur nog eens; je krijgt dan een nieuwe code.',
    );
  }
  if (now.getTime() >= expiresAtMs) {
    throw new AppError(
      'BAD_INPUT',
      'Je persoonlijke code is verlopen voordat je verhaal aankwam. Verstuur het nog eens; je krijgt dan een nieuwe code.',
    );
  }
  return hashParticipantCode(ctx.db, code, now);
}
