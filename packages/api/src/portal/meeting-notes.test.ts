import { readEveryTable } from '@duiding/db';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectAppError, MemoryCookieJar } from '../../test/harness';
import { createPanelTest, type TPanelTest } from '../../test/panel-harness';

vi.setConfig({ testTimeout: 120_000 });

let test: TPanelTest | undefined;
afterEach(() => test?.api.database.close());

async function signedIn(t: TPanelTest, role: 'moderator' | 'interpreter') {
  const user = await t.api.addUser({ email: `${role}@example.nl`, role });
  const caller = t.api.caller({ cookies: new MemoryCookieJar() });
  await caller.portal.signIn({ email: user.email, password: user.password });
  return caller;
}

describe('portal.panel meeting notes', () => {
  it('keeps one note per slide as an observation on the wave, replaced on save and removed when emptied', async () => {
    test = await createPanelTest();
    const t = test;
    const { projectId } = t.api;
    const first = await t.researcher.portal.panel.saveMeetingNote({
      projectId,
      collectionId: t.wave1,
      slideId: 'ruimte_oordeel',
      body: '  De zaal herkent het: minder tijd voor gezinnen.  ',
    });
    expect(first.observationId).toEqual(expect.any(String));
    const again = await t.researcher.portal.panel.saveMeetingNote({
      projectId,
      collectionId: t.wave1,
      slideId: 'ruimte_oordeel',
      body: 'De zaal herkent het: minder tijd voor gezinnen, meer voor formulieren.',
    });
    expect(again.observationId).toBe(first.observationId);
    await t.researcher.portal.panel.saveMeetingNote({
      projectId,
      collectionId: t.wave1,
      slideId: 'trend',
      body: 'Stabiel sinds de vorige ronde.',
    });

    const { notes } = await t.researcher.portal.panel.meetingNotes({
      projectId,
      collectionId: t.wave1,
    });
    expect(notes.map((n) => [n.slideId, n.body])).toEqual([
      ['ruimte_oordeel', 'De zaal herkent het: minder tijd voor gezinnen, meer voor formulieren.'],
      ['trend', 'Stabiel sinds de vorige ronde.'],
    ]);
    // In catalysis they are observations about the wave, named for their slide.
    const { observations } = await t.researcher.portal.catalysis.observations({
      projectId,
      collectionId: t.wave1,
    });
    expect(observations).toHaveLength(2);
    expect(observations[0]!.subject).toEqual({ kind: 'collection', collectionId: t.wave1 });
    expect(observations[0]!.title).toMatch(/^Bijeenkomst: /);
    expect(observations[1]!.title).toBe('Bijeenkomst: door de rondes heen');
    // The other wave has none.
    expect(
      (await t.researcher.portal.panel.meetingNotes({ projectId, collectionId: t.wave2 })).notes,
    ).toEqual([]);

    const emptied = await t.researcher.portal.panel.saveMeetingNote({
      projectId,
      collectionId: t.wave1,
      slideId: 'trend',
      body: '   ',
    });
    expect(emptied.observationId).toBeNull();
    expect(
      (await t.researcher.portal.panel.meetingNotes({ projectId, collectionId: t.wave1 })).notes,
    ).toHaveLength(1);
    expect(
      readEveryTable(t.api.database.orm).observations?.map((o) => (o as { title: string }).title),
    ).toHaveLength(1);
  });

  it('refuses a slide the wave does not have, a public collection, and another project’s wave', async () => {
    test = await createPanelTest();
    const t = test;
    const { projectId } = t.api;
    await expectAppError(
      t.researcher.portal.panel.saveMeetingNote({
        projectId,
        collectionId: t.wave1,
        slideId: 'bestaat_niet',
        body: 'Tekst',
      }),
      'NOT_FOUND',
    );
    await expectAppError(
      t.researcher.portal.panel.saveMeetingNote({
        projectId,
        collectionId: t.api.collectionId,
        slideId: 'opening',
        body: 'Tekst',
      }),
      'BAD_INPUT',
    );
    await expectAppError(
      t.researcher.portal.panel.meetingNotes({ projectId, collectionId: 'elders' }),
      'NOT_FOUND',
    );
    await expectAppError(
      t.researcher.portal.panel.saveMeetingNote({
        projectId,
        collectionId: t.wave1,
        slideId: 'opening',
        body: 'x'.repeat(10_001),
      }),
      'BAD_INPUT',
    );
  });

  it('lets the interpretation group take notes and keeps a moderator out', async () => {
    test = await createPanelTest();
    const t = test;
    const { projectId } = t.api;
    const interpreter = await signedIn(t, 'interpreter');
    const saved = await interpreter.portal.panel.saveMeetingNote({
      projectId,
      collectionId: t.wave1,
      slideId: 'opening',
      body: 'Opening: veertig collega’s deden mee.',
    });
    expect(saved.observationId).toEqual(expect.any(String));
    const moderator = await signedIn(t, 'moderator');
    await expectAppError(
      moderator.portal.panel.saveMeetingNote({
        projectId,
        collectionId: t.wave1,
        slideId: 'opening',
        body: 'Mag niet',
      }),
      'FORBIDDEN',
    );
    await expectAppError(
      moderator.portal.panel.meetingNotes({ projectId, collectionId: t.wave1 }),
      'FORBIDDEN',
    );
    await expectAppError(
      moderator.portal.panel.results({ projectId, collectionId: t.wave1 }),
      'FORBIDDEN',
    );
    expect(
      (await t.researcher.portal.panel.meetingNotes({ projectId, collectionId: t.wave1 })).notes,
    ).toHaveLength(1);
  });
});
