import { describe, expect, it } from 'vitest';
import { SignInThrottle, THROTTLE_RULES, throttleDelayMs } from './sign-in-throttle';

const NOW = new Date('2026-11-15T10:00:00Z');
const at = (ms: number) => new Date(NOW.getTime() + ms);

describe('throttleDelayMs', () => {
  it('is free for the first failures, then doubles up to its cap', () => {
    const rule = THROTTLE_RULES.accountAddress;
    expect([0, 1, 2].map((n) => throttleDelayMs(n, rule))).toEqual([0, 0, 0]);
    expect([3, 4, 5, 6].map((n) => throttleDelayMs(n, rule))).toEqual([1000, 2000, 4000, 8000]);
    expect(throttleDelayMs(50, rule)).toBe(15 * 60_000);
    expect(throttleDelayMs(10_000, rule)).toBe(15 * 60_000);
  });
});

describe('SignInThrottle', () => {
  it('slows one address on one account, not another address on it', () => {
    const throttle = new SignInThrottle();
    const attacker = { address: 'A', account: 'u', trustedDevice: false };
    for (let i = 0; i < 3; i++) throttle.recordFailure(attacker, NOW);
    expect(throttle.waitMs(attacker, NOW)).toBe(1000);
    expect(throttle.waitMs(attacker, at(1000))).toBe(0);
    expect(throttle.waitMs({ ...attacker, address: 'B' }, NOW)).toBe(0);
  });

  it('slows every browser without a trusted-device cookie when failures come from 5 addresses, and stops at 5 minutes', () => {
    const throttle = new SignInThrottle();
    for (let a = 0; a < 5; a++) {
      for (let i = 0; i < 3; i++)
        throttle.recordFailure({ address: `A${a}`, account: 'u', trustedDevice: false }, NOW);
    }
    const stranger = { address: 'fresh', account: 'u', trustedDevice: false };
    expect(throttle.waitMs(stranger, NOW)).toBe(throttleDelayMs(15, THROTTLE_RULES.account));
    expect(throttle.waitMs({ ...stranger, trustedDevice: true }, NOW)).toBe(0);
    for (let i = 0; i < 100; i++)
      throttle.recordFailure({ address: `B${i}`, account: 'u', trustedDevice: false }, NOW);
    expect(throttle.waitMs(stranger, NOW)).toBe(5 * 60_000);
    expect(throttle.waitMs(stranger, at(5 * 60_000))).toBe(0);
  });

  it('forgets a key a day after its last failure', () => {
    const throttle = new SignInThrottle();
    const attempt = { address: 'A', account: 'u', trustedDevice: false };
    for (let i = 0; i < 20; i++) throttle.recordFailure(attempt, NOW);
    expect(throttle.waitMs(attempt, at(60_000))).toBeGreaterThan(0);
    expect(throttle.waitMs(attempt, at(24 * 60 * 60_000))).toBe(0);
  });

  it('keeps its memory bounded under many addresses', () => {
    const throttle = new SignInThrottle();
    for (let i = 0; i < 30_000; i++)
      throttle.recordFailure({ address: `A${i}`, account: `u${i}`, trustedDevice: false }, NOW);
    expect(throttle.size).toBeLessThanOrEqual(50_000);
  });
});
