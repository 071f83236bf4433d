import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createTestApi,
  DURING,
  expectAppError,
  MEMBER,
  MemoryCookieJar,
  type TTestApi,
} from '../../test/harness';
import { DEVICE_COOKIE } from '../auth/session';

// Sign-ins run scrypt; on a busy machine many of them take seconds.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

let api: TTestApi | undefined;
afterEach(() => api?.database.close());

/** Guesses from one address, each as soon as the throttle lets it; returns the clock after. */
async function guess(test: TTestApi, address: string, times: number, from: Date): Promise<Date> {
  const guesser = test.caller({ address });
  let now = from;
  let made = 0;
  while (made < times) {
    test.setNow(now);
    const result = await guesser.portal
      .signIn({ email: MEMBER.email, password: `gok-${made}` })
      .then(
        () => 'in',
        (error: { message: string }) => error.message,
      );
    const wait = /over (\d+) (seconden?|minuut|minuten) opnieuw/.exec(result);
    if (wait) {
      // Waits as long as the message says, then tries again.
      const unit = wait[2]!.startsWith('second') ? 1000 : 60_000;
      now = new Date(now.getTime() + Number(wait[1]) * unit);
      continue;
    }
    expect(result).toBe('E-mailadres of wachtwoord klopt niet');
    made++;
  }
  return now;
}

describe('sign-in throttling without lock-out', () => {
  it('after 50 wrong passwords from one address, the owner signs in from another address at once', async () => {
    api = await createTestApi();
    const after = await guess(api, '198.51.100.66', 50, DURING);
    // The guesses really were slowed: 50 took more than 9 hours, not seconds.
    expect(after.getTime() - DURING.getTime()).toBeGreaterThan(9 * 60 * 60_000);

    const owner = api.caller({ address: '203.0.113.20', cookies: new MemoryCookieJar() });
    await expect(owner.portal.signIn(MEMBER)).resolves.toMatchObject({
      user: { email: MEMBER.email },
    });
  }, 60_000);

  it('makes the guessing address wait, also with the right password, and says how long', async () => {
    api = await createTestApi();
    await guess(api, '198.51.100.66', 3, DURING);
    const guesser = api.caller({ address: '198.51.100.66' });
    const limited = await expectAppError(guesser.portal.signIn(MEMBER), 'RATE_LIMITED');
    expect(limited.message).toBe(
      'Te veel mislukte pogingen om in te loggen. Probeer het over 1 seconde opnieuw.',
    );
    api.setNow(new Date(DURING.getTime() + 1000));
    await expect(guesser.portal.signIn(MEMBER)).resolves.toMatchObject({
      user: { email: MEMBER.email },
    });
  });

  it('during a spread-out attack, slows unknown browsers for minutes at most and lets a known browser in at once', async () => {
    api = await createTestApi();
    const known = new MemoryCookieJar();
    await api.caller({ cookies: known, address: '203.0.113.1' }).portal.signIn(MEMBER);
    expect(known.get(DEVICE_COOKIE)).toMatch(/^[A-Za-z0-9_-]{43}$/);

    let now = DURING;
    for (let a = 0; a < 8; a++) now = await guess(api, `198.51.100.${a + 1}`, 3, now);

    const stranger = api.caller({ address: '203.0.113.99', cookies: new MemoryCookieJar() });
    const limited = await expectAppError(stranger.portal.signIn(MEMBER), 'RATE_LIMITED');
    expect(limited.message).toMatch(/Probeer het over \d+ (seconden|minuten?) opnieuw/);
    await expect(
      api.caller({ address: '203.0.113.50', cookies: known }).portal.signIn(MEMBER),
    ).resolves.toMatchObject({ user: { email: MEMBER.email } });

    api.setNow(new Date(now.getTime() + 5 * 60_000));
    await expect(stranger.portal.signIn(MEMBER)).resolves.toMatchObject({
      user: { email: MEMBER.email },
    });
  }, 60_000);
});
