import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createTestApi,
  DURING,
  expectAppError,
  MEMBER,
  MemoryCookieJar,
  type TTestApi,
} from '../../test/harness';
import { passwordProblem } from '../auth/password-policy';
import { SESSION_COOKIE } from '../auth/session';

// Each sign-in runs scrypt; on a busy machine a few of them take seconds.
vi.setConfig({ testTimeout: 30_000 });

let api: TTestApi | undefined;
afterEach(() => api?.database.close());

async function owner(test: TTestApi) {
  const user = await test.addUser({ email: 'eigenaar@example.nl', role: 'owner' });
  const browser = test.caller({ cookies: new MemoryCookieJar() });
  await browser.portal.signIn(user);
  return { user, browser };
}

const GOOD = 'paars konijn fietst naar Zwijndrecht';

describe('password policy', () => {
  it('refuses short, common and personal passwords, and accepts a long phrase', () => {
    expect(passwordProblem('kort')).toMatch(/minstens 12 tekens/);
    expect(passwordProblem('wachtwoord2026!')).toMatch(/komt veel voor/);
    expect(passwordProblem('Password1234')).toMatch(/komt veel voor/);
    expect(passwordProblem('aaaaaaaaaaaaaa')).toMatch(/herhaalt/);
    expect(passwordProblem('annadevries-2026', { email: 'annadevries@example.nl' })).toMatch(
      /naam of e-mailadres/,
    );
    expect(passwordProblem(GOOD, { email: 'anna@example.nl', name: 'Anna' })).toBeNull();
  });
});

describe('invitations', () => {
  it('invites by a one-time link; the invitee sets name and password, is signed in with the role, and the link works once', async () => {
    api = await createTestApi();
    const { browser } = await owner(api);
    const invited = await browser.portal.team.invite({
      projectId: api.projectId,
      email: 'Nieuw@Example.nl',
      role: 'analyst',
    });
    if (invited.kind !== 'invited') throw new Error('expected an invitation');
    expect(invited.expiresAt).toBe(new Date(DURING.getTime() + 7 * 86_400_000).toISOString());

    const invitee = api.caller({ cookies: new MemoryCookieJar() });
    expect(await invitee.portal.account.invitation({ token: invited.token })).toEqual({
      email: 'nieuw@example.nl',
      projectName: 'Cliëntervaringsonderzoek Jeugdhulp ZHZ',
      role: 'analyst',
      expiresAt: invited.expiresAt,
    });
    const { user } = await invitee.portal.account.acceptInvitation({
      token: invited.token,
      name: 'Nieuwe Analist',
      password: GOOD,
    });
    expect(user).toMatchObject({ email: 'nieuw@example.nl', name: 'Nieuwe Analist' });
    expect((await invitee.portal.projects()).projects).toEqual([
      expect.objectContaining({ id: api.projectId, role: 'analyst', audience: 'team' }),
    ]);

    await expectAppError(
      api.caller().portal.account.acceptInvitation({
        token: invited.token,
        name: 'Iemand anders',
        password: 'een ander lang wachtwoord',
      }),
      'NOT_FOUND',
    );
    // Signing in later works with the chosen password.
    await expect(
      api
        .caller({ address: '192.0.2.50' })
        .portal.signIn({ email: 'nieuw@example.nl', password: GOOD }),
    ).resolves.toMatchObject({ user: { name: 'Nieuwe Analist' } });
  });

  it('refuses an expired link, a weak password (naming the field) and a forged token', async () => {
    api = await createTestApi();
    const { browser } = await owner(api);
    const invited = await browser.portal.team.invite({
      projectId: api.projectId,
      email: 'later@example.nl',
      role: 'moderator',
    });
    if (invited.kind !== 'invited') throw new Error('expected an invitation');

    const weak = await expectAppError(
      api.caller().portal.account.acceptInvitation({
        token: invited.token,
        name: 'L',
        password: 'welkom123',
      }),
      'INVALID_ANSWERS',
    );
    expect(weak.answerErrors).toEqual([expect.objectContaining({ question: 'password' })]);
    await expectAppError(
      api.caller().portal.account.invitation({ token: 'x'.repeat(43) }),
      'NOT_FOUND',
    );

    api.setNow(new Date(DURING.getTime() + 7 * 86_400_000));
    const expired = await expectAppError(
      api
        .caller()
        .portal.account.acceptInvitation({ token: invited.token, name: 'L', password: GOOD }),
      'NOT_FOUND',
    );
    expect(expired.message).toMatch(/al gebruikt of verlopen/);
  });

  it('adds someone who already has an account at once, and refuses a second time', async () => {
    api = await createTestApi();
    const { browser } = await owner(api);
    const added = await browser.portal.team.invite({
      projectId: api.projectId,
      email: 'buiten@example.nl',
      role: 'interpreter',
    });
    expect(added).toMatchObject({ kind: 'added' });
    await expectAppError(
      browser.portal.team.invite({
        projectId: api.projectId,
        email: 'buiten@example.nl',
        role: 'analyst',
      }),
      'CONFLICT',
    );
  });
});

