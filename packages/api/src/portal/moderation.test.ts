import { setStoryStatus } from '@duiding/db';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createTestApi,
  expectAppError,
  MemoryCookieJar,
  storyInput,
  type TTestApi,
} from '../../test/harness';

// Sign-ins run scrypt; on a busy machine many of them take seconds.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

let api: TTestApi | undefined;
afterEach(() => api?.database.close());

const PERSONAL = {
  promptId: 'gehoord',
  title: 'Juf Marieke luisterde',
  text: 'Mijn zoon Bas zat bij juf Marieke de Vries. Bel me op 06-12345678 of mail piet@example.nl.',
  language: 'nl' as const,
};

async function signedIn(
  test: TTestApi,
  role: 'interpreter' | 'analyst' | 'moderator' | 'researcher' | 'owner',
  name: string = role,
) {
  const user = await test.addUser({ email: `${name}@example.nl`, role });
  const browser = test.caller({ cookies: new MemoryCookieJar() });
  await browser.portal.signIn(user);
  return { browser, user };
}

/** Nine approved plain stories, so that one more makes the interpreters' list visible. */
async function nineApproved(test: TTestApi) {
  for (let i = 0; i < 9; i++) {
    const { storyId } = await test.caller().intake.submitStory(storyInput(test.collectionId));
    setStoryStatus(test.database.orm, storyId, 'approved');
  }
}

