import { createHmac, randomBytes } from 'node:crypto';
import { amsterdamDay } from '../time';

export interface TRateRule {
  /** How many events a key may have within the window. */
  max: number;
  windowMs: number;
}

export const RATE_RULES = {
  /** A school class may share one address, so stories get room. */
  submitStory: { max: 60, windowMs: 10 * 60 * 1000 },
  /** Stories that came with a fresh proof of work: a ceiling no class or care home reaches. */
  submitStoryProven: { max: 600, windowMs: 10 * 60 * 1000 },
  /** Wrong personal codes per address: enough for typos, far too few to guess a code. */
  participantCodeFailure: { max: 10, windowMs: 15 * 60 * 1000 },
  /** Saved drafts per address, so nobody fills the database with them. */
  saveDraft: { max: 60, windowMs: 10 * 60 * 1000 },
  /** Opening a framework draft by its review link, per address. */
  reviewOpen: { max: 120, windowMs: 10 * 60 * 1000 },
  /** Review comments per address: a review group talks a lot, a script more. */
  reviewComment: { max: 60, windowMs: 10 * 60 * 1000 },
  /** Intake steps counted per address (a few per participant; a class may share one). */
  intakeStep: { max: 600, windowMs: 10 * 60 * 1000 },
  /** Unknown panel links per address: typos and old mails, not guessing. */
  panelLinkFailure: { max: 20, windowMs: 15 * 60 * 1000 },
  /** Panel answers per address (an office may share one address). */
  panelAnswer: { max: 200, windowMs: 10 * 60 * 1000 },
} satisfies Record<string, TRateRule>;

export type TRateRuleName = keyof typeof RATE_RULES;

/** Expired entries looked at (and dropped) per new key: constant work, whatever the size. */
const EVICT_PER_NEW_KEY = 2;

/**
 * Most keys one rule keeps. Past it the oldest key is forgotten even though its window has
 * not passed: memory stays bounded under a flood of addresses (that many distinct addresses
 * in one window is a botnet, which a per-address limit cannot stop anyway).
 */
export const MAX_KEYS_PER_RULE = 100_000;

interface TWindow {
  windowStart: number;
  count: number;
}

/**
 * Counts events per key in fixed windows, in memory only. Addresses are never kept:
 * a key is an HMAC of the address under a random secret that is replaced every day,
 * so yesterday's keys cannot be linked to today's or back to an address.
 *
 * Each rule keeps its keys in a Map in the order their windows started (a Map iterates in
 * insertion order, and a key is only ever added when its window starts), so the oldest
 * windows are at the front: every new key drops at most two expired ones from there, a
 * constant amount of work (issue 11: a sweep of the whole table on every new key made the
 * limiter slower the fuller it got).
 */
export class RateLimiter {
  private secret = randomBytes(32);
  private secretDay = '';
  private readonly windows = new Map<TRateRuleName, Map<string, TWindow>>();
  private readonly rules: Record<TRateRuleName, TRateRule>;
  private readonly maxKeysPerRule: number;
  /** Entries that eviction looked at, ever: for tests and benches to count the work done. */
  evictionSteps = 0;

  constructor(
    rules: Partial<Record<TRateRuleName, TRateRule>> = {},
    { maxKeysPerRule = MAX_KEYS_PER_RULE }: { maxKeysPerRule?: number } = {},
  ) {
    this.rules = { ...RATE_RULES, ...rules };
    this.maxKeysPerRule = maxKeysPerRule;
  }

  /** The keyed hash of a client address (or any other identifying string) for today. */
  keyOf(value: string, now: Date): string {
    const day = amsterdamDay(now);
    if (day !== this.secretDay) {
      this.secret = randomBytes(32);
      this.secretDay = day;
      this.windows.clear();
    }
    return createHmac('sha256', this.secret).update(value).digest('base64url');
  }

  /** Whether `key` has used up its events under `rule` at `now`. */
  isLimited(rule: TRateRuleName, key: string, now: Date): boolean {
    const entry = this.current(rule, key, now);
    return entry !== undefined && entry.count >= this.rules[rule].max;
  }

  /** Counts one event. */
  record(rule: TRateRuleName, key: string, now: Date): void {
    const entry = this.current(rule, key, now);
    if (entry) {
      entry.count += 1;
      return;
    }
    const windows = this.windowsOf(rule);
    this.evict(rule, windows, now);
    windows.set(key, { windowStart: now.getTime(), count: 1 });
  }

  /** How many keys are counted now, over all rules. */
  get size(): number {
    let total = 0;
    for (const windows of this.windows.values()) total += windows.size;
    return total;
  }

  /** Forgets a key's events, e.g. after a successful sign-in. */
  reset(rule: TRateRuleName, key: string): void {
    this.windows.get(rule)?.delete(key);
  }

  /** Drops up to EVICT_PER_NEW_KEY expired windows from the front, and the oldest at the cap. */
  private evict(rule: TRateRuleName, windows: Map<string, TWindow>, now: Date) {
    const windowMs = this.rules[rule].windowMs;
    for (let i = 0; i < EVICT_PER_NEW_KEY; i++) {
      const oldest = windows.entries().next();
      if (oldest.done) return;
      this.evictionSteps += 1;
      const [key, window] = oldest.value;
      const expired = now.getTime() - window.windowStart >= windowMs;
      if (!expired && windows.size < this.maxKeysPerRule) return;
      windows.delete(key);
    }
  }

  private windowsOf(rule: TRateRuleName): Map<string, TWindow> {
    let windows = this.windows.get(rule);
    if (!windows) {
      windows = new Map();
      this.windows.set(rule, windows);
    }
    return windows;
  }

  private current(rule: TRateRuleName, key: string, now: Date) {
    const windows = this.windows.get(rule);
    const entry = windows?.get(key);
    if (!entry) return undefined;
    if (now.getTime() - entry.windowStart >= this.rules[rule].windowMs) {
      windows!.delete(key);
      return undefined;
    }
    return entry;
  }
}
