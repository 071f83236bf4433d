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
import { SESSION_COOKIE } from '../auth/session';

let api: TTestApi | undefined;
afterEach(() => api?.database.close());

describe('portal.signIn', () => {
  it('signs in with the right password and sets an httpOnly, SameSite=Lax session cookie for 12 hours', async () => {
    api = await createTestApi();
    const cookies = new MemoryCookieJar();
    const browser = api.caller({ cookies });

    const { user } = await browser.portal.signIn({
      email: 'Onderzoeker@Example.nl',
      password: MEMBER.password,
    });

    expect(user).toEqual({
      id: expect.any(String),
      email: MEMBER.email,
      name: MEMBER.name,
      isAdmin: false,
    });
    const token = cookies.get(SESSION_COOKIE);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/); // 32 random bytes
    expect(cookies.lastOptions.get(SESSION_COOKIE)).toEqual({
      httpOnly: true,
      sameSite: 'lax',
      secure: false,
      path: '/',
      maxAge: 12 * 60 * 60,
      expires: new Date(DURING.getTime() + 12 * 60 * 60 * 1000),
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

  it('ends a session 12 hours after sign-in, even when it is used all the time', async () => {
    api = await createTestApi();
    const cookies = new MemoryCookieJar();
    const browser = api.caller({ cookies });
    await browser.portal.signIn(MEMBER);
    // Used every 50 minutes, so it never goes idle.
    for (let minutes = 50; minutes < 12 * 60; minutes += 50) {
      api.setNow(new Date(DURING.getTime() + minutes * 60_000));
      expect((await browser.portal.me()).user?.email).toBe(MEMBER.email);
    }
    api.setNow(new Date(DURING.getTime() + 12 * 60 * 60_000));
    expect(await browser.portal.me()).toEqual({ user: null });
    await expectAppError(browser.portal.projects(), 'UNAUTHORIZED');
  });

  it('ends a session after an hour without use, and not before', async () => {
    api = await createTestApi();
    const cookies = new MemoryCookieJar();
    const browser = api.caller({ cookies });
    await browser.portal.signIn(MEMBER);
    api.setNow(new Date(DURING.getTime() + 59 * 60_000));
    expect((await browser.portal.me()).user?.email).toBe(MEMBER.email);
    // The use at 59 minutes moved the idle end on to 1 h 59.
    api.setNow(new Date(DURING.getTime() + 118 * 60_000));
    expect((await browser.portal.me()).user?.email).toBe(MEMBER.email);
    api.setNow(new Date(DURING.getTime() + 178 * 60_000));
    expect(await browser.portal.me()).toEqual({ user: null });
  });

  it('gives a fresh session token at every sign-in and retires the one the browser had', async () => {
    api = await createTestApi();
    const cookies = new MemoryCookieJar();
    const browser = api.caller({ cookies });
    // A token planted in the browser before sign-in (session fixation) is worthless after it.
    await browser.portal.signIn(MEMBER);
    const first = cookies.get(SESSION_COOKIE)!;
    await browser.portal.signIn(MEMBER);
    const second = cookies.get(SESSION_COOKIE)!;

    expect(second).not.toBe(first);
    const replay = new MemoryCookieJar();
    replay.values.set(SESSION_COOKIE, first);
    expect(await api.caller({ cookies: replay }).portal.me()).toEqual({ user: null });
    expect((await browser.portal.me()).user?.email).toBe(MEMBER.email);
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
        audience: 'team',
        capabilities: expect.arrayContaining(['stories.read', 'frameworks.design']),
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
        textSource: 'original',
      },
    ]);
    expect(result.nextCursor).toBeNull();
    expect(result.withheld).toBeNull();
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
