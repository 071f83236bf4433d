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
} satisfies Record<string, TRateRule>;

export type TRateRuleName = keyof typeof RATE_RULES;

/** Past this many counted keys, expired ones are dropped before a new one is added. */
const SWEEP_AT = 10_000;

/**
 * Counts events per key in fixed windows, in memory only. Addresses are never kept:
 * a key is an HMAC of the address under a random secret that is replaced every day,
 * so yesterday's keys cannot be linked to today's or back to an address.
 */
export class RateLimiter {
  private secret = randomBytes(32);
  private secretDay = '';
  private readonly counts = new Map<string, { windowStart: number; count: number }>();
  private readonly rules: Record<TRateRuleName, TRateRule>;

  constructor(rules: Partial<Record<TRateRuleName, TRateRule>> = {}) {
    this.rules = { ...RATE_RULES, ...rules };
  }

  /** The keyed hash of a client address (or any other identifying string) for today. */
  keyOf(value: string, now: Date): string {
    const day = amsterdamDay(now);
    if (day !== this.secretDay) {
      this.secret = randomBytes(32);
      this.secretDay = day;
      this.counts.clear();
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
    if (entry) entry.count += 1;
    else {
      if (this.counts.size >= SWEEP_AT) this.sweep(now);
      this.counts.set(`${rule}:${key}`, { windowStart: now.getTime(), count: 1 });
    }
  }

  /** How many keys are counted now; memory stays bounded by the windows. */
  get size(): number {
    return this.counts.size;
  }

  /** Drops every entry whose window has passed. */
  private sweep(now: Date) {
    const longest = Math.max(...Object.values(this.rules).map((r) => r.windowMs));
    for (const [id, entry] of this.counts) {
      if (now.getTime() - entry.windowStart >= longest) this.counts.delete(id);
    }
  }

  /** Forgets a key's events, e.g. after a successful sign-in. */
  reset(rule: TRateRuleName, key: string): void {
    this.counts.delete(`${rule}:${key}`);
  }

  private current(rule: TRateRuleName, key: string, now: Date) {
    const entry = this.counts.get(`${rule}:${key}`);
    if (!entry) return undefined;
    if (now.getTime() - entry.windowStart >= this.rules[rule].windowMs) {
      this.counts.delete(`${rule}:${key}`);
      return undefined;
    }
    return entry;
  }
}
