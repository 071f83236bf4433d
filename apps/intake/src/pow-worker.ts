/// <reference lib="webworker" />
/*
 * Solves one proof-of-work challenge off the main thread, so typing never stutters. Loaded
 * only when the intake starts (its own chunk, not in the first load).
 */
import { type Challenge, solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/web/sha';

self.onmessage = async (message: MessageEvent<Challenge>) => {
  try {
    const solution = await solveChallenge({ challenge: message.data, deriveKey, timeout: 120_000 });
    self.postMessage({ solution });
  } catch {
    self.postMessage({ solution: null });
  }
};