describe('team', () => {
  it('lists members and open invitations, changes a role, removes a member, and keeps the last owner', async () => {
    api = await createTestApi();
    const { user: me, browser } = await owner(api);
    await browser.portal.team.invite({
      projectId: api.projectId,
      email: 'open@example.nl',
      role: 'collector',
    });
    const team = await browser.portal.team.list({ projectId: api.projectId });
    expect(team.members.map((m) => [m.email, m.role])).toEqual([
      ['eigenaar@example.nl', 'owner'],
      [MEMBER.email, 'researcher'],
    ]);
    expect(team.invitations).toEqual([
      expect.objectContaining({ email: 'open@example.nl', role: 'collector' }),
    ]);
    expect(team.roles.find((r) => r.role === 'interpreter')).toEqual({
      role: 'interpreter',
      label: 'Duider',
      audience: 'outside',
    });

    const researcher = team.members.find((m) => m.email === MEMBER.email)!;
    await browser.portal.team.changeRole({
      projectId: api.projectId,
      userId: researcher.userId,
      role: 'analyst',
    });
    const last = await expectAppError(
      browser.portal.team.changeRole({ projectId: api.projectId, userId: me.id, role: 'analyst' }),
      'CONFLICT',
    );
    expect(last.message).toMatch(/enige eigenaar/);
    await expectAppError(
      browser.portal.team.remove({ projectId: api.projectId, userId: me.id }),
      'CONFLICT',
    );
    await browser.portal.team.remove({ projectId: api.projectId, userId: researcher.userId });
    await expectAppError(
      browser.portal.team.remove({ projectId: api.projectId, userId: researcher.userId }),
      'NOT_FOUND',
    );

    const { members } = await browser.portal.team.list({ projectId: api.projectId });
    expect(members.map((m) => m.email)).toEqual(['eigenaar@example.nl']);
    const revoked = await browser.portal.team.revokeInvitation({
      projectId: api.projectId,
      invitationId: team.invitations[0]!.id,
    });
    expect(revoked).toEqual({ revoked: true });
  });

  it('a removed member loses the project at once', async () => {
    api = await createTestApi();
    const { browser } = await owner(api);
    const member = api.caller({ cookies: new MemoryCookieJar() });
    await member.portal.signIn(MEMBER);
    const { members } = await browser.portal.team.list({ projectId: api.projectId });
    await browser.portal.team.remove({
      projectId: api.projectId,
      userId: members.find((m) => m.email === MEMBER.email)!.userId,
    });
    await expectAppError(member.portal.stories({ projectId: api.projectId }), 'FORBIDDEN');
  });
});

