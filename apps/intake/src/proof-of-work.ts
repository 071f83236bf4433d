/*
 * The intake's half of the proof of work (the server's half is api's proof-of-work): a
 * challenge is fetched and solved in a Web Worker in the background while the person writes,
 * and its solution goes along with the story. No puzzle, nothing to click. When the browser
 * cannot solve (no workers, no Web Crypto), the story goes without, under the stricter limit.
 */

import type { api } from './api';

/** As `intake.powChallenge` gives it and `intake.submitStory` takes it back. */
export type TPowChallenge = Awaited<ReturnType<typeof api.intake.powChallenge.mutate>>;
export type TProofOfWork = NonNullable<
  Parameters<typeof api.intake.submitStory.mutate>[0]['proofOfWork']
>;
export type TPowSolution = TProofOfWork['solution'];

/** Runs the solver in a worker of its own chunk; resolves null when it cannot. */
export function solveInWorker(challenge: TPowChallenge): Promise<TPowSolution | null> {
  if (typeof Worker === 'undefined') return Promise.resolve(null);
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./pow-worker.ts', import.meta.url), { type: 'module' });
    const done = (solution: TPowSolution | null) => {
      worker.terminate();
      resolve(solution);
    };
    worker.onmessage = (message: MessageEvent<{ solution: TPowSolution | null }>) =>
      done(message.data.solution);
    worker.onerror = () => done(null);
    worker.postMessage(challenge);
  });
}

/**
 * One solution kept ready at a time: `prepare` starts solving (once), `take` hands the
 * solution over (waiting at most `waitMs` for it) and starts on the next one for the next
 * story, since the server accepts each solution once.
 */
export function backgroundProofOfWork({
  fetchChallenge,
  solve = solveInWorker,
}: {
  fetchChallenge: () => Promise<TPowChallenge>;
  solve?: (challenge: TPowChallenge) => Promise<TPowSolution | null>;
}) {
  let ready: Promise<TProofOfWork | undefined> | undefined;
  const start = () => {
    ready = fetchChallenge()
      .then(async (challenge) => {
        const solution = await solve(challenge);
        // The server signs every challenge it gives out.
        return solution && challenge.signature
          ? { challenge: { ...challenge, signature: challenge.signature }, solution }
          : undefined;
      })
      .catch(() => undefined);
    return ready;
  };
  return {
    prepare() {
      if (!ready) void start();
    },
    async take(waitMs: number): Promise<TProofOfWork | undefined> {
      const current = ready ?? start();
      const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), waitMs));
      const outcome = await Promise.race([current.then((proof) => ({ proof })), timeout]);
      // Still being solved: this story goes without, the solution waits for the next one.
      if (outcome === null) return undefined;
      // Handed over (or failed): the next story gets a new one, solved from now on.
      void start();
      return outcome.proof;
    },
  };
}

interface TStoryShape {
  clientId: string;
  proofOfWork?: TProofOfWork;
  website?: string;
}

/**
 * Sends a story with a solution (the same one on each retry of that story) and with what
 * the honeypot field holds, when it holds anything.
 */
export function withProofOfWork<TInput extends TStoryShape, TResult>(
  pow: { take(waitMs: number): Promise<TProofOfWork | undefined> },
  honeypot: () => string,
  submit: (input: TInput) => Promise<TResult>,
  waitMs = 3_000,
): (input: TInput) => Promise<TResult> {
  const byStory = new Map<string, Promise<TProofOfWork | undefined>>();
  return async (input) => {
    let proof = byStory.get(input.clientId);
    if (!proof) {
      proof = pow.take(waitMs);
      byStory.set(input.clientId, proof);
    }
    const proofOfWork = await proof;
    const website = honeypot();
    return submit({
      ...input,
      ...(proofOfWork ? { proofOfWork } : {}),
      ...(website ? { website } : {}),
    });
  };
}
