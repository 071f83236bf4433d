/*
 * Slows password guessing down without locking the real person out.
 *
 * A lock-out per account (the old rule: 10 failures from anyone, then 15 minutes shut)
 * lets anyone keep a researcher out of their own account. Instead, every wrong password
 * makes the *next* attempt wait, with delays that double:
 *
 * - per address: after 10 free failures (a school or an office shares one address);
 * - per account and address: after 3 free failures;
 * - per account from anywhere, only once failures come from 5 or more addresses (a
 *   spread-out attack), and only for browsers the account never signed in from: a browser
 *   with a trusted-device cookie from an earlier sign-in is not slowed by other people's
 *   failures, and an unknown browser waits at most 5 minutes.
 *
 * So one address gets about a hundred guesses a day per account after its free ones, many
 * addresses together a few hundred, and the owner gets in: from another address at once,
 * from a known browser at once, and from an unknown browser during an attack within
 * minutes. Attempts made during a wait are refused before the password is checked and do
 * not count, so waiting never gets longer by trying. Keys are keyed hashes that rotate
 * daily (see RateLimiter.keyOf); nothing here is stored.
 */

export interface TThrottleRule {
  /** Failures without any delay. */
  free: number;
  /** The first delay; each further failure doubles it. */
  baseMs: number;
  maxMs: number;
}

export const THROTTLE_RULES = {
  address: { free: 10, baseMs: 1000, maxMs: 15 * 60_000 },
  accountAddress: { free: 3, baseMs: 1000, maxMs: 15 * 60_000 },
  account: { free: 10, baseMs: 1000, maxMs: 5 * 60_000 },
} satisfies Record<string, TThrottleRule>;

/** Failing addresses on one account from which on the account-wide delay applies. */
export const SPREAD_ATTACK_ADDRESSES = 5;
/** A key with no failure for this long is forgotten. */
const FORGET_MS = 24 * 60 * 60_000;
/** The most keys kept; past it the oldest are dropped first, so memory stays bounded. */
const MAX_KEYS = 50_000;

interface TFailures {
  failures: number;
  lastFailureAt: number;
  /** Only for account keys: which addresses failed, to recognise a spread-out attack. */
  addresses?: Set<string>;
}

export function throttleDelayMs(failures: number, rule: TThrottleRule): number {
  if (failures < rule.free) return 0;
  return Math.min(rule.baseMs * 2 ** Math.min(failures - rule.free, 30), rule.maxMs);
}

export interface TSignInAttempt {
  /** Keyed hash of the client's address. */
  address: string;
  /** Keyed hash of the normalised e-mail address. */
  account: string;
  /** The browser carries a valid trusted-device cookie of this account. */
  trustedDevice: boolean;
}

export class SignInThrottle {
  private readonly entries = new Map<string, TFailures>();

  /** Milliseconds to wait before this attempt may be checked; 0 when it may go ahead. */
  waitMs(attempt: TSignInAttempt, now: Date): number {
    const at = now.getTime();
    const waits = [
      this.remaining(`a:${attempt.address}`, THROTTLE_RULES.address, at),
      this.remaining(`p:${attempt.account}:${attempt.address}`, THROTTLE_RULES.accountAddress, at),
    ];
    const account = this.current(`u:${attempt.account}`, at);
    if (
      !attempt.trustedDevice &&
      account?.addresses &&
      account.addresses.size >= SPREAD_ATTACK_ADDRESSES
    ) {
      waits.push(this.remaining(`u:${attempt.account}`, THROTTLE_RULES.account, at));
    }
    return Math.max(...waits);
  }

  /** Counts a wrong password (or an unknown account) for the address, the pair and the account. */
  recordFailure(attempt: TSignInAttempt, now: Date): void {
    const at = now.getTime();
    this.bump(`a:${attempt.address}`, at);
    this.bump(`p:${attempt.account}:${attempt.address}`, at);
    const account = this.bump(`u:${attempt.account}`, at);
    account.addresses ??= new Set();
    if (account.addresses.size < SPREAD_ATTACK_ADDRESSES * 4)
      account.addresses.add(attempt.address);
  }

  /**
   * After the right password: this address's failures on this account are forgotten. The
   * address's and the account's totals stay, so an attacker who also knows one password
   * gains nothing, and a spread-out attack is not reset by the owner signing in.
   */
  recordSuccess(attempt: TSignInAttempt): void {
    this.entries.delete(`p:${attempt.account}:${attempt.address}`);
  }

  get size(): number {
    return this.entries.size;
  }

  private remaining(key: string, rule: TThrottleRule, at: number): number {
    const entry = this.current(key, at);
    if (!entry) return 0;
    return Math.max(0, entry.lastFailureAt + throttleDelayMs(entry.failures, rule) - at);
  }

  private current(key: string, at: number): TFailures | undefined {
    const entry = this.entries.get(key);
    if (entry && at - entry.lastFailureAt >= FORGET_MS) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  private bump(key: string, at: number): TFailures {
    let entry = this.current(key, at);
    if (entry) {
      entry.failures += 1;
      entry.lastFailureAt = at;
      // Move to the end: the map stays ordered by last failure, oldest first.
      this.entries.delete(key);
    } else {
      entry = { failures: 1, lastFailureAt: at };
    }
    this.entries.set(key, entry);
    if (this.entries.size > MAX_KEYS) {
      for (const oldest of this.entries.keys()) {
        this.entries.delete(oldest);
        if (this.entries.size <= MAX_KEYS) break;
      }
    }
    return entry;
  }
}

/** "2 minuten", "40 seconden": how long to wait, rounded up, in Dutch. */
export function formatWait(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  if (seconds < 60) return seconds === 1 ? '1 seconde' : `${seconds} seconden`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? '1 minuut' : `${minutes} minuten`;
}
