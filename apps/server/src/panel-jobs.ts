import { deliverOutbox, runPanelSchedule, type TMailTransport } from '@duiding/api';
import type { TDbExecutor } from '@duiding/db';

export interface TPanelJobOptions {
  db: TDbExecutor;
  clock: () => Date;
  panelLinkKey: Uint8Array;
  publicBaseUrl: () => string;
  transport: TMailTransport;
  /** How often the job looks; a minute in production, less in tests. */
  intervalMs?: number;
  /** Where a failing tick is reported (the job itself goes on). */
  onError?: (error: unknown) => void;
}

/**
 * The panel's background job: reminders and thanks into the outbox, then the outbox out.
 * One tick at a time; a tick that fails is reported and the next one tries again.
 */
export function startPanelJobs(options: TPanelJobOptions): {
  tick(): Promise<void>;
  stop(): Promise<void>;
} {
  let running: Promise<void> | null = null;
  let stopped = false;
  const tick = () => {
    if (running) return running;
    running = (async () => {
      try {
        runPanelSchedule(options);
        await deliverOutbox(options, options.transport);
      } catch (error) {
        options.onError?.(error);
      } finally {
        running = null;
      }
    })();
    return running;
  };
  const timer = setInterval(() => {
    if (!stopped) void tick();
  }, options.intervalMs ?? 60_000);
  timer.unref();
  return {
    tick,
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
