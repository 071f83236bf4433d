import { randomInt } from 'node:crypto';
import { type Challenge, createChallenge, type Solution, verifySolution } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import type { TApiContext } from '../context';
import { installationKey } from './participant-code';

/*
 * A light proof of work (ALTCHA, run on this server only: no third party sees anyone). The
 * browser solves a challenge in a Web Worker while the person writes, and sends the solution
 * with the story; a story with a fresh solution gets a generous per-address ceiling (a class
 * behind one address), one without falls back to the strict limit, so a browser that cannot
 * solve is never refused outright. Challenges are signed with a key derived from the
 * installation's secret; a solution counts once. Nothing about the sender is stored.
 */

/** The counter the browser has to find lies below this: about a second of SHA-256 on a phone. */
export const POW_MAX_COUNTER = 60_000;
const POW_MIN_COUNTER = 5_000;
/** A person writes for 20 minutes, often longer; the solution waits for them that long. */
export const POW_VALID_MS = 6 * 60 * 60 * 1000;

export type TProofOfWork = { challenge: Challenge; solution: Solution };

/** Solutions already used, until their challenge expires; in memory only, bounded. */
export class SpentChallenges {
  private readonly spent = new Map<string, number>();
  constructor(private readonly max = 200_000) {}

  /** Marks a challenge used; false when it was used already. */
  take(signature: string, expiresAtMs: number, now: Date): boolean {
    if (this.spent.has(signature)) return false;
    if (this.spent.size >= this.max) this.sweep(now);
    if (this.spent.size >= this.max) {
      // Still full of live entries: drop the oldest rather than grow without bound.
      const oldest = this.spent.keys().next().value;
      if (oldest !== undefined) this.spent.delete(oldest);
    }
    this.spent.set(signature, expiresAtMs);
    return true;
  }

  /** Gives a challenge back, when the story it came with was not stored. */
  release(signature: string): void {
    this.spent.delete(signature);
  }

  private sweep(now: Date) {
    for (const [signature, expiresAtMs] of this.spent) {
      if (expiresAtMs <= now.getTime()) this.spent.delete(signature);
    }
  }
}

const powKey = (ctx: TApiContext, purpose: string) =>
  installationKey(ctx.db, purpose, ctx.clock()).toString('base64url');

export async function createPowChallenge(ctx: TApiContext): Promise<Challenge> {
  return createChallenge({
    algorithm: 'SHA-256',
    cost: 1,
    deriveKey,
    counter: randomInt(POW_MIN_COUNTER, POW_MAX_COUNTER),
    // Expiry by the injected clock (the library's own check reads the wall clock).
    data: { expiresAtMs: ctx.clock().getTime() + POW_VALID_MS },
    hmacSignatureSecret: powKey(ctx, 'altcha'),
    hmacKeySignatureSecret: powKey(ctx, 'altcha-key'),
  });
}

/**
 * Whether the proof is a solved, unexpired challenge of ours not used before; if so it is
 * marked used. Returns the signature to release when the story is not stored after all.
 */
export async function spendProofOfWork(
  ctx: TApiContext,
  proof: TProofOfWork | undefined,
): Promise<string | undefined> {
  if (!proof) return undefined;
  const expiresAtMs = proof.challenge.parameters.data?.expiresAtMs;
  if (typeof expiresAtMs !== 'number' || expiresAtMs <= ctx.clock().getTime()) return undefined;
  const result = await verifySolution({
    challenge: proof.challenge,
    solution: proof.solution,
    deriveKey,
    hmacSignatureSecret: powKey(ctx, 'altcha'),
    hmacKeySignatureSecret: powKey(ctx, 'altcha-key'),
  }).catch(() => undefined);
  const signature = proof.challenge.signature;
  if (!result?.verified || !signature) return undefined;
  return ctx.spentChallenges.take(signature, expiresAtMs, ctx.clock()) ? signature : undefined;
}
