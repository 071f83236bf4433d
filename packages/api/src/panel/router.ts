import { openProcedure } from '../access';
import { publicProcedure, router } from '../trpc';
import { confirmAnswered, issueAnswerToken, panelWave, submitPanelAnswer } from './answering';
import { leaveOwnPanel, panelHome, setOwnStatus, updateOwnProfile } from './member-page';
import {
  ZIssueTokenInput,
  ZLinkInput,
  ZSubmitPanelAnswerInput,
  ZUpdateOwnProfileInput,
  ZWaveLinkInput,
} from './panel.schema';
import { memberWaveResults } from './results';

/*
 * The panel app's procedures. Everything a member does goes by their personal link's
 * token, in the body of a mutation (never in a URL or a log line), except the answer
 * itself, which carries only its blind-signed token.
 */
export const panelRouter = router({
  /** Lets the panel app show that it reaches the server. */
  status: publicProcedure.query(({ ctx }) => ({
    connected: true as const,
    serverTime: ctx.clock().toISOString(),
  })),
  home: openProcedure.input(ZLinkInput).mutation(({ ctx, input }) => panelHome(ctx, input)),
  updateProfile: openProcedure
    .input(ZUpdateOwnProfileInput)
    .mutation(({ ctx, input }) => updateOwnProfile(ctx, input)),
  pause: openProcedure
    .input(ZLinkInput)
    .mutation(({ ctx, input }) => setOwnStatus(ctx, input, 'paused')),
  resume: openProcedure
    .input(ZLinkInput)
    .mutation(({ ctx, input }) => setOwnStatus(ctx, input, 'active')),
  leave: openProcedure.input(ZLinkInput).mutation(({ ctx, input }) => leaveOwnPanel(ctx, input)),
  wave: openProcedure.input(ZWaveLinkInput).mutation(({ ctx, input }) => panelWave(ctx, input)),
  issueToken: openProcedure
    .input(ZIssueTokenInput)
    .mutation(({ ctx, input }) => issueAnswerToken(ctx, input)),
  submitAnswer: openProcedure
    .input(ZSubmitPanelAnswerInput)
    .mutation(({ ctx, input }) => submitPanelAnswer(ctx, input)),
  confirmAnswered: openProcedure
    .input(ZWaveLinkInput)
    .mutation(({ ctx, input }) => confirmAnswered(ctx, input)),
  results: openProcedure
    .input(ZWaveLinkInput)
    .mutation(({ ctx, input }) => memberWaveResults(ctx, input)),
});
