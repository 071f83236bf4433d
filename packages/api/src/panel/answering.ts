import { createHash } from 'node:crypto';
import {
  claimAnswerToken,
  findCollectionById,
  findInvitation,
  findPanelWave,
  markInvitationAnswered,
  releaseAnswerToken,
  storePanelAnswer,
  type TCollectionWithFramework,
  type TPanelInvitation,
  type TPanelMember,
} from '@duiding/db';
import { type TFramework, validateResponse } from '@duiding/survey';
import type { TApiContext } from '../context';
import { AppError } from '../errors';
import { collectionStatus } from '../intake/open-collection';
import { amsterdamDay, formatDutchDate } from '../time';
import {
  signBlinded,
  spentTokenHash,
  type TWavePrivateKey,
  verifyAnswerToken,
} from './blind-token';
import { memberByLink } from './member-link';
import type { TIssueTokenInput, TSubmitPanelAnswerInput } from './panel.schema';

/*
 * Answering a wave. Through the personal link the member's browser gets one blind-signed
 * token per invitation; it spends the token with the answer over a request that carries
 * no link, no invitation and no cookie, and then says separately that it answered (which
 * stops the reminders). The server checks the signature and that the token is new, and
 * stores the answer with the wave and the day only.
 */

export interface TPanelWaveOutput {
  collectionId: string;
  title: string;
  closesAt: string;
  framework: TFramework;
  /** The wave's public key (SPKI, base64url) to blind the token with. */
  publicKey: string;
  /** This invitation's token was already issued (to this browser or another). */
  tokenIssued: boolean;
  answered: boolean;
  /** The member paused: no token is signed for them until they take part again. */
  paused: boolean;
}

function invitedWave(
  ctx: TApiContext,
  member: TPanelMember,
  collectionId: string,
): { collection: TCollectionWithFramework; invitation: TPanelInvitation; publicKey: string } {
  const collection = findCollectionById(ctx.db, collectionId);
  const invitation = collection && findInvitation(ctx.db, collection.id, member.id);
  const wave = collection && findPanelWave(ctx.db, collection.id);
  if (!collection || collection.projectId !== member.projectId || !invitation || !wave) {
    throw new AppError(
      'NOT_FOUND',
      'Voor deze ronde ben je niet uitgenodigd. Kijk of je de link uit de goede mail hebt geopend.',
    );
  }
  return { collection, invitation, publicKey: wave.publicKey };
}

function assertWaveOpen(collection: TCollectionWithFramework, now: Date) {
  const status = collectionStatus(collection, now);
  if (status === 'upcoming') {
    throw new AppError(
      'COLLECTION_NOT_OPEN',
      `Deze ronde begint op ${formatDutchDate(collection.opensAt)}. Je krijgt dan een mail.`,
    );
  }
  if (status === 'closed') {
    throw new AppError(
      'COLLECTION_CLOSED',
      `Deze ronde is gesloten sinds ${formatDutchDate(collection.closesAt)}. Antwoorden kan niet meer; de resultaten staan op je persoonlijke pagina.`,
    );
  }
}

const ALREADY_ANSWERED =
  'Je hebt deze ronde al beantwoord. Per uitnodiging kan één keer geantwoord worden. Bedankt!';

export function panelWave(
  ctx: TApiContext,
  input: { token: string; collectionId: string },
): TPanelWaveOutput {
  const member = memberByLink(ctx, input.token);
  const { collection, invitation, publicKey } = invitedWave(ctx, member, input.collectionId);
  assertWaveOpen(collection, ctx.clock());
  if (invitation.state === 'answered') throw new AppError('CONFLICT', ALREADY_ANSWERED);
  return {
    collectionId: collection.id,
    title: collection.title,
    closesAt: collection.closesAt.toISOString(),
    framework: collection.framework,
    publicKey,
    tokenIssued: invitation.tokenIssued,
    answered: false,
    paused: member.status === 'paused',
  };
}

