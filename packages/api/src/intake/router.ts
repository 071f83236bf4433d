import { publicProcedure, router } from '../trpc';
import { openCollection } from './open-collection';
import { ZOpenCollectionInput } from './open-collection.schema';
import { submitStory } from './submit-story';
import { ZSubmitStoryInput } from './submit-story.schema';

export const intakeRouter = router({
  openCollection: publicProcedure
    .input(ZOpenCollectionInput)
    .query(({ ctx, input }) => openCollection(ctx, input)),
  submitStory: publicProcedure
    .input(ZSubmitStoryInput)
    .mutation(({ ctx, input }) => submitStory(ctx, input)),
});
