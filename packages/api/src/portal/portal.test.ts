import { findUserByEmail, listAuditEntries } from '@duiding/db';
import { zhzJeugdhulp } from '@duiding/survey';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createTestApi,
  DURING,
  expectAppError,
  MEMBER,
  MemoryCookieJar,
  PARTICIPANT_ANSWERS,
  STORY_ANSWERS,
  STRANGER,
  storyInput,
  type TTestApi,
} from '../../test/harness';
import { RateLimiter } from '../auth/rate-limit';
import { SESSION_COOKIE } from '../auth/session';

let api: TTestApi | undefined;
afterEach(() => api?.database.close());

describe('portal.signIn', () => {
  it('signs in with the right password and sets an httpOnly, SameSite=Lax session cookie for 30 days', async () => {
    api = await createTestApi();
    const cookies = new MemoryCookieJar();
    const browser = api.caller({ cookies });

    const { user } = await browser.portal.signIn({
      email: 'Onderzoeker@Example.nl',
      password: MEMBER.password,
    });

    expect(user).toEqual({ id: expect.any(String), email: MEMBER.email, name: MEMBER.name });
    const token = cookies.get(SESSION_COOKIE);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/); // 32 random bytes
    expect(cookies.lastOptions.get(SESSION_COOKIE)).toEqual({
      httpOnly: true,
      sameSite: 'lax',
      secure: false,
      path: '/',
      maxAge: 30 * 24 * 60 * 60,
      expires: new Date(DURING.getTime() + 30 * 24 * 60 * 60 * 1000),
    });
    expect(await browser.portal.me()).toEqual({ user });
    expect(listAuditEntries(api.database.orm)[0]).toMatchObject({
      action: 'user.sign-in',
      actorUserId: user.id,
    });
  });

  it('marks the cookie Secure when the request came over https', async () => {
    api = await createTestApi();
    const cookies = new MemoryCookieJar();
    await api.caller({ cookies, secure: true }).portal.signIn(MEMBER);
    expect(cookies.lastOptions.get(SESSION_COOKIE)?.secure).toBe(true);
  });

  it('refuses a wrong password and an unknown address with the same Dutch message, and sets no cookie', async () => {
    api = await createTestApi();
    const cookies = new MemoryCookieJar();
    const browser = api.caller({ cookies });

    const wrong = await expectAppError(
      browser.portal.signIn({ email: MEMBER.email, password: 'fout' }),
      'UNAUTHORIZED',
    );
    const unknown = await expectAppError(
      browser.portal.signIn({ email: 'niemand@example.nl', password: MEMBER.password }),
      'UNAUTHORIZED',
    );

    expect(wrong.message).toBe('E-mailadres of wachtwoord klopt niet');
    expect(unknown.message).toBe(wrong.message);
    expect(cookies.get(SESSION_COOKIE)).toBeUndefined();
    expect(await browser.portal.me()).toEqual({ user: null });
  });

  it('stores only a scrypt hash of the password', async () => {
    api = await createTestApi();
    const stored = findUserByEmail(api.database.orm, MEMBER.email)?.passwordHash ?? '';
    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(stored).not.toContain(MEMBER.password);
  });

  it('stops trying after repeated failures, even with the right password', async () => {
    const rateLimiter = new RateLimiter({ signInFailure: { max: 3, windowMs: 15 * 60_000 } });
    api = await createTestApi({ rateLimiter });
    const guesser = api.caller({ address: '198.51.100.9' });
    for (let i = 0; i < 3; i++) {
      await expectAppError(
        guesser.portal.signIn({ email: MEMBER.email, password: `gok-${i}` }),
        'UNAUTHORIZED',
      );
    }

    const limited = await expectAppError(guesser.portal.signIn(MEMBER), 'RATE_LIMITED');
    // The account is protected from other addresses too.
    await expectAppError(
      api.caller({ address: '198.51.100.10' }).portal.signIn(MEMBER),
      'RATE_LIMITED',
    );

    expect(limited.message).toMatch(/Te veel mislukte pogingen/);
    api.setNow(new Date(DURING.getTime() + 15 * 60_000));
    await expect(guesser.portal.signIn(MEMBER)).resolves.toMatchObject({
      user: { email: MEMBER.email },
    });
  });
});

