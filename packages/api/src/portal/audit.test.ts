import { createProject, findUserByEmail } from '@duiding/db';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createTestApi,
  DURING,
  expectAppError,
  MEMBER,
  MemoryCookieJar,
  type TTestApi,
} from '../../test/harness';

// Sign-ins run scrypt; on a busy machine many of them take seconds.
vi.setConfig({ testTimeout: 60_000 });

let api: TTestApi | undefined;
afterEach(() => api?.database.close());

describe('portal.audit', () => {
  it("lists the project's sign-ins, invitations, role changes and story-list views, filtered by person, action and day, in pages", async () => {
    api = await createTestApi();
    const owner = await api.addUser({ email: 'eigenaar@example.nl', role: 'owner' });
    const browser = api.caller({ cookies: new MemoryCookieJar() });
    await browser.portal.signIn(owner);
    const member = api.caller({ cookies: new MemoryCookieJar() });
    await member.portal.signIn(MEMBER);
    await member.portal.stories({ projectId: api.projectId });
    const memberId = findUserByEmail(api.database.orm, MEMBER.email)!.id;
    // The next day (Amsterdam): a role change.
    api.setNow(new Date(DURING.getTime() + 86_400_000));
    await browser.portal.signIn(owner);
    await browser.portal.team.changeRole({
      projectId: api.projectId,
      userId: memberId,
      role: 'analyst',
    });
    await browser.portal.team.invite({
      projectId: api.projectId,
      email: 'nieuw@example.nl',
      role: 'moderator',
    });
    // Someone outside the project signs in: not in this project's log.
    await api
      .caller()
      .portal.signIn({ email: 'buiten@example.nl', password: 'ander-wachtwoord-2' });

    const all = await browser.portal.audit({ projectId: api.projectId });
    expect(all.entries.map((e) => e.action)).toEqual([
      'team.invite',
      'team.role-change',
      'user.sign-in',
      'stories.list-view',
      'user.sign-in',
      'user.sign-in',
    ]);
    expect(all.entries[1]).toMatchObject({
      label: 'Rol gewijzigd',
      actor: { email: 'eigenaar@example.nl' },
      details: { from: 'researcher', to: 'analyst' },
      dayOnly: false,
    });

    const byMember = await browser.portal.audit({
      projectId: api.projectId,
      actorUserId: memberId,
    });
    expect(byMember.entries.map((e) => e.action)).toEqual(['stories.list-view', 'user.sign-in']);
    const teamOnly = await browser.portal.audit({ projectId: api.projectId, action: 'team.' });
    expect(teamOnly.entries.map((e) => e.action)).toEqual(['team.invite', 'team.role-change']);
    expect(all.entries).toHaveLength(6);
    const firstDay = await browser.portal.audit({
      projectId: api.projectId,
      fromDay: '2026-11-15',
      toDay: '2026-11-15',
    });
    expect(firstDay.entries.map((e) => e.action)).toEqual([
      'stories.list-view',
      'user.sign-in',
      'user.sign-in',
    ]);

    const page1 = await browser.portal.audit({ projectId: api.projectId, limit: 2 });
    const page2 = await browser.portal.audit({
      projectId: api.projectId,
      limit: 2,
      before: page1.nextBefore ?? undefined,
    });
    expect([...page1.entries, ...page2.entries].map((e) => e.id)).toEqual(
      all.entries.slice(0, 4).map((e) => e.id),
    );
    await expectAppError(
      browser.portal.audit({
        projectId: api.projectId,
        fromDay: '2026-11-16',
        toDay: '2026-11-15',
      }),
      'BAD_INPUT',
    );
    await expectAppError(
      browser.portal.audit({ projectId: api.projectId, fromDay: '15-11-2026' }),
      'BAD_INPUT',
    );
  });

  it('records a withdrawal with the day only and no participant id', async () => {
    api = await createTestApi();
    const { storyInput } = await import('../../test/harness');
    const told = await api.caller().intake.submitStory(storyInput(api.collectionId));
    await api.caller().intake.withdraw({ code: told.participantCode! });
    const owner = await api.addUser({ email: 'eigenaar@example.nl', role: 'owner' });
    const browser = api.caller({ cookies: new MemoryCookieJar() });
    await browser.portal.signIn(owner);

    const { entries } = await browser.portal.audit({
      projectId: api.projectId,
      action: 'participant.withdraw',
    });
    expect(entries).toEqual([
      expect.objectContaining({
        at: '2026-11-15',
        dayOnly: true,
        actor: null,
        subject: `collection:${api.collectionId}`,
      }),
    ]);
  });

  it("gives the admin every project's entries, and a project owner none of another project", async () => {
    api = await createTestApi();
    const other = createProject(api.database.orm, { slug: 'ander', name: 'Ander', now: DURING });
    const otherOwner = await api.addUser({
      email: 'ander@example.nl',
      role: 'owner',
      projectId: other.id,
    });
    const admin = await api.addUser({ email: 'beheer@example.nl', isAdmin: true });
    const member = api.caller({ cookies: new MemoryCookieJar() });
    await member.portal.signIn(MEMBER);
    const otherBrowser = api.caller({ cookies: new MemoryCookieJar() });
    await otherBrowser.portal.signIn(otherOwner);
    const adminBrowser = api.caller({ cookies: new MemoryCookieJar() });
    await adminBrowser.portal.signIn(admin);

    const theirs = await otherBrowser.portal.audit({ projectId: other.id });
    expect(theirs.entries.map((e) => e.actor?.email)).toEqual(['ander@example.nl']);
    const everything = await adminBrowser.portal.admin.audit({ action: 'user.sign-in' });
    expect(everything.entries.map((e) => e.actor?.email)).toEqual([
      'beheer@example.nl',
      'ander@example.nl',
      MEMBER.email,
    ]);
  });
});
