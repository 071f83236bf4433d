import {
  findCollectionById,
  findDraft,
  findParticipantByCodeHash,
  saveDraft as storeDraft,
} from '@duiding/db';
import type { TApiContext } from '../context';
import { AppError } from '../errors';
import { amsterdamDay } from '../time';
import { knownCodeHash } from './code-access';
import { assertCollectionOpen } from './collection-status';
import { MAX_DRAFT_BYTES, type TIntakeDraft, type TSaveDraftInput } from './drafts.schema';
import {
  formatParticipantCode,
  generateParticipantCode,
  hashParticipantCode,
} from './participant-code';
import type { TCodeInput } from './participant-code.schema';

/** How long a draft is kept after its last save. */
export const DRAFT_DAYS = 30;

/** Keeps an unfinished story under the participant's code (a new code when they have none). */
export function saveDraft(ctx: TApiContext, input: TSaveDraftInput): { code: string } {
  const now = ctx.clock();
  const limiter = ctx.rateLimiter;
  const key = limiter.keyOf(ctx.clientAddress ?? 'unknown', now);
  if (limiter.isLimited('saveDraft', key, now)) {
    throw new AppError(
      'RATE_LIMITED',
      'Er is net heel vaak bewaard vanaf deze verbinding. Wacht tien minuten en probeer het opnieuw.',
    );
  }
  limiter.record('saveDraft', key, now);

  const collection = findCollectionById(ctx.db, input.collectionId);
  if (collection?.kind !== 'public') {
    throw new AppError('NOT_FOUND', 'Dit onderzoek bestaat niet (meer). Laad de pagina opnieuw.');
  }
  assertCollectionOpen(collection, now);
  if (Buffer.byteLength(JSON.stringify(input.draft)) > MAX_DRAFT_BYTES) {
    throw new AppError(
      'PAYLOAD_TOO_LARGE',
      `Je verhaal is te groot om te bewaren (hooguit ${MAX_DRAFT_BYTES / 1024} kB). Maak het wat korter, of verstuur het nu.`,
    );
  }

  let code = input.code;
  let codeHash: string;
  if (code) {
    codeHash = knownCodeHash(ctx, code);
    const participant = findParticipantByCodeHash(ctx.db, codeHash);
    const draft = findDraft(ctx.db, codeHash, now);
    if ((participant ?? draft) && (participant ?? draft)?.collectionId !== collection.id) {
      throw new AppError('CONFLICT', 'Deze code hoort bij een ander onderzoek.');
    }
  } else {
    code = generateParticipantCode();
    codeHash = hashParticipantCode(ctx.db, code, now);
  }
  storeDraft(ctx.db, {
    collectionId: collection.id,
    resumeCodeHash: codeHash,
    payload: input.draft,
    // Privacy: the day only, like stories.
    updatedOn: amsterdamDay(now),
    expiresAt: new Date(now.getTime() + DRAFT_DAYS * 86_400_000),
  });
  return { code: formatParticipantCode(code) };
}

export interface TLoadDraftOutput {
  collectionId: string;
  draft: TIntakeDraft;
  /** 'YYYY-MM-DD' of the last save. */
  updatedOn: string;
}

/** The draft kept under a code, or NOT_FOUND (also once it expired). */
export function loadDraft(ctx: TApiContext, input: TCodeInput): TLoadDraftOutput {
  const codeHash = knownCodeHash(ctx, input.code);
  const draft = findDraft(ctx.db, codeHash, ctx.clock());
  if (!draft) {
    throw new AppError(
      'NOT_FOUND',
      'Onder deze code is geen verhaal bewaard om verder te schrijven. Misschien heb je het al verstuurd.',
    );
  }
  // Validated by ZIntakeDraft when it was saved.
  return {
    collectionId: draft.collectionId,
    draft: draft.payload as TIntakeDraft,
    updatedOn: draft.updatedOn,
  };
}
