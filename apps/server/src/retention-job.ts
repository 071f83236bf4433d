import { applyRetention, type TDbExecutor, type TRetentionRun } from '@duiding/db';

export const RETENTION_INTERVAL_MS = 24 * 60 * 60 * 1000;

/** One run of every project's retention; the lines say what happened. */
export function runRetention(
  db: TDbExecutor,
  now: Date,
): { runs: TRetentionRun[]; lines: string[] } {
  const runs = applyRetention(db, now);
  const lines = runs.map((run) =>
    run.stories === 0
      ? `Bewaartermijn project ${run.projectId}: niets te doen (verhalen van vóór ${run.cutoff}).`
      : `Bewaartermijn project ${run.projectId}: ${run.stories} verhalen van vóór ${run.cutoff} ${
          run.mode === 'delete' ? 'verwijderd' : 'teruggebracht tot hun anonieme antwoorden'
        }.`,
  );
  return { runs, lines };
}

export interface TRetentionJob {
  stop(): void;
}

/**
 * The daily retention job: once at start, then every `intervalMs` by the injected clock's
 * idea of now. A failing run is logged and tried again the next day; it never stops the server.
 */
export function startRetentionJob(options: {
  db: TDbExecutor;
  clock: () => Date;
  log: (line: string) => void;
  intervalMs?: number;
}): TRetentionJob {
  const tick = () => {
    try {
      const { runs, lines } = runRetention(options.db, options.clock());
      for (const [i, line] of lines.entries()) if (runs[i]!.stories > 0) options.log(line);
    } catch (error) {
      options.log(
        `Bewaartermijn mislukt: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  };
  tick();
  const timer = setInterval(tick, options.intervalMs ?? RETENTION_INTERVAL_MS);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