describe('moderation with redaction', () => {
  it('proposes redactions on the server, approves as edited, and interpreters get only the redacted text', async () => {
    api = await createTestApi();
    await nineApproved(api);
    const { storyId } = await api
      .caller()
      .intake.submitStory({ ...storyInput(api.collectionId), story: PERSONAL });
    const { browser: moderator } = await signedIn(api, 'moderator');
    const { browser: interpreter } = await signedIn(api, 'interpreter');
    const projectId = api.projectId;

    const queue = await moderator.portal.moderation.queue({ projectId });
    expect(queue.items.map((i) => i.id)).toEqual([storyId]);
    expect(queue.total).toBe(1);

    const opened = await moderator.portal.moderation.story({ projectId, storyId });
    const kinds = opened.spans.map(
      (s) => `${s.field}:${s.kind}:${PERSONAL[s.field].slice(s.start, s.end)}`,
    );
    expect(kinds).toEqual(
      expect.arrayContaining(['text:phone:06-12345678', 'text:email:piet@example.nl']),
    );
    expect(kinds.some((k) => k.startsWith('text:person:') && k.includes('Bas'))).toBe(true);

    // Before approval the interpreter sees nothing of it.
    const before = await interpreter.portal.stories({ projectId });
    expect(before.stories).toEqual([]);

    const redactedText =
      'Mijn zoon [naam] zat bij juf [naam]. Bel me op [telefoon] of mail [e-mail].';
    await moderator.portal.moderation.decide({
      projectId,
      storyId,
      decision: 'approve',
      reason: 'Namen en contactgegevens weggelakt',
      redaction: { title: 'Juf [naam] luisterde', text: redactedText, spans: opened.spans },
    });

    const after = await interpreter.portal.stories({ projectId });
    const shown = after.stories.find((s) => s.id === storyId)!;
    expect(shown).toMatchObject({
      title: 'Juf [naam] luisterde',
      text: redactedText,
      textSource: 'moderated',
    });
    expect(JSON.stringify(after)).not.toMatch(/Marieke|06-12345678|piet@example/);

    // The team still reads it as told; the decision is on record and in the log.
    const { browser: analyst } = await signedIn(api, 'analyst');
    const team = await analyst.portal.stories({ projectId });
    expect(team.stories.find((s) => s.id === storyId)?.text).toBe(PERSONAL.text);
    const again = await moderator.portal.moderation.story({ projectId, storyId });
    expect(again.story.status).toBe('approved');
    expect(again.redaction?.text).toBe(redactedText);
    expect(again.decisions).toMatchObject([
      {
        decision: 'approve',
        reason: 'Namen en contactgegevens weggelakt',
        decidedByName: 'moderator',
      },
    ]);
    const { browser: owner } = await signedIn(api, 'owner');
    const log = await owner.portal.audit({ projectId, limit: 50 });
    expect(log.entries.map((e) => e.action)).toContain('story.moderation-approve');
  });

  it('gives interpreters the detector’s redaction of a story approved by status alone', async () => {
    api = await createTestApi();
    await nineApproved(api);
    const { storyId } = await api
      .caller()
      .intake.submitStory({ ...storyInput(api.collectionId), story: PERSONAL });
    setStoryStatus(api.database.orm, storyId, 'approved');
    const { browser: interpreter } = await signedIn(api, 'interpreter');
    const list = await interpreter.portal.stories({ projectId: api.projectId });
    const shown = list.stories.find((s) => s.id === storyId)!;
    expect(shown.textSource).toBe('automatic');
    expect(shown.text).toContain('[telefoon]');
    expect(shown.text).not.toMatch(/06-12345678|piet@example/);
  });

  it('rejects only with a reason, refuses spans outside the text and withdrawn stories', async () => {
    api = await createTestApi();
    const browser = api.caller();
    const told = await browser.intake.submitStory({
      ...storyInput(api.collectionId),
      story: PERSONAL,
    });
    const { browser: moderator } = await signedIn(api, 'moderator');
    const projectId = api.projectId;
    const storyId = told.storyId;

    const noReason = await expectAppError(
      moderator.portal.moderation.decide({ projectId, storyId, decision: 'reject', reason: '  ' }),
      'BAD_INPUT',
    );
    expect(noReason.message).toContain('reden');
    await expectAppError(
      moderator.portal.moderation.decide({
        projectId,
        storyId,
        decision: 'approve',
        redaction: {
          title: 'x',
          text: 'y',
          spans: [{ field: 'title', start: 0, end: 500, kind: 'person' }],
        },
      }),
      'BAD_INPUT',
    );
    expect(
      await moderator.portal.moderation.decide({
        projectId,
        storyId,
        decision: 'reject',
        reason: 'Te herkenbaar',
      }),
    ).toEqual({ status: 'rejected' });
    expect((await moderator.portal.moderation.queue({ projectId, status: 'rejected' })).total).toBe(
      1,
    );

    await browser.intake.withdraw({ code: told.participantCode!, storyId });
    await expectAppError(moderator.portal.moderation.story({ projectId, storyId }), 'NOT_FOUND');
    await expectAppError(
      moderator.portal.moderation.decide({ projectId, storyId, decision: 'reject', reason: 'x' }),
      'NOT_FOUND',
    );
  });
});

