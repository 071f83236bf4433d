import { deliverOutbox, obtainAnswerTokenLikeABrowser } from '@duiding/api';
import type { ParsedMail } from 'mailparser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { smtpTransport } from '../src/mail';
import { startPanelJobs } from '../src/panel-jobs';
import { createPanelFixture, type TPanelFixture } from './panel-fixture';
import { freePort } from './server-process';
import { TestSmtp } from './test-smtp';

vi.setConfig({ testTimeout: 120_000 });

let fixture: TPanelFixture | undefined;
let smtp: TestSmtp | undefined;
afterEach(async () => {
  await smtp?.stop();
  fixture?.database.close();
});

const DAY = 24 * 60 * 60 * 1000;
const START = new Date('2026-11-02T09:00:00Z');
const PEOPLE = ['anna', 'bram', 'chris', 'dewi', 'eva'];

async function addPeople(f: TPanelFixture, people: string[], { openWave = true } = {}) {
  const csv = [
    'naam;e-mail;organisatie;gemeente;functie',
    ...people.map((p) => `${p};${p}@example.nl;CJG;Delft;pro`),
  ].join('\n');
  const result = await f.researcher.portal.panel.importMembers({
    projectId: f.projectId,
    csv,
    consent: { text: 'Toestemming voor het panel gegeven per mail.', givenOn: '2026-11-01' },
  });
  expect(result.errors).toEqual([]);
  if (!openWave) return;
  await f.researcher.portal.panel.openWave({
    projectId: f.projectId,
    collectionId: f.waveId,
    reminderAfterDays: 3,
    maxReminders: 2,
  });
}

