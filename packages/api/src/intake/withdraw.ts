import {
  findDraft,
  findParticipantByCodeHash,
  listParticipantStories,
  withdrawByCodeHash,
} from '@duiding/db';
import type { TApiContext } from '../context';
import { amsterdamDay } from '../time';
import { knownCodeHash } from './code-access';
import type { TCodeInput } from './participant-code.schema';

export interface TMyStoriesOutput {
  /** The stories still there, so the person sees what they withdraw. */
  stories: { title: string; createdOn: string }[];
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
      .map(({ title, createdOn }) => ({ title, createdOn })),
    withdrawnCount: all.filter((s) => s.status === 'withdrawn').length,
    hasDraft: findDraft(ctx.db, codeHash, ctx.clock()) !== undefined,
  };
}

/**
 * Withdraws every story told under the code, and its draft. Works after the collection
 * closed too: a person may change their mind at any time. Repeating it is harmless.
 */
export function withdraw(ctx: TApiContext, input: TCodeInput): { withdrawn: number } {
  const codeHash = knownCodeHash(ctx, input.code);
  const { withdrawn } = withdrawByCodeHash(ctx.db, {
    codeHash,
    day: amsterdamDay(ctx.clock()),
  });
  return { withdrawn };
}
