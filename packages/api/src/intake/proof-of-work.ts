import { randomInt } from 'node:crypto';
import { isProofOfWorkSignatureSpent, type TNewStory } from '@duiding/db';
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
 * installation's secret; a solution counts once, also across a restart (the spent ones are
 * kept in the database until they expire). It is spent with its story, in the story writer's
 * commit (`TNewStory.proofOfWork`), which also forgets the expired ones: a story not stored
 * spends nothing, and the request's own connection only reads (a commit there would wait for
 * the write lock and its fsync on the event loop, in front of every other request). Nothing
 * about the sender is stored.
 */

/** The counter the browser has to find lies below this: about a second of SHA-256 on a phone. */
export const POW_MAX_COUNTER = 60_000;
const POW_MIN_COUNTER = 5_000;
/** A person writes for 20 minutes, often longer; the solution waits for them that long. */
export const POW_VALID_MS = 6 * 60 * 60 * 1000;

export type TProofOfWork = { challenge: Challenge; solution: Solution };

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
 * The proof, when it is a solved, unexpired challenge of ours that no stored story used:
 * what the story then spends when it is stored (another story may spend it first: the
 * writer then refuses it, see submitStory).
 */
export async function freshProofOfWork(
  ctx: TApiContext,
  proof: TProofOfWork | undefined,
): Promise<TNewStory['proofOfWork']> {
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
  if (isProofOfWorkSignatureSpent(ctx.db, signature)) return undefined;
  return { signature, expiresAt: new Date(expiresAtMs), now: ctx.clock() };
}
