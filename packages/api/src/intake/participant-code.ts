import { createHmac, randomBytes, randomFillSync } from 'node:crypto';
import { findPlatformFact, recordPlatformFactOnce, type TDbExecutor } from '@duiding/db';

/**
 * A participant's personal code: 12 characters in 3 groups (`K7QP-MW3D-9XRT`), easy to
 * write down and to type on a phone. The alphabet leaves out 0/O and 1/I/L, which people
 * mix up. 31 symbols ^ 12 = 2^59.4: far too many to guess, with the rate limit on top.
 */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const CODE_LENGTH = 12;
const GROUP = 4;

/** Bits of entropy of one code, for the test that holds us to at least 50. */
export const CODE_ENTROPY_BITS = CODE_LENGTH * Math.log2(CODE_ALPHABET.length);

/**
 * Random bytes for codes, drawn from the system's CSPRNG a few kB at a time and each used
 * once (as Node does for randomUUID): a call of randomBytes per code cost more than the rest
 * of making it, and every story without a code makes one.
 */
const randomPool = Buffer.alloc(4096);
let poolOffset = randomPool.length;

function nextRandomByte(): number {
  if (poolOffset >= randomPool.length) {
    randomFillSync(randomPool);
    poolOffset = 0;
  }
  const byte = randomPool[poolOffset]!;
  poolOffset += 1;
  return byte;
}

/** A fresh code in its canonical form (no dashes), from the system's CSPRNG. */
export function generateParticipantCode(): string {
  let code = '';
  // Rejection sampling: only bytes below 248 (= 8 × 31) are used, so every symbol is
  // equally likely; a plain `byte % 31` would favour the first 8 symbols.
  const limit = 256 - (256 % CODE_ALPHABET.length);
  while (code.length < CODE_LENGTH) {
    const byte = nextRandomByte();
    if (byte < limit) code += CODE_ALPHABET[byte % CODE_ALPHABET.length];
  }
  return code;
}

/**
 * What a person typed, as a canonical code: case, spaces, dashes and dots do not matter.
 * Undefined when it cannot be a code (wrong length or a symbol outside the alphabet).
 */
export function normaliseParticipantCode(typed: string): string | undefined {
  const code = typed.toUpperCase().replace(/[\s\-.–_]/g, '');
  if (code.length !== CODE_LENGTH) return undefined;
  for (const symbol of code) if (!CODE_ALPHABET.includes(symbol)) return undefined;
  return code;
}

/** `K7QPMW3D9XRT` → `K7QP-MW3D-9XRT`, as shown to the person. */
export function formatParticipantCode(code: string): string {
  const groups: string[] = [];
  for (let i = 0; i < code.length; i += GROUP) groups.push(code.slice(i, i + GROUP));
  return groups.join('-');
}

/**
 * The value stored for a code: HMAC-SHA-256 under a secret of this installation.
 *
 * Why a keyed hash and not scrypt: a person brings only their code, so the database has to
 * find their rows by it. A salted slow hash gives every row its own salt, and finding a code
 * would mean hashing it against every row. A keyed hash is deterministic (one index lookup)
 * and, unlike a plain SHA-256, cannot be checked against guesses without the secret; with
 * 59 bits per code even that would take ~2^58 HMACs per code. The secret is made once, at
 * random, and kept in the platform facts so it survives restarts and backups with the data
 * it protects.
 */
export function hashParticipantCode(db: TDbExecutor, code: string, now: Date): string {
  return createHmac('sha256', participantCodeSecret(db, now)).update(code).digest('base64url');
}

/**
 * A key for one purpose (`code-reservation`, `altcha`), derived from the installation's
 * secret, so no two uses share a key and no new secret has to be kept.
 */
export function installationKey(db: TDbExecutor, purpose: string, now: Date): Buffer {
  return createHmac('sha256', participantCodeSecret(db, now)).update(`key:${purpose}`).digest();
}

function participantCodeSecret(db: TDbExecutor, now: Date): Buffer {
  let secret = findPlatformFact(db, 'participant-code-secret');
  if (typeof secret !== 'string') {
    // Two first requests at once: the first one's secret wins, both read it back.
    recordPlatformFactOnce(
      db,
      'participant-code-secret',
      randomBytes(32).toString('base64url'),
      now,
    );
    secret = findPlatformFact(db, 'participant-code-secret');
  }
  return Buffer.from(String(secret), 'base64url');
}
