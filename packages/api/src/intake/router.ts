import { publicProcedure, router } from '../trpc';
import { reserveParticipantCode } from './code-reservation';
import { loadDraft, saveDraft } from './drafts';
import { ZSaveDraftInput } from './drafts.schema';
import { openCollection } from './open-collection';
import { ZOpenCollectionInput } from './open-collection.schema';
import { ZCodeInput, ZWithdrawInput } from './participant-code.schema';
import { createPowChallenge } from './proof-of-work';
import { stepReached, ZStepReachedInput } from './step-reached';
import { submitStory } from './submit-story';
import { ZSubmitStoryInput } from './submit-story.schema';
import { myStories, withdraw } from './withdraw';

export const intakeRouter = router({
  openCollection: publicProcedure
    .input(ZOpenCollectionInput)
    .query(({ ctx, input }) => openCollection(ctx, input)),
  // Gives out a personal code before the story is sent, so a lost reply cannot lose it.
  reserveCode: publicProcedure.mutation(({ ctx }) => reserveParticipantCode(ctx)),
  // A fresh proof-of-work challenge for the browser to solve while the person writes.
  powChallenge: publicProcedure.mutation(({ ctx }) => createPowChallenge(ctx)),
  submitStory: publicProcedure
    .input(ZSubmitStoryInput)
    .mutation(({ ctx, input }) => submitStory(ctx, input)),
  saveDraft: publicProcedure
    .input(ZSaveDraftInput)
    .mutation(({ ctx, input }) => saveDraft(ctx, input)),
  // A mutation, though it only reads: the code travels in the body, never in a URL or log.
  loadDraft: publicProcedure.input(ZCodeInput).mutation(({ ctx, input }) => loadDraft(ctx, input)),
  myStories: publicProcedure.input(ZCodeInput).mutation(({ ctx, input }) => myStories(ctx, input)),
  withdraw: publicProcedure
    .input(ZWithdrawInput)
    .mutation(({ ctx, input }) => withdraw(ctx, input)),
  stepReached: publicProcedure
    .input(ZStepReachedInput)
    .mutation(({ ctx, input }) => stepReached(ctx, input)),
});
