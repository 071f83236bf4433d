import {
  listPanelMembers,
  panelAnswerIdsInStoredOrder,
  readEveryTable,
  tableHasRowid,
} from '@duiding/db';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectAppError, MemoryCookieJar } from '../../test/harness';
import {
  answerWave,
  CONSENT,
  createPanelTest,
  type TPanelTest,
  tokenFromMail,
  wave1Answers,
} from '../../test/panel-harness';
import { obtainAnswerTokenLikeABrowser } from './blind-token';

// Key generation and sign-in (scrypt) take seconds on a busy machine.
vi.setConfig({ testTimeout: 120_000 });

let test: TPanelTest | undefined;
afterEach(() => test?.api.database.close());

const PEOPLE = ['Anna', 'Bram', 'Chris', 'Dewi', 'Eva', 'Fleur'].map((name, i) => ({
  name,
  email: `${name.toLowerCase()}@jeugdhulp.example.nl`,
  organisation: i % 2 ? 'Jeugdformaat' : 'CJG Delft',
  municipality: i % 3 ? 'Delft' : 'Den Haag',
  role: 'jeugdprofessional',
}));

async function panelWithMembers(): Promise<TPanelTest> {
  const t = await createPanelTest();
  for (const profile of PEOPLE) {
    await t.researcher.portal.panel.addMember({
      projectId: t.api.projectId,
      profile,
      consent: CONSENT,
    });
  }
  const opened = await t.researcher.portal.panel.openWave({
    projectId: t.api.projectId,
    collectionId: t.wave1,
    reminderAfterDays: 7,
    maxReminders: 2,
  });
  expect(opened.invited).toBe(PEOPLE.length);
  return t;
}

type TRow = Record<string, unknown>;

function allTables(t: TPanelTest): Record<string, TRow[]> {
  return readEveryTable(t.api.database.orm);
}

