import { publicProcedure, router } from '../trpc';

export const panelRouter = router({
  /** Lets the panel app show that it reaches the server. */
  status: publicProcedure.query(({ ctx }) => ({
    connected: true as const,
    serverTime: ctx.clock().toISOString(),
  })),
});