describe('portal.signOut', () => {
  it('ends the session: the old cookie no longer signs in', async () => {
    api = await createTestApi();
    const cookies = new MemoryCookieJar();
    const browser = api.caller({ cookies });
    await browser.portal.signIn(MEMBER);
    const token = cookies.get(SESSION_COOKIE)!;

    expect(await browser.portal.signOut()).toEqual({ ok: true });

    expect(cookies.get(SESSION_COOKIE)).toBeUndefined();
    const replay = new MemoryCookieJar();
    replay.values.set(SESSION_COOKIE, token);
    expect(await api.caller({ cookies: replay }).portal.me()).toEqual({ user: null });
  });

  it('does not accept a session after it expired', async () => {
    api = await createTestApi();
    const cookies = new MemoryCookieJar();
    const browser = api.caller({ cookies });
    await browser.portal.signIn(MEMBER);
    api.setNow(new Date(DURING.getTime() + 30 * 24 * 60 * 60 * 1000));
    expect(await browser.portal.me()).toEqual({ user: null });
    await expectAppError(browser.portal.projects(), 'UNAUTHORIZED');
  });
});

describe('portal.projects and portal.stories', () => {
  async function signedIn(test: TTestApi, who: { email: string; password: string }) {
    const browser = test.caller({ cookies: new MemoryCookieJar() });
    await browser.portal.signIn(who);
    return browser;
  }

  it('denies the stories without a session', async () => {
    api = await createTestApi();
    const error = await expectAppError(
      api.caller().portal.stories({ projectId: api.projectId }),
      'UNAUTHORIZED',
    );
    expect(error.message).toBe('Log eerst in.');
    await expectAppError(api.caller().portal.projects(), 'UNAUTHORIZED');
  });

  it('denies the stories to a signed-in user who is not a member, and to an unknown project', async () => {
    api = await createTestApi();
    await api.caller().intake.submitStory(storyInput(api.collectionId));
    const stranger = await signedIn(api, STRANGER);

    const error = await expectAppError(
      stranger.portal.stories({ projectId: api.projectId }),
      'FORBIDDEN',
    );
    await expectAppError(stranger.portal.stories({ projectId: 'geen-project' }), 'FORBIDDEN');

    expect(error.message).toBe('Je bent geen lid van dit project.');
    expect(await stranger.portal.projects()).toEqual({ projects: [] });
  });

  it('gives a member the stories with their answers, the participant answers and the frameworks', async () => {
    api = await createTestApi();
    const submitted = await api.caller().intake.submitStory(storyInput(api.collectionId));
    const member = await signedIn(api, MEMBER);

    const { projects } = await member.portal.projects();
    const result = await member.portal.stories({ projectId: api.projectId });

    expect(projects).toEqual([
      {
        id: api.projectId,
        slug: 'zhz',
        name: 'Cliëntervaringsonderzoek Jeugdhulp ZHZ',
        role: 'researcher',
      },
    ]);
    expect(result.stories).toEqual([
      {
        id: submitted.storyId,
        collectionId: api.collectionId,
        promptId: 'gehoord',
        title: 'Eindelijk iemand die luisterde',
        text: 'Na maanden wachten kwam er een hulpverlener die echt de tijd nam voor ons gezin.',
        language: 'nl',
        channel: 'web',
        status: 'pending',
        createdOn: '2026-11-15',
        answers: STORY_ANSWERS,
        participantAnswers: PARTICIPANT_ANSWERS,
      },
    ]);
    expect(result.nextCursor).toBeNull();
    expect(result.collections).toEqual([
      {
        id: api.collectionId,
        slug: 'zhz-vertelt-2026',
        title: 'ZHZ vertelt 2026',
        framework: zhzJeugdhulp,
      },
    ]);
  });

  it('pages through the stories with the cursor, and refuses a forged cursor', async () => {
    api = await createTestApi();
    for (let i = 0; i < 5; i++) await api.caller().intake.submitStory(storyInput(api.collectionId));
    const member = await signedIn(api, MEMBER);

    const ids = new Set<string>();
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await member.portal.stories({ projectId: api.projectId, limit: 2, cursor });
      for (const story of page.stories) ids.add(story.id);
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor && pages < 10);

    expect(ids.size).toBe(5);
    expect(pages).toBe(3);
    await expectAppError(
      member.portal.stories({ projectId: api.projectId, cursor: 'niet-echt' }),
      'BAD_INPUT',
    );
    await expectAppError(
      member.portal.stories({ projectId: api.projectId, limit: 500 }),
      'BAD_INPUT',
    );
    await expectAppError(
      member.portal.stories({ projectId: api.projectId, collectionId: 'van-een-ander' }),
      'NOT_FOUND',
    );
  });
});

describe('panel.status', () => {
  it('reports the server time of the injected clock', async () => {
    api = await createTestApi();
    expect(await api.caller().panel.status()).toEqual({
      connected: true,
      serverTime: DURING.toISOString(),
    });
  });
});