/** Signs the browser's blinded token, once per invitation. */
export async function issueAnswerToken(
  ctx: TApiContext,
  input: TIssueTokenInput,
): Promise<{ blindSignature: string }> {
  const member = memberByLink(ctx, input.token);
  if (member.status !== 'active') {
    throw new AppError(
      'CONFLICT',
      'Je deelname staat op pauze. Zet hem weer aan op je persoonlijke pagina om te antwoorden.',
    );
  }
  const { collection, invitation } = invitedWave(ctx, member, input.collectionId);
  assertWaveOpen(collection, ctx.clock());
  if (invitation.state === 'answered') throw new AppError('CONFLICT', ALREADY_ANSWERED);
  const wave = findPanelWave(ctx.db, collection.id)!;
  // The same blinded message again (its reply was lost) gets the same signature: one token.
  const blindedHash = createHash('sha256').update(input.blindedMessage).digest('hex');
  if (!claimAnswerToken(ctx.db, invitation.id, blindedHash)) {
    throw new AppError(
      'CONFLICT',
      'Voor deze uitnodiging is de antwoordsleutel al opgehaald, in deze of een andere browser. Per uitnodiging kan één keer geantwoord worden.',
    );
  }
  try {
    const signature = await signBlinded(
      wave.privateKey as TWavePrivateKey,
      Buffer.from(input.blindedMessage, 'base64url'),
    );
    return { blindSignature: Buffer.from(signature).toString('base64url') };
  } catch {
    // Nothing was handed out: the member may try again.
    if (!invitation.tokenIssued) releaseAnswerToken(ctx.db, invitation.id);
    throw new AppError(
      'BAD_INPUT',
      'Deze sleutel kon niet ondertekend worden. Laad de pagina opnieuw.',
    );
  }
}

/**
 * Stores an answer paid for with a token. Nothing in the request or in what is stored
 * names the member: no link, no invitation, no time but the day.
 */
export async function submitPanelAnswer(
  ctx: TApiContext,
  input: TSubmitPanelAnswerInput,
): Promise<{ stored: true }> {
  const now = ctx.clock();
  const key = ctx.rateLimiter.keyOf(ctx.clientAddress ?? 'unknown', now);
  if (ctx.rateLimiter.isLimited('panelAnswer', key, now)) {
    throw new AppError(
      'RATE_LIMITED',
      'Te veel antwoorden vanaf dit adres. Probeer het over een kwartier opnieuw.',
    );
  }
  const collection = findCollectionById(ctx.db, input.collectionId);
  const wave = collection && findPanelWave(ctx.db, collection.id);
  if (!collection || !wave) throw new AppError('NOT_FOUND', 'Deze ronde bestaat niet.');
  assertWaveOpen(collection, now);
  const message = Buffer.from(input.message, 'base64url');
  const signature = Buffer.from(input.signature, 'base64url');
  if (!(await verifyAnswerToken(wave.publicKey, message, signature))) {
    throw new AppError('FORBIDDEN', 'Deze antwoordsleutel is niet geldig voor deze ronde.');
  }
  const framework = collection.framework;
  const profile = validateResponse(framework, input.profile, { scope: 'participant' });
  const answers = validateResponse(framework, input.answers, { context: input.profile });
  const errors = [...(profile.ok ? [] : profile.errors), ...(answers.ok ? [] : answers.errors)];
  if (!profile.ok || !answers.ok) {
    throw new AppError(
      'INVALID_ANSWERS',
      'Niet alles is goed ingevuld. Kijk de gemarkeerde vragen na.',
      errors,
    );
  }
  ctx.rateLimiter.record('panelAnswer', key, now);
  storePanelAnswer(ctx.db, {
    collectionId: collection.id,
    tokenHash: spentTokenHash(collection.id, message),
    answers: { ...profile.value, ...answers.value },
    receivedOn: amsterdamDay(now),
  });
  return { stored: true };
}

/** The member's browser says it answered: no more reminders. Nothing links it to the answer. */
export function confirmAnswered(
  ctx: TApiContext,
  input: { token: string; collectionId: string },
): { answered: true } {
  const member = memberByLink(ctx, input.token);
  const { invitation } = invitedWave(ctx, member, input.collectionId);
  if (!invitation.tokenIssued) {
    throw new AppError('CONFLICT', 'Er is voor deze uitnodiging nog niet geantwoord.');
  }
  markInvitationAnswered(ctx.db, invitation.id);
  return { answered: true };
}
