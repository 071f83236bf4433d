import { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { hashPassword, verifyPassword } from './auth/password';
import { RateLimiter } from './auth/rate-limit';
import { AppError, describeError } from './errors';
import { amsterdamDay, amsterdamTime } from './time';

describe('passwords', () => {
  it('verifies the right password only, with a fresh salt each time', async () => {
    const one = await hashPassword('correct paard batterij');
    const two = await hashPassword('correct paard batterij');
    expect(one).not.toBe(two);
    expect(await verifyPassword('correct paard batterij', one)).toBe(true);
    expect(await verifyPassword('correct paard batterij ', one)).toBe(false);
    expect(await verifyPassword('x', 'md5$abc')).toBe(false);
  });
});

describe('Amsterdam time', () => {
  it('turns wall-clock times into UTC in summer and winter time', () => {
    expect(amsterdamTime(2026, 10, 1).toISOString()).toBe('2026-09-30T22:00:00.000Z');
    expect(amsterdamTime(2027, 1, 31, 23, 59).toISOString()).toBe('2027-01-31T22:59:00.000Z');
  });

  it('gives the day in Amsterdam', () => {
    expect(amsterdamDay(new Date('2026-06-30T21:59:59Z'))).toBe('2026-06-30');
    expect(amsterdamDay(new Date('2026-06-30T22:00:00Z'))).toBe('2026-07-01');
    expect(amsterdamDay(new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
  });
});

describe('RateLimiter', () => {
  it('keys on a hash that does not contain the address and changes with the day', () => {
    const limiter = new RateLimiter();
    const today = new Date('2026-11-15T10:00:00Z');
    const key = limiter.keyOf('192.0.2.44', today);
    expect(key).not.toContain('192.0.2.44');
    expect(limiter.keyOf('192.0.2.44', today)).toBe(key);
    expect(limiter.keyOf('192.0.2.44', new Date('2026-11-16T10:00:00Z'))).not.toBe(key);
  });

  it('forgets addresses whose window has passed as new ones come, with constant work per key', () => {
    const limiter = new RateLimiter({ submitStory: { max: 5, windowMs: 1000 } });
    const start = new Date('2026-11-15T10:00:00Z');
    const later = new Date(start.getTime() + 15 * 60_000);
    for (let i = 0; i < 50_000; i++) limiter.record('submitStory', `k${i}`, start);
    expect(limiter.size).toBe(50_000);
    // Every new key looks at no more than two old ones, also with 50 000 counted.
    const before = limiter.evictionSteps;
    for (let i = 0; i < 25_000; i++) limiter.record('submitStory', `late${i}`, later);
    expect(limiter.evictionSteps - before).toBeLessThanOrEqual(2 * 25_000);
    // Two expired windows dropped per new key: all 50 000 old ones are gone.
    expect(limiter.size).toBe(25_000);
  });

  it('keeps at most its cap of keys per rule, dropping the oldest first', () => {
    const limiter = new RateLimiter({}, { maxKeysPerRule: 1000 });
    const now = new Date('2026-11-15T10:00:00Z');
    for (let i = 0; i < 5000; i++) limiter.record('saveDraft', `k${i}`, now);
    expect(limiter.size).toBe(1000);
    expect(limiter.isLimited('saveDraft', 'k4999', now)).toBe(false);
  });

  it('still limits an address while many others come and go', () => {
    const limiter = new RateLimiter({ participantCodeFailure: { max: 3, windowMs: 60_000 } });
    const start = new Date('2026-11-15T10:00:00Z').getTime();
    for (let i = 0; i < 3; i++)
      limiter.record('participantCodeFailure', 'aanvaller', new Date(start));
    for (let i = 0; i < 20_000; i++) {
      limiter.record('participantCodeFailure', `ander${i}`, new Date(start + i));
    }
    expect(limiter.isLimited('participantCodeFailure', 'aanvaller', new Date(start + 59_999))).toBe(
      true,
    );
    expect(limiter.isLimited('participantCodeFailure', 'aanvaller', new Date(start + 60_000))).toBe(
      false,
    );
  });
});

describe('describeError', () => {
  it('passes an AppError code, message and answer errors on', () => {
    const cause = new AppError('INVALID_ANSWERS', 'Beantwoord deze vraag.', [
      { question: 'hulp', code: 'required', message: 'Beantwoord deze vraag.' },
    ]);
    expect(describeError(new TRPCError({ code: 'UNPROCESSABLE_CONTENT', cause }))).toEqual({
      appCode: 'INVALID_ANSWERS',
      message: 'Beantwoord deze vraag.',
      answerErrors: cause.answerErrors,
    });
  });

  it('turns zod input errors into BAD_INPUT with the path as the question', () => {
    const parsed = z
      .object({ story: z.object({ title: z.string() }) })
      .safeParse({ story: { title: 3 } });
    const described = describeError(new TRPCError({ code: 'BAD_REQUEST', cause: parsed.error }));
    expect(described.appCode).toBe('BAD_INPUT');
    expect(described.answerErrors).toEqual([
      { question: 'story.title', code: 'wrong-type', message: expect.any(String) },
    ]);
  });

  it('hides the details of an unexpected failure', () => {
    const described = describeError(
      new TRPCError({ code: 'INTERNAL_SERVER_ERROR', cause: new Error('SQLITE_CORRUPT at /data') }),
    );
    expect(described).toEqual({
      appCode: null,
      message: 'Er ging iets mis op de server. Probeer het later opnieuw.',
      answerErrors: [],
    });
  });
});