describe('own account', () => {
  it('changes the password after checking the current one, and signs out every other browser', async () => {
    api = await createTestApi();
    const here = api.caller({ cookies: new MemoryCookieJar() });
    const elsewhere = api.caller({ cookies: new MemoryCookieJar(), address: '192.0.2.8' });
    await here.portal.signIn(MEMBER);
    await elsewhere.portal.signIn(MEMBER);

    await expectAppError(
      here.portal.account.changePassword({ currentPassword: 'fout', newPassword: GOOD }),
      'UNAUTHORIZED',
    );
    await expectAppError(
      here.portal.account.changePassword({ currentPassword: MEMBER.password, newPassword: 'kort' }),
      'INVALID_ANSWERS',
    );
    expect(
      await here.portal.account.changePassword({
        currentPassword: MEMBER.password,
        newPassword: GOOD,
      }),
    ).toEqual({ ok: true, otherSessionsEnded: 1 });

    expect((await here.portal.me()).user?.email).toBe(MEMBER.email);
    expect((await elsewhere.portal.me()).user).toBeNull();
    await expectAppError(
      api.caller({ address: '192.0.2.9' }).portal.signIn(MEMBER),
      'UNAUTHORIZED',
    );
    await expect(
      api.caller({ address: '192.0.2.9' }).portal.signIn({ email: MEMBER.email, password: GOOD }),
    ).resolves.toBeTruthy();
  });

  it('signs out everywhere, this browser too', async () => {
    api = await createTestApi();
    const one = new MemoryCookieJar();
    const two = new MemoryCookieJar();
    await api.caller({ cookies: one }).portal.signIn(MEMBER);
    await api.caller({ cookies: two }).portal.signIn(MEMBER);

    expect(await api.caller({ cookies: one }).portal.account.signOutEverywhere()).toEqual({
      ended: 2,
    });
    expect(one.get(SESSION_COOKIE)).toBeUndefined();
    expect((await api.caller({ cookies: two }).portal.me()).user).toBeNull();
  });
});

describe('admin', () => {
  it('lists users, creates a project with an owner, and deactivates an account so it cannot sign in', async () => {
    api = await createTestApi();
    const admin = await api.addUser({ email: 'beheer@example.nl', isAdmin: true });
    const browser = api.caller({ cookies: new MemoryCookieJar() });
    await browser.portal.signIn(admin);
    const { users } = await browser.portal.admin.users();
    expect(users.map((u) => [u.email, u.isAdmin])).toEqual([
      ['beheer@example.nl', true],
      ['buiten@example.nl', false],
      [MEMBER.email, false],
    ]);
    const stranger = users.find((u) => u.email === 'buiten@example.nl')!;

    const project = await browser.portal.admin.createProject({
      slug: 'haaglanden',
      name: 'Professional Ervaringsonderzoek Haaglanden',
      ownerUserId: stranger.id,
    });
    const strangerBrowser = api.caller({ cookies: new MemoryCookieJar() });
    await strangerBrowser.portal.signIn({
      email: 'buiten@example.nl',
      password: 'ander-wachtwoord-2',
    });
    expect((await strangerBrowser.portal.projects()).projects).toEqual([
      expect.objectContaining({ id: project.id, role: 'owner' }),
    ]);
    await expectAppError(
      browser.portal.admin.createProject({
        slug: 'haaglanden',
        name: 'Dubbel',
        ownerUserId: stranger.id,
      }),
      'CONFLICT',
    );

    await browser.portal.admin.deactivateUser({ userId: stranger.id });
    expect((await strangerBrowser.portal.me()).user).toBeNull();
    await expectAppError(
      api.caller().portal.signIn({ email: 'buiten@example.nl', password: 'ander-wachtwoord-2' }),
      'UNAUTHORIZED',
    );
    await expectAppError(browser.portal.admin.deactivateUser({ userId: admin.id }), 'CONFLICT');
    await browser.portal.admin.reactivateUser({ userId: stranger.id });
    await expect(
      api
        .caller({ address: '192.0.2.77' })
        .portal.signIn({ email: 'buiten@example.nl', password: 'ander-wachtwoord-2' }),
    ).resolves.toBeTruthy();
  });

  it('invites a user to the instance without a project', async () => {
    api = await createTestApi();
    const admin = await api.addUser({ email: 'beheer@example.nl', isAdmin: true });
    const browser = api.caller({ cookies: new MemoryCookieJar() });
    await browser.portal.signIn(admin);
    const issued = await browser.portal.admin.inviteUser({ email: 'los@example.nl' });
    const invitee = api.caller({ cookies: new MemoryCookieJar() });
    await invitee.portal.account.acceptInvitation({
      token: issued.token,
      name: 'Los',
      password: GOOD,
    });
    expect(await invitee.portal.projects()).toEqual({ projects: [] });
    await expectAppError(
      browser.portal.admin.inviteUser({ email: 'x@example.nl', role: 'analyst' }),
      'BAD_INPUT',
    );
  });
});