/** Every string in a row, also inside JSON columns, as an attacker would grep for them. */
function stringsOf(rows: TRow[]): Set<string> {
  const out = new Set<string>();
  const walk = (value: unknown) => {
    if (typeof value === 'string') {
      out.add(value);
      if (value.startsWith('{') || value.startsWith('[')) {
        try {
          walk(JSON.parse(value));
        } catch {}
      }
    } else if (typeof value === 'number') out.add(String(value));
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  for (const row of rows) Object.values(row).forEach(walk);
  return out;
}

describe('unlinkable panel answers', () => {
  it('stores answers that no table links to a member or an invitation, while completion is tracked', async () => {
    test = await panelWithMembers();
    const t = test;
    const before = allTables(t);
    const answering = PEOPLE.slice(0, 4);
    const markers = new Map<string, string>();
    for (const person of answering) {
      const marker = `merkteken${crypto.randomUUID().replaceAll('-', '')}`;
      markers.set(person.email, marker);
      await answerWave(t, tokenFromMail(t, person.email), t.wave1, wave1Answers(marker));
    }
    const tables = allTables(t);

    // Completion is known per invitation, for the reminders…
    const members = listPanelMembers(t.api.database.orm, t.api.projectId);
    const idOf = new Map(members.map((m) => [m.profile!.email, m.id]));
    const stateOf = new Map(
      tables.panel_invitations!.map((i) => [i.member_id as string, i.state as string]),
    );
    for (const person of PEOPLE) {
      expect(stateOf.get(idOf.get(person.email)!)).toBe(
        answering.includes(person) ? 'answered' : 'invited',
      );
    }
    // …and the answers are all there.
    expect(tables.panel_answers).toHaveLength(4);
    expect(tables.panel_spent_tokens).toHaveLength(4);

    // An answer row holds the wave, the answers and the day: no key to anything else.
    expect(Object.keys(tables.panel_answers![0]!).sort()).toEqual([
      'answers',
      'collection_id',
      'id',
      'received_on',
    ]);
    expect(Object.keys(tables.panel_spent_tokens![0]!).sort()).toEqual([
      'collection_id',
      'token_hash',
    ]);
    for (const row of tables.panel_answers!) {
      expect(row.received_on).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(row.collection_id).toBe(t.wave1);
    }
    // The invitations keep no moment of answering: answering changed only the state, the
    // token flag and the hash of the blinded message that was signed (no time).
    const invitationsBefore = new Map(before.panel_invitations!.map((i) => [i.id, i]));
    for (const invitation of tables.panel_invitations!) {
      const { state, token_issued, blinded_hash, ...rest } = invitation;
      const {
        state: _s,
        token_issued: _t,
        blinded_hash: _b,
        ...restBefore
      } = invitationsBefore.get(invitation.id)!;
      expect(rest).toEqual(restBefore);
    }
    // Each answering invitation keeps the hash of what it had signed; like every value on
    // this side it is checked below to appear nowhere beside the answers.
    const blinded = tables.panel_invitations!.map((i) => i.blinded_hash).filter(Boolean);
    expect(blinded).toHaveLength(4);

    // No order that follows arrival: the tables have no rowid, rows come in random-id order.
    const db = t.api.database.orm;
    expect(tableHasRowid(db, 'panel_answers')).toBe(false);
    expect(tableHasRowid(db, 'panel_spent_tokens')).toBe(false);
    expect(tableHasRowid(db, 'panel_invitations')).toBe(true);
    const stored = panelAnswerIdsInStoredOrder(db);
    expect(stored).toEqual([...stored].sort());

    // Whatever identifies a member or an invitation, and whatever is on the answer side,
    // share no long value (id, hash, token, marker) but the wave's own id.
    const answerSide = stringsOf([...tables.panel_answers!, ...tables.panel_spent_tokens!]);
    const identitySide = stringsOf(
      Object.entries(tables)
        .filter(([name]) => name !== 'panel_answers' && name !== 'panel_spent_tokens')
        .flatMap(([, rows]) => rows),
    );
    // (The questionnaire's own option ids are in both, by design: they are no link.)
    const questionnaire = stringsOf(tables.framework_versions!.map((v) => ({ d: v.definition })));
    const shared = [...answerSide].filter(
      (v) => v.length >= 16 && identitySide.has(v) && !questionnaire.has(v),
    );
    expect(shared).toEqual([t.wave1]);
    // Each member's marker is only in the answers table, nowhere near their identity.
    for (const marker of markers.values()) {
      expect([...identitySide].some((v) => v.includes(marker))).toBe(false);
      expect([...answerSide].some((v) => v.includes(marker))).toBe(true);
    }
    // Nor do member ids, invitation ids, addresses or link hashes reach the answer side.
    for (const value of [
      ...tables.panel_members!.flatMap((m) => [m.id, m.email, m.link_token_hash, m.name]),
      ...tables.panel_invitations!.map((i) => i.id),
    ]) {
      expect([...answerSide].some((v) => v.includes(String(value)))).toBe(false);
    }
  });

  it('allows one answer per invitation: a second token or a second spend is refused', async () => {
    test = await panelWithMembers();
    const t = test;
    const token = tokenFromMail(t, PEOPLE[0]!.email);
    const payment = await answerWave(t, token, t.wave1, wave1Answers('eerste'));
    const anonymous = t.api.caller({ cookies: new MemoryCookieJar() });

    // The same token again: refused, nothing stored.
    const again = await expectAppError(
      anonymous.panel.submitAnswer({ ...payment, ...wave1Answers('tweede') }),
      'CONFLICT',
    );
    expect(again.message).toMatch(/al geantwoord/);
    // The link again: the wave says it was answered, no second token.
    await expectAppError(anonymous.panel.wave({ token, collectionId: t.wave1 }), 'CONFLICT');
    await expectAppError(
      anonymous.panel.issueToken({
        token,
        collectionId: t.wave1,
        blindedMessage: Buffer.alloc(256, 7).toString('base64url'),
      }),
      'CONFLICT',
    );
    expect(allTables(t).panel_answers).toHaveLength(1);
  });

  it('refuses a second token for an invitation even before it answered, and a forged or foreign signature', async () => {
    test = await panelWithMembers();
    const t = test;
    const token = tokenFromMail(t, PEOPLE[1]!.email);
    const member = t.api.caller({ cookies: new MemoryCookieJar() });
    const wave = await member.panel.wave({ token, collectionId: t.wave1 });
    const sign = async (blinded: Uint8Array) =>
      Buffer.from(
        (
          await member.panel.issueToken({
            token,
            collectionId: t.wave1,
            blindedMessage: Buffer.from(blinded).toString('base64url'),
          })
        ).blindSignature,
        'base64url',
      );
    let sent: Uint8Array | undefined;
    const first = await obtainAnswerTokenLikeABrowser(wave.publicKey, async (blinded) => {
      sent = blinded;
      return sign(blinded);
    });
    // The same blinded message again (the browser lost the reply) gets the same signature…
    const again = Buffer.from(
      (
        await member.panel.issueToken({
          token,
          collectionId: t.wave1,
          blindedMessage: Buffer.from(sent!).toString('base64url'),
        })
      ).blindSignature,
      'base64url',
    );
    expect(again).toEqual(Buffer.from(await sign(sent!)));
    // …but another one is a second token, and refused.
    const second = await expectAppError(
      obtainAnswerTokenLikeABrowser(wave.publicKey, sign),
      'CONFLICT',
    );
    expect(second.message).toMatch(/al opgehaald/);

    // A signature over another message, or random bytes, is no token.
    const forged = {
      collectionId: t.wave1,
      message: Buffer.alloc(64, 1).toString('base64url'),
      signature: Buffer.from(first.signature).toString('base64url'),
      ...wave1Answers('vals'),
    };
    await expectAppError(member.panel.submitAnswer(forged), 'FORBIDDEN');
    // A token of wave 1 does not pay for wave 2 (another key).
    await expectAppError(
      member.panel.submitAnswer({
        ...forged,
        collectionId: t.wave2,
        message: Buffer.from(first.message).toString('base64url'),
      }),
      'NOT_FOUND',
    );
    // Invalid answers with a good token: refused per question, and the token stays unspent.
    const bad = await expectAppError(
      member.panel.submitAnswer({
        collectionId: t.wave1,
        message: Buffer.from(first.message).toString('base64url'),
        signature: Buffer.from(first.signature).toString('base64url'),
        profile: wave1Answers('x').profile,
        answers: { ...wave1Answers('x').answers, ruimte_oordeel: 9 },
      }),
      'INVALID_ANSWERS',
    );
    expect(bad.answerErrors.map((e) => e.question)).toContain('ruimte_oordeel');
    await member.panel.submitAnswer({
      collectionId: t.wave1,
      message: Buffer.from(first.message).toString('base64url'),
      signature: Buffer.from(first.signature).toString('base64url'),
      ...wave1Answers('goed'),
    });
    expect(allTables(t).panel_answers).toHaveLength(1);
  });

  it('refuses an unknown or incomplete link with a clear Dutch message', async () => {
    test = await panelWithMembers();
    const anonymous = test.api.caller({ cookies: new MemoryCookieJar() });
    const unknown = await expectAppError(
      anonymous.panel.home({ token: 'A'.repeat(43) }),
      'UNAUTHORIZED',
    );
    expect(unknown.message).toMatch(/Deze link kennen we niet/);
    const cut = await expectAppError(anonymous.panel.home({ token: 'kort' }), 'BAD_INPUT');
    expect(cut.message).toMatch(/niet compleet/);
  });
});