function linkToken(mail: ParsedMail): string {
  const token = mail.text?.match(/#\/l\/([A-Za-z0-9_-]{43})\/ronde\//)?.[1];
  if (!token) throw new Error(`no wave link in ${mail.subject}`);
  return token;
}

describe('panel mail over SMTP', () => {
  it('keeps every message through an SMTP outage and delivers each once when the server is back', async () => {
    fixture = await createPanelFixture(START);
    const f = fixture;
    smtp = new TestSmtp(await freePort());
    const transport = smtpTransport(`smtp://127.0.0.1:${smtp.port}`);
    await smtp.start();
    await addPeople(f, PEOPLE, { openWave: false });
    expect(await deliverOutbox(f.services, transport)).toEqual({ sent: 5, failed: 0 });
    // The mail server goes down; the wave is opened meanwhile.
    await smtp.stop();
    await f.researcher.portal.panel.openWave({
      projectId: f.projectId,
      collectionId: f.waveId,
      reminderAfterDays: 3,
      maxReminders: 2,
    });
    const down = await deliverOutbox(f.services, transport);
    expect(down).toEqual({ sent: 0, failed: 5 });
    const { mail } = await f.researcher.portal.panel.mail({ projectId: f.projectId, only: 'all' });
    const invitations = mail.filter((m) => m.kind === 'invitation');
    expect(invitations.every((m) => m.status === 'queued' && m.attempts === 1 && m.lastError)).toBe(
      true,
    );
    // Back-off: nothing is tried again before a minute has passed…
    f.setNow(new Date(START.getTime() + 30_000));
    expect(await deliverOutbox(f.services, transport)).toEqual({ sent: 0, failed: 0 });

    await smtp.start();
    f.setNow(new Date(START.getTime() + 61_000));
    expect(await deliverOutbox(f.services, transport)).toEqual({ sent: 5, failed: 0 });
    expect(await deliverOutbox(f.services, transport)).toEqual({ sent: 0, failed: 0 });
    for (const person of PEOPLE) {
      const received = smtp.to(`${person}@example.nl`);
      expect(received.map((m) => m.headers.get('x-duiding-mail')).sort()).toEqual([
        'invitation',
        'welcome',
      ]);
      for (const message of received) {
        const unsubscribe = message.headerLines
          .find((h) => h.key === 'list-unsubscribe')
          ?.line.replace(/\r\n\s+/g, ' ');
        expect(unsubscribe).toMatch(
          /^List-Unsubscribe: <http:\/\/panel\.test\/panel\/#\/l\/[A-Za-z0-9_-]{43}\/afmelden>$/,
        );
        expect(message.text).toMatch(/afmelden/);
      }
    }
    // Sent messages keep no body (the personal link) in the database.
    const after = await f.researcher.portal.panel.mail({ projectId: f.projectId, only: 'all' });
    expect(after.mail.every((m) => m.status === 'sent')).toBe(true);
    transport.close?.();
  });

  it('marks a refused address bounced and shows it in the portal', async () => {
    fixture = await createPanelFixture(START);
    const f = fixture;
    smtp = new TestSmtp(await freePort());
    await smtp.start();
    const transport = smtpTransport(`smtp://127.0.0.1:${smtp.port}`);
    await addPeople(f, ['onbekend', 'anna']);
    expect(await deliverOutbox(f.services, transport)).toEqual({ sent: 2, failed: 2 });
    const problems = await f.researcher.portal.panel.mail({
      projectId: f.projectId,
      only: 'problems',
    });
    expect(problems.mail.map((m) => [m.toAddress, m.status])).toEqual([
      ['onbekend@example.nl', 'bounced'],
      ['onbekend@example.nl', 'bounced'],
    ]);
    expect(problems.mail[0]!.lastError).toMatch(/550/);
    // Sent again from the portal, it bounces again; nothing is lost or sent twice to Anna.
    await f.researcher.portal.panel.retryMail({
      projectId: f.projectId,
      mailId: problems.mail[0]!.id,
    });
    expect(await deliverOutbox(f.services, transport)).toEqual({ sent: 0, failed: 1 });
    expect(smtp.to('anna@example.nl')).toHaveLength(2);
    transport.close?.();
  });

  it('reminds, by the background job, only the members who did not answer', async () => {
    fixture = await createPanelFixture(START);
    const f = fixture;
    smtp = new TestSmtp(await freePort());
    await smtp.start();
    const transport = smtpTransport(`smtp://127.0.0.1:${smtp.port}`);
    const jobs = startPanelJobs({ ...f.services, transport, intervalMs: 3_600_000 });
    await addPeople(f, PEOPLE);
    await jobs.tick();
    // Anna and Chris answer from the link in their invitation mail.
    for (const person of ['anna', 'chris']) {
      const invitation = smtp
        .to(`${person}@example.nl`)
        .find((m) => m.headers.get('x-duiding-mail') === 'invitation')!;
      const token = linkToken(invitation);
      const member = f.caller();
      const wave = await member.panel.wave({ token, collectionId: f.waveId });
      const spent = await obtainAnswerTokenLikeABrowser(wave.publicKey, async (blinded) =>
        Buffer.from(
          (
            await member.panel.issueToken({
              token,
              collectionId: f.waveId,
              blindedMessage: Buffer.from(blinded).toString('base64url'),
            })
          ).blindSignature,
          'base64url',
        ),
      );
      await f.caller().panel.submitAnswer({
        collectionId: f.waveId,
        message: Buffer.from(spent.message).toString('base64url'),
        signature: Buffer.from(spent.signature).toString('base64url'),
        profile: {
          organisatie: 'jeugd_ggz',
          functie: 'teamleider',
          ervaring: 'meer_dan_10_jaar',
          werkgebied: ['westland'],
        },
        answers: {
          ruimte_oordeel: 3,
          ruimte_admin: 4,
          ruimte_collega: 5,
          ruimte_vertrouwen: 3,
          ruimte_schakelen: 2,
          bepaalt: { a: 0.2, b: 0.5, c: 0.3 },
          werkdruk: 0.6,
          corona_beeldbellen: 4,
          corona_crisis: 3,
          corona_behouden: ['niets'],
          corona_ervaring: 'Veel.',
        },
      });
      await member.panel.confirmAnswered({ token, collectionId: f.waveId });
    }
    f.setNow(new Date(START.getTime() + 3 * DAY + 1000));
    await jobs.tick();
    const reminded = (person: string) =>
      smtp!.to(`${person}@example.nl`).filter((m) => m.headers.get('x-duiding-mail') === 'reminder')
        .length;
    expect(PEOPLE.map(reminded)).toEqual([0, 1, 0, 1, 1]);
    f.setNow(new Date(START.getTime() + 20 * DAY));
    await jobs.tick();
    f.setNow(new Date(START.getTime() + 26 * DAY));
    await jobs.tick();
    // At most two reminders.
    expect(PEOPLE.map(reminded)).toEqual([0, 2, 0, 2, 2]);
    await jobs.stop();
    transport.close?.();
  });
});
