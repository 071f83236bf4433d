import {
  findDraft,
  findParticipantByCodeHash,
  listParticipantStories,
  withdrawByCodeHash,
  withdrawStoryByCodeHash,
} from '@duiding/db';
import type { TApiContext } from '../context';
import { AppError } from '../errors';
import { amsterdamDay } from '../time';
import { knownCodeHash } from './code-access';
import type { TCodeInput, TWithdrawInput } from './participant-code.schema';

export interface TMyStoriesOutput {
  /** The stories still there, so the person sees what they withdraw. */
  stories: { id: string; title: string; createdOn: string }[];
  /** Stories withdrawn earlier under this code (nothing of them is left to show). */
  withdrawnCount: number;
  hasDraft: boolean;
}

export function myStories(ctx: TApiContext, input: TCodeInput): TMyStoriesOutput {
  const codeHash = knownCodeHash(ctx, input.code);
  const participant = findParticipantByCodeHash(ctx.db, codeHash);
  const all = participant ? listParticipantStories(ctx.db, participant.id) : [];
  return {
    stories: all
      .filter((s) => s.status !== 'withdrawn')
      .map(({ id, title, createdOn }) => ({ id, title, createdOn })),
    withdrawnCount: all.filter((s) => s.status === 'withdrawn').length,
    hasDraft: findDraft(ctx.db, codeHash, ctx.clock()) !== undefined,
  };
}

/**
 * Withdraws every story told under the code, and its draft; with `storyId` only that story
 * (one of `myStories`). Works after the collection closed too: a person may change their mind
 * at any time. Repeating it is harmless. `withdrawn` counts the code's withdrawn stories.
 */
export function withdraw(ctx: TApiContext, input: TWithdrawInput): { withdrawn: number } {
  const codeHash = knownCodeHash(ctx, input.code);
  if (input.storyId) {
    const done = withdrawStoryByCodeHash(ctx.db, {
      codeHash,
      storyId: input.storyId,
      // Privacy: the audit keeps the Amsterdam day only.
      day: amsterdamDay(ctx.clock()),
    });
    if (!done) {
      throw new AppError(
        'NOT_FOUND',
        'Dit verhaal staat niet onder deze code. Kies een verhaal uit de lijst.',
      );
    }
    return { withdrawn: done.withdrawn };
  }
  const { withdrawn } = withdrawByCodeHash(ctx.db, { codeHash, day: amsterdamDay(ctx.clock()) });
  return { withdrawn };
}
