import { intakeRouter } from './intake/router';
import { panelRouter } from './panel/router';
import { portalRouter } from './portal/router';
import { createCallerFactory, router } from './trpc';

export const appRouter = router({
  intake: intakeRouter,
  portal: portalRouter,
  panel: panelRouter,
});

export type AppRouter = typeof appRouter;

/** A server-side caller: tests and the CLI call procedures without HTTP. */
export const createCaller = createCallerFactory(appRouter);