describe('codebook and coding', () => {
  it('builds a codebook, codes a passage, and computes kappa for two coders', async () => {
    api = await createTestApi();
    const projectId = api.projectId;
    const { browser: researcher } = await signedIn(api, 'researcher', 'rosa');
    const { browser: analyst } = await signedIn(api, 'analyst', 'ahmed');
    const { code: care } = await researcher.portal.codebook.add({ projectId, name: 'Zorg' });
    const { code: waiting } = await researcher.portal.codebook.add({
      projectId,
      name: 'Wachten',
      parentId: care.id,
      description: 'Lang wachten op hulp',
    });
    await expectAppError(researcher.portal.codebook.add({ projectId, name: ' ' }), 'BAD_INPUT');
    await expectAppError(researcher.portal.codebook.add({ projectId, name: 'zorg' }), 'CONFLICT');
    // An analyst codes but does not change the codebook.
    await expectAppError(analyst.portal.codebook.add({ projectId, name: 'X' }), 'FORBIDDEN');

    const ids: string[] = [];
    for (let i = 0; i < 4; i++) {
      ids.push((await api.caller().intake.submitStory(storyInput(api.collectionId))).storyId);
    }
    const text = (await researcher.portal.coding.story({ projectId, storyId: ids[0]! })).story.text;
    const start = text.indexOf('maanden wachten');
    await researcher.portal.coding.add({
      projectId,
      storyId: ids[0]!,
      codeId: waiting.id,
      passage: { start, end: start + 'maanden wachten'.length },
    });
    await expectAppError(
      researcher.portal.coding.add({
        projectId,
        storyId: ids[0]!,
        codeId: waiting.id,
        passage: { start: 0, end: text.length + 5 },
      }),
      'CONFLICT',
    );
    // Both code all four stories; they agree on 3 of 4 about "Wachten".
    const plan = {
      rosa: [true, true, false, false],
      ahmed: [true, false, false, false],
    };
    for (const [who, coder] of [
      ['rosa', researcher],
      ['ahmed', analyst],
    ] as const) {
      for (const [i, storyId] of ids.entries()) {
        await coder.portal.coding.add({
          projectId,
          storyId,
          codeId: plan[who][i] ? waiting.id : care.id,
        });
      }
    }
    const view = await analyst.portal.coding.story({ projectId, storyId: ids[0]! });
    expect(view.codings.filter((c) => c.mine).map((c) => c.codeId)).toEqual([waiting.id]);
    expect(view.codings.filter((c) => !c.mine)).toHaveLength(2);
    expect(view.codings.find((c) => c.passage)?.passage).toEqual({
      start,
      end: start + 'maanden wachten'.length,
    });

    const agreement = await researcher.portal.codebook.agreement({ projectId });
    expect(agreement.stories).toBe(4);
    const w = agreement.codes.find((c) => c.codeId === waiting.id)!;
    // Coders in name order: rows ahmed (yes, no), columns rosa.
    expect(agreement.pair?.map((c) => c.name)).toEqual(['ahmed', 'rosa']);
    expect(w.table).toEqual([
      [1, 0],
      [1, 2],
    ]);
    // p_o = 3/4, p_e = 1/2·1/4 + 1/2·3/4 = 1/2, κ = 0.5.
    expect(w.result.kappa).toBeCloseTo(0.5, 12);

    // A code in use is deleted only when confirmed; its applications go with it.
    const refused = await expectAppError(
      researcher.portal.codebook.delete({ projectId, codeId: waiting.id }),
      'CONFLICT',
    );
    expect(refused.message).toContain('keer toegepast');
    expect(
      await researcher.portal.codebook.delete({
        projectId,
        codeId: waiting.id,
        removeCodings: true,
      }),
    ).toEqual({ codings: 4, children: 0 });
    const rest = await researcher.portal.codebook.list({ projectId });
    expect(rest.codes.map((c) => c.name)).toEqual(['Zorg']);

    // A coder removes only their own coding.
    const theirs = (
      await analyst.portal.coding.story({ projectId, storyId: ids[2]! })
    ).codings.find((c) => !c.mine)!;
    await expectAppError(
      analyst.portal.coding.remove({ projectId, codingId: theirs.id }),
      'NOT_FOUND',
    );
  });
});

describe('retention setting', () => {
  it('is the owner’s, validated and audited', async () => {
    api = await createTestApi();
    const projectId = api.projectId;
    const { browser: owner } = await signedIn(api, 'owner');
    expect(await owner.portal.retention.get({ projectId })).toEqual({ policy: null });
    await expectAppError(
      owner.portal.retention.set({ projectId, policy: { afterMonths: 0, mode: 'delete' } }),
      'BAD_INPUT',
    );
    expect(
      await owner.portal.retention.set({ projectId, policy: { afterMonths: 24, mode: 'reduce' } }),
    ).toEqual({ policy: { afterMonths: 24, mode: 'reduce' } });
    const log = await owner.portal.audit({ projectId, limit: 10 });
    expect(log.entries.map((e) => e.action)).toContain('project.retention-set');
  });
});
