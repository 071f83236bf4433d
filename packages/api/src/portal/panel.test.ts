import {
  addPanelMembers,
  createProject,
  listDueMail,
  listPanelMembers,
  readEveryTable,
} from '@duiding/db';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectAppError, MEMBER, MemoryCookieJar } from '../../test/harness';
import {
  answerWave,
  CONSENT,
  createPanelTest,
  type TPanelTest,
  tokenFromMail,
  WAVE1_CLOSES,
  wave1Answers,
} from '../../test/panel-harness';
import { deliverOutbox } from '../panel/outbox';
import { runPanelSchedule } from '../panel/schedule';

vi.setConfig({ testTimeout: 120_000 });

let test: TPanelTest | undefined;
afterEach(() => test?.api.database.close());

const DAY = 24 * 60 * 60 * 1000;

function schedule(t: TPanelTest) {
  return runPanelSchedule(t.api.services);
}

function mailTo(t: TPanelTest, email: string) {
  const order = ['welcome', 'invitation', 'reminder', 'thanks'];
  return listDueMail(t.api.database.orm, new Date('2100-01-01'), 10_000)
    .filter((m) => m.toAddress === email)
    .sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
}

describe('portal.panel members', () => {
  it('imports members from CSV with semicolons and a BOM, each with a consent record and a welcome mail', async () => {
    test = await createPanelTest();
    const csv =
      '\uFEFFNaam;E-mail;Organisatie;Gemeente;Functie\n' +
      'Anna de Vries;Anna@Example.nl;CJG Delft;Delft;jeugdprofessional\n' +
      '"Bram ""B"" Jansen";bram@example.nl;Jeugdformaat;Den Haag;gedragswetenschapper\n';
    const result = await test.researcher.portal.panel.importMembers({
      projectId: test.api.projectId,
      csv,
      consent: CONSENT,
    });
    expect(result).toEqual({ imported: 2, errors: [] });
    const { members } = await test.researcher.portal.panel.members({
      projectId: test.api.projectId,
    });
    expect(members.map((m) => [m.name, m.email, m.municipality, m.consentOn])).toEqual([
      ['Anna de Vries', 'anna@example.nl', 'Delft', '2026-11-01'],
      ['Bram "B" Jansen', 'bram@example.nl', 'Den Haag', '2026-11-01'],
    ]);
    expect(members[0]!.consentText).toBe(CONSENT.text);
    const welcome = mailTo(test, 'anna@example.nl');
    expect(welcome.map((m) => m.kind)).toEqual(['welcome']);
    expect(welcome[0]!.text).toMatch(/\/panel\/#\/l\/[A-Za-z0-9_-]{43}\/afmelden/);
  });

  it('imports nothing when any row is wrong, and names every wrong row', async () => {
    test = await createPanelTest();
    await test.researcher.portal.panel.addMember({
      projectId: test.api.projectId,
      profile: {
        name: 'Al Lid',
        email: 'lid@example.nl',
        organisation: '',
        municipality: '',
        role: '',
      },
      consent: CONSENT,
    });
    const csv = [
      'naam,email,organisatie,gemeente,functie',
      'Goed Persoon,goed@example.nl,CJG,Delft,pro',
      ',leeg@example.nl,CJG,Delft,pro',
      'Geen Adres,geen-adres,CJG,Delft,pro',
      'Dubbel,goed@example.nl,CJG,Delft,pro',
      'Bestaand,LID@example.nl,CJG,Delft,pro',
      'Zonder Adres,,CJG,Delft,pro',
    ].join('\n');
    const result = await test.researcher.portal.panel.importMembers({
      projectId: test.api.projectId,
      csv,
      consent: CONSENT,
    });
    expect(result.imported).toBe(0);
    expect(result.errors.map((e) => e.row)).toEqual([3, 4, 5, 6, 7]);
    expect(result.errors[0]!.message).toMatch(/Vul een naam in/);
    expect(result.errors[1]!.message).toMatch(/geen geldig e-mailadres/);
    expect(result.errors[2]!.message).toMatch(/ook al op regel 2/);
    expect(result.errors[3]!.message).toMatch(/staat al in het panel/);
    // An empty address is asked for, not called invalid.
    expect(result.errors[4]!.message).toBe('Vul een e-mailadres in.');
    expect(listPanelMembers(test.api.database.orm, test.api.projectId)).toHaveLength(1);
    const missingHeader = await test.researcher.portal.panel.importMembers({
      projectId: test.api.projectId,
      csv: 'a,b\n1,2',
      consent: CONSENT,
    });
    expect(missingHeader.errors[0]!.message).toMatch(/Naam en e-mail ontbreken/);
  });

  it('lets a member update, pause and leave by the personal link; leaving deletes personal data and keeps answers', async () => {
    test = await createPanelTest();
    const t = test;
    await t.researcher.portal.panel.addMember({
      projectId: t.api.projectId,
      profile: {
        name: 'Ceren',
        email: 'ceren@example.nl',
        organisation: 'CJG',
        municipality: 'Delft',
        role: 'pro',
      },
      consent: CONSENT,
    });
    await t.researcher.portal.panel.openWave({
      projectId: t.api.projectId,
      collectionId: t.wave1,
      reminderAfterDays: 7,
      maxReminders: 1,
    });
    const token = tokenFromMail(t, 'ceren@example.nl');
    const member = t.api.caller({ cookies: new MemoryCookieJar() });
    const home = await member.panel.home({ token });
    expect(home.waves.map((w) => [w.title, w.status, w.state])).toEqual([
      ['Ronde 1: werken in de coronatijd', 'open', 'invited'],
    ]);
    await member.panel.updateProfile({
      token,
      profile: { ...home.member.profile, municipality: 'Ypenburg-Oost' },
    });
    expect((await member.panel.home({ token })).member.profile.municipality).toBe('Ypenburg-Oost');
    await member.panel.pause({ token });
    expect((await member.panel.home({ token })).member.status).toBe('paused');
    await member.panel.resume({ token });
    await answerWave(t, token, t.wave1, wave1Answers('blijft'));
    await member.panel.leave({ token });

    const tables = readEveryTable(t.api.database.orm);
    const everything = JSON.stringify(tables);
    expect(everything).not.toMatch(/ceren/i);
    expect(everything).not.toMatch(/Ypenburg/);
    expect(tables.panel_members![0]).toMatchObject({
      status: 'left',
      name: null,
      email: null,
      link_token_hash: null,
    });
    expect(tables.mail_outbox).toEqual([]);
    expect(tables.panel_answers).toHaveLength(1);
    const gone = await expectAppError(member.panel.home({ token }), 'UNAUTHORIZED');
    expect(gone.message).toMatch(/Deze link kennen we niet/);
  });
});

describe('portal.panel members by the team', () => {
  it('pauses, resumes and removes a member; a paused member gets no invitation, a removed one keeps no personal data', async () => {
    test = await createPanelTest();
    const t = test;
    const projectId = t.api.projectId;
    const add = (name: string) =>
      t.researcher.portal.panel.addMember({
        projectId,
        profile: {
          name,
          email: `${name}@example.nl`,
          organisation: 'CJG',
          municipality: 'Delft',
          role: 'pro',
        },
        consent: CONSENT,
      });
    const pien = await add('pien');
    const quinten = await add('quinten');
    await t.researcher.portal.panel.setMemberStatus({
      projectId,
      memberId: pien.id,
      status: 'paused',
    });
    await t.researcher.portal.panel.openWave({
      projectId,
      collectionId: t.wave1,
      reminderAfterDays: 3,
      maxReminders: 1,
    });
    expect(mailTo(t, 'pien@example.nl').map((m) => m.kind)).toEqual(['welcome']);
    expect(mailTo(t, 'quinten@example.nl').map((m) => m.kind)).toEqual(['welcome', 'invitation']);
    // Resumed, she is invited when the wave is opened again.
    await t.researcher.portal.panel.setMemberStatus({
      projectId,
      memberId: pien.id,
      status: 'active',
    });
    const again = await t.researcher.portal.panel.openWave({
      projectId,
      collectionId: t.wave1,
      reminderAfterDays: 3,
      maxReminders: 1,
    });
    expect(again.invited).toBe(1);

    await t.researcher.portal.panel.removeMember({ projectId, memberId: quinten.id });
    const { members } = await t.researcher.portal.panel.members({ projectId });
    expect(members.map((m) => [m.name, m.status])).toEqual([
      [null, 'left'],
      ['pien', 'active'],
    ]);
    expect(JSON.stringify(readEveryTable(t.api.database.orm))).not.toMatch(/quinten/);
    const twice = await expectAppError(
      t.researcher.portal.panel.removeMember({ projectId, memberId: quinten.id }),
      'CONFLICT',
    );
    expect(twice.message).toMatch(/al afgemeld/);
    await expectAppError(
      t.researcher.portal.panel.setMemberStatus({
        projectId,
        memberId: quinten.id,
        status: 'active',
      }),
      'CONFLICT',
    );
  });

  it("refuses another project's member as not found", async () => {
    test = await createPanelTest();
    const db = test.api.database.orm;
    const other = createProject(db, { slug: 'elders', name: 'Elders', now: new Date() });
    addPanelMembers(
      db,
      other.id,
      [
        {
          id: 'lid-elders',
          profile: {
            name: 'Elders',
            email: 'elders@example.nl',
            organisation: '',
            municipality: '',
            role: '',
          },
          linkTokenHash: 'x'.repeat(64),
          consent: { at: new Date(), text: CONSENT.text, source: 'test', recordedByUserId: null },
        },
      ],
      new Date(),
    );
    for (const call of [
      test.researcher.portal.panel.removeMember({
        projectId: test.api.projectId,
        memberId: 'lid-elders',
      }),
      test.researcher.portal.panel.setMemberStatus({
        projectId: test.api.projectId,
        memberId: 'lid-elders',
        status: 'paused',
      }),
    ])
      await expectAppError(call, 'NOT_FOUND');
    expect(listPanelMembers(db, other.id)[0]).toMatchObject({ status: 'active' });
  });
});

describe('portal.panel mail', () => {
  it('lists a message waiting after a failed attempt among the problems, and retries it at once', async () => {
    test = await createPanelTest();
    const t = test;
    const projectId = t.api.projectId;
    await t.researcher.portal.panel.addMember({
      projectId,
      profile: {
        name: 'Rik',
        email: 'rik@example.nl',
        organisation: '',
        municipality: '',
        role: '',
      },
      consent: CONSENT,
    });
    const problems = () => t.researcher.portal.panel.mail({ projectId, only: 'problems' });
    // Queued and not yet tried: no problem, and nothing to retry.
    expect((await problems()).mail).toEqual([]);
    const [queued] = (await t.researcher.portal.panel.mail({ projectId, only: 'all' })).mail;
    await expectAppError(
      t.researcher.portal.panel.retryMail({ projectId, mailId: queued!.id }),
      'NOT_FOUND',
    );
    const down = {
      send: async () => {
        throw new Error('connect ECONNREFUSED 127.0.0.1:2525');
      },
    };
    expect(await deliverOutbox(t.api.services, down)).toEqual({ sent: 0, failed: 1 });
    const [waiting] = (await problems()).mail;
    expect(waiting).toMatchObject({ status: 'queued', attempts: 1 });
    expect(waiting!.lastError).toMatch(/ECONNREFUSED/);
    expect(new Date(waiting!.nextAttemptAt).getTime()).toBeGreaterThan(
      t.api.services.clock().getTime(),
    );
    // Retried: due now, so the next run sends it without waiting for the back-off.
    await t.researcher.portal.panel.retryMail({ projectId, mailId: waiting!.id });
    const sent: string[] = [];
    const up = {
      send: async (message: { to: string }) => {
        sent.push(message.to);
      },
    };
    expect(await deliverOutbox(t.api.services, up)).toEqual({ sent: 1, failed: 0 });
    expect(sent).toEqual(['rik@example.nl']);
    expect((await problems()).mail).toEqual([]);
  });
});

describe('portal.panel waves', () => {
  it('reminds only members who have not answered, after N days, at most M times, then thanks those who answered', async () => {
    test = await createPanelTest();
    const t = test;
    for (const name of ['ans', 'bo', 'cas']) {
      await t.researcher.portal.panel.addMember({
        projectId: t.api.projectId,
        profile: {
          name,
          email: `${name}@example.nl`,
          organisation: 'CJG',
          municipality: 'Delft',
          role: 'pro',
        },
        consent: CONSENT,
      });
    }
    const start = new Date('2026-11-15T10:00:00Z');
    await t.researcher.portal.panel.openWave({
      projectId: t.api.projectId,
      collectionId: t.wave1,
      reminderAfterDays: 3,
      maxReminders: 2,
    });
    await answerWave(t, tokenFromMail(t, 'ans@example.nl'), t.wave1, wave1Answers('a'));
    // Bo paused: no reminders either.
    await t.api.caller().panel.pause({ token: tokenFromMail(t, 'bo@example.nl') });

    t.api.setNow(new Date(start.getTime() + 2 * DAY));
    expect(schedule(t)).toEqual({ reminders: 0, thanks: 0 });
    t.api.setNow(new Date(start.getTime() + 3 * DAY));
    expect(schedule(t)).toEqual({ reminders: 1, thanks: 0 });
    expect(schedule(t)).toEqual({ reminders: 0, thanks: 0 });
    t.api.setNow(new Date(start.getTime() + 6 * DAY));
    expect(schedule(t).reminders).toBe(1);
    t.api.setNow(new Date(start.getTime() + 12 * DAY));
    expect(schedule(t).reminders).toBe(0);
    expect(mailTo(t, 'cas@example.nl').map((m) => m.kind)).toEqual([
      'welcome',
      'invitation',
      'reminder',
      'reminder',
    ]);
    expect(mailTo(t, 'ans@example.nl').map((m) => m.kind)).toEqual(['welcome', 'invitation']);
    expect(mailTo(t, 'bo@example.nl').map((m) => m.kind)).toEqual(['welcome', 'invitation']);
    for (const mail of mailTo(t, 'cas@example.nl'))
      expect(mail.unsubscribeUrl).toMatch(/\/afmelden$/);

    t.api.setNow(new Date(WAVE1_CLOSES.getTime() + 1000));
    expect(schedule(t)).toEqual({ reminders: 0, thanks: 1 });
    expect(schedule(t)).toEqual({ reminders: 0, thanks: 0 });
    expect(mailTo(t, 'ans@example.nl').map((m) => m.kind)).toEqual([
      'welcome',
      'invitation',
      'thanks',
    ]);
    expect(mailTo(t, 'ans@example.nl').at(-1)!.text).toMatch(/\/resultaten\//);
  });

  it('shows response per organisation and municipality, withholding segments under 10', async () => {
    test = await createPanelTest();
    const t = test;
    const csv = ['naam,email,organisatie,gemeente,functie']
      .concat(
        Array.from(
          { length: 14 },
          (_, i) => `Lid ${i},lid${i}@example.nl,${i < 11 ? 'Groot' : 'Klein'},Delft,pro`,
        ),
      )
      .join('\n');
    await t.researcher.portal.panel.importMembers({
      projectId: t.api.projectId,
      csv,
      consent: CONSENT,
    });
    await t.researcher.portal.panel.openWave({
      projectId: t.api.projectId,
      collectionId: t.wave1,
      reminderAfterDays: 3,
      maxReminders: 1,
    });
    for (const i of [0, 1, 2, 11]) {
      await answerWave(t, tokenFromMail(t, `lid${i}@example.nl`), t.wave1, wave1Answers(`m${i}`));
    }
    const response = await t.researcher.portal.panel.response({
      projectId: t.api.projectId,
      collectionId: t.wave1,
    });
    expect([response.invited, response.answered]).toEqual([14, 4]);
    expect(response.byOrganisation).toEqual([
      { id: 'Groot', label: 'Groot', invited: 11, answered: 3, rate: 3 / 11, withheld: null },
      expect.objectContaining({ id: 'Klein', invited: null, answered: null, rate: null }),
    ]);
    expect(response.byMunicipality[0]).toMatchObject({ label: 'Delft', invited: 14, answered: 4 });
  });

  it('shows results only after closing, suppressed: no chart under 10 answers, small segments hidden', async () => {
    test = await createPanelTest();
    const t = test;
    const csv = ['naam,email,organisatie,gemeente,functie']
      .concat(Array.from({ length: 13 }, (_, i) => `Lid ${i},lid${i}@example.nl,X,Delft,pro`))
      .join('\n');
    await t.researcher.portal.panel.importMembers({
      projectId: t.api.projectId,
      csv,
      consent: CONSENT,
    });
    await t.researcher.portal.panel.openWave({
      projectId: t.api.projectId,
      collectionId: t.wave1,
      reminderAfterDays: 3,
      maxReminders: 1,
    });
    const token0 = tokenFromMail(t, 'lid0@example.nl');
    const member = t.api.caller();
    for (let i = 0; i < 9; i++) {
      // Three of them keep two ways of working: a multiple choice adds up to more than 9.
      const behouden = i < 3 ? ['beeldbellen', 'wandelgesprekken'] : ['beeldbellen'];
      await answerWave(
        t,
        tokenFromMail(t, `lid${i}@example.nl`),
        t.wave1,
        wave1Answers(`m${i}`, 'wijkteam_of_cjg', behouden),
      );
    }
    await expectAppError(
      member.panel.results({ token: token0, collectionId: t.wave1 }),
      'COLLECTION_NOT_OPEN',
    );
    t.api.setNow(new Date(WAVE1_CLOSES.getTime() + 1000));
    const few = await member.panel.results({ token: token0, collectionId: t.wave1 });
    expect(few.answers).toBeNull();
    expect(few.items).toEqual([]);
    expect(few.withheld).toMatch(/Minder dan 10 antwoorden/);
    expect(few.trend[0]!.points[0]!.mean).toBeNull();

    // Three more, one from another organisation kind (a segment of 1).
    t.api.setNow(new Date(WAVE1_CLOSES.getTime() - 1000));
    for (let i = 9; i < 12; i++) {
      await answerWave(
        t,
        tokenFromMail(t, `lid${i}@example.nl`),
        t.wave1,
        wave1Answers(`m${i}`, i === 11 ? 'jeugd_ggz' : 'wijkteam_of_cjg'),
      );
    }
    t.api.setNow(new Date(WAVE1_CLOSES.getTime() + 1000));
    const results = await member.panel.results({ token: token0, collectionId: t.wave1 });
    expect(results.answers).toBe(12);
    const oordeel = results.items.find((i) => i.questionId === 'ruimte_oordeel')!;
    expect(oordeel.bars.map((b) => b.id)).toEqual(['1', '2', '3', '4', '5', 'dk']);
    expect(oordeel.counts).toMatchObject({ kind: 'table', total: 12 });
    expect(oordeel.respondents).toBe(12);
    // 12 people kept 15 ways of working: the shares are of the 12 people.
    const behouden = results.items.find((i) => i.questionId === 'corona_behouden')!;
    expect(behouden.counts).toMatchObject({ kind: 'table', total: 15 });
    expect(behouden.respondents).toBe(12);
    expect(results.items.some((i) => i.questionId === 'voorbeeld')).toBe(false);
    // The trend: the mean of 12 answers of 4.
    expect(results.trend.find((i) => i.questionId === 'ruimte_oordeel')!.points[0]!.mean).toBe(4);
    const groups = results.segments!.groups;
    expect(groups.find((g) => g.id === 'wijkteam_of_cjg')).toMatchObject({ answers: 11 });
    expect(groups.find((g) => g.id === 'jeugd_ggz')).toMatchObject({ answers: null, items: null });
    // The portal's summary is suppressed the same way.
    await t.researcher.portal.signIn(MEMBER);
    const summary = await t.researcher.portal.panel.results({
      projectId: t.api.projectId,
      collectionId: t.wave1,
    });
    expect(summary.segments!.groups.find((g) => g.id === 'jeugd_ggz')!.items).toBeNull();
  });
});
