import { createProject } from '@duiding/db';
import { type TFramework, zhzJeugdhulp } from '@duiding/survey';
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

/** A small draft with a triad and a question shown only for parents. */
const DRAFT: TFramework = {
  id: 'proef',
  version: 1,
  kind: 'stories',
  title: { nl: 'Proef' },
  languages: ['nl'],
  prompts: [{ id: 'vertel', label: { nl: 'Vertel over een moment' } }],
  storyFields: {
    title: { label: { nl: 'Titel' }, maxLength: 120 },
    text: { label: { nl: 'Verhaal' }, minLength: 20, maxLength: 50_000 },
  },
  sections: [],
  signifiers: [
    {
      id: 'hulp',
      kind: 'triad',
      label: { nl: 'De hulp was' },
      required: true,
      corners: [
        { id: 'snel', label: { nl: 'snel' } },
        { id: 'goed', label: { nl: 'goed' } },
        { id: 'dichtbij', label: { nl: 'dichtbij' } },
      ],
    } as TFramework['signifiers'][number],
  ],
  participantQuestions: [],
};

async function designer(test: TTestApi) {
  const browser = test.caller({ cookies: new MemoryCookieJar() });
  await browser.portal.signIn(MEMBER); // a researcher: may design
  return browser;
}

describe('portal.frameworks', () => {
  it('creates a draft, saves it, publishes it; a published version never changes, saving over it makes the next draft', async () => {
    api = await createTestApi();
    const browser = await designer(api);
    const projectId = api.projectId;
    const created = await browser.portal.frameworks.create({
      projectId,
      title: 'Proef',
      definition: DRAFT,
    });
    expect(created).toMatchObject({ key: 'proef', version: 1, status: 'draft' });

    const edited = { ...DRAFT, title: { nl: 'Proef, bijgewerkt' } };
    const saved = await browser.portal.frameworks.saveDraft({
      projectId,
      versionId: created.id,
      definition: edited,
    });
    expect(saved).toMatchObject({
      id: created.id,
      createdDraft: false,
      definition: { title: { nl: 'Proef, bijgewerkt' } },
    });

    const published = await browser.portal.frameworks.publish({ projectId, versionId: created.id });
    expect(published.status).toBe('published');
    expect(published.publishedAt).toBe(DURING.toISOString());
    await expectAppError(
      browser.portal.frameworks.publish({ projectId, versionId: created.id }),
      'CONFLICT',
    );

    const next = await browser.portal.frameworks.saveDraft({
      projectId,
      versionId: created.id,
      definition: { ...edited, title: { nl: 'Proef 2' } },
    });
    expect(next).toMatchObject({
      createdDraft: true,
      version: 2,
      status: 'draft',
      definition: { version: 2 },
    });
    const v1 = await browser.portal.frameworks.version({ projectId, versionId: created.id });
    expect(v1.definition.title).toEqual({ nl: 'Proef, bijgewerkt' });

    const { frameworks } = await browser.portal.frameworks.list({ projectId });
    expect(
      frameworks.find((f) => f.key === 'proef')?.versions.map((v) => [v.version, v.status]),
    ).toEqual([
      [2, 'draft'],
      [1, 'published'],
    ]);
  });

  it("refuses an invalid draft with errors that name the place, and another project's version", async () => {
    api = await createTestApi();
    const browser = await designer(api);
    const created = await browser.portal.frameworks.create({
      projectId: api.projectId,
      title: 'Proef',
      definition: DRAFT,
    });
    const broken = { ...DRAFT, signifiers: [{ ...DRAFT.signifiers[0]!, corners: [] }] };
    const refused = await expectAppError(
      browser.portal.frameworks.saveDraft({
        projectId: api.projectId,
        versionId: created.id,
        definition: broken as unknown as TFramework,
      }),
      'BAD_INPUT',
    );
    expect(refused.answerErrors.map((e) => e.question)).toContain(
      'definition.signifiers.0.corners',
    );

    const other = createProject(api.database.orm, { slug: 'ander', name: 'Ander', now: DURING });
    const outsider = await api.addUser({
      email: 'ander@example.nl',
      role: 'owner',
      projectId: other.id,
    });
    const theirs = api.caller({ cookies: new MemoryCookieJar() });
    await theirs.portal.signIn(outsider);
    await expectAppError(
      theirs.portal.frameworks.version({ projectId: other.id, versionId: created.id }),
      'NOT_FOUND',
    );
  });

  it("copies last year's framework to a new framework and to a new version, and exports and imports JSON", async () => {
    api = await createTestApi();
    const browser = await designer(api);
    const projectId = api.projectId;
    const [zhz] = (await browser.portal.frameworks.list({ projectId })).frameworks;
    const published = zhz!.versions[0]!;

    const nextYear = await browser.portal.frameworks.copy({
      projectId,
      versionId: published.id,
      asNew: { key: 'zhz_2027', title: 'ZHZ 2027' },
    });
    expect(nextYear).toMatchObject({
      key: 'zhz_2027',
      title: 'ZHZ 2027',
      version: 1,
      status: 'draft',
    });
    expect(nextYear.definition.signifiers).toEqual(zhzJeugdhulp.signifiers);
    const again = await browser.portal.frameworks.copy({ projectId, versionId: published.id });
    expect(again).toMatchObject({ key: zhzJeugdhulp.id, version: 2 });

    const file = await browser.portal.frameworks.export({ projectId, versionId: published.id });
    expect(file).toMatchObject({
      format: 'duiding-framework',
      formatVersion: 1,
      framework: { id: zhzJeugdhulp.id },
    });
    const imported = await browser.portal.frameworks.import({
      projectId,
      json: JSON.stringify(file),
    });
    expect(imported).toMatchObject({ key: zhzJeugdhulp.id, version: 3, status: 'draft' });

    const bad = JSON.stringify({ ...file, framework: { ...file.framework, languages: ['fr'] } });
    const refused = await expectAppError(
      browser.portal.frameworks.import({ projectId, json: bad }),
      'INVALID_ANSWERS',
    );
    expect(refused.answerErrors[0]?.question).toBe('framework.languages.0');
    expect(refused.message).toMatch(/^framework\.languages\.0: /);
    await expectAppError(
      browser.portal.frameworks.import({ projectId, json: '{niet' }),
      'INVALID_ANSWERS',
    );
  });

  it('shares a draft by a review link: reviewers open it without an account and comment per question; the designer reads them', async () => {
    api = await createTestApi();
    const browser = await designer(api);
    const projectId = api.projectId;
    const draft = await browser.portal.frameworks.create({
      projectId,
      title: 'Proef',
      definition: DRAFT,
    });
    const link = await browser.portal.frameworks.createReviewLink({
      projectId,
      versionId: draft.id,
    });
    expect(link.expiresAt).toBe(new Date(DURING.getTime() + 14 * 86_400_000).toISOString());

    const reviewer = api.caller({ address: '192.0.2.200' });
    const opened = await reviewer.portal.review.open({ token: link.token });
    expect(opened.framework.id).toBe('proef');
    await reviewer.portal.review.comment({
      token: link.token,
      questionId: 'hulp',
      authorName: 'Sanne',
      body: 'Wat is "dichtbij"?',
    });
    api.setNow(new Date(DURING.getTime() + 60_000));
    await reviewer.portal.review.comment({
      token: link.token,
      questionId: '_general',
      body: 'Mooi kort.',
    });
    await expectAppError(
      reviewer.portal.review.comment({ token: link.token, questionId: 'bestaat_niet', body: 'x' }),
      'NOT_FOUND',
    );
    await expectAppError(
      reviewer.portal.review.comment({
        token: link.token,
        questionId: 'hulp',
        body: 'x'.repeat(2001),
      }),
      'BAD_INPUT',
    );

    const { comments } = await browser.portal.frameworks.comments({
      projectId,
      versionId: draft.id,
    });
    expect(comments.map((c) => [c.questionId, c.authorName, c.body])).toEqual([
      ['hulp', 'Sanne', 'Wat is "dichtbij"?'],
      ['_general', null, 'Mooi kort.'],
    ]);

    await browser.portal.frameworks.revokeReviewLink({
      projectId,
      versionId: draft.id,
      linkId: link.id,
    });
    await expectAppError(reviewer.portal.review.open({ token: link.token }), 'NOT_FOUND');
    await expectAppError(reviewer.portal.review.open({ token: 'y'.repeat(43) }), 'NOT_FOUND');
  });

  it('limits review requests per address', async () => {
    api = await createTestApi();
    const reviewer = api.caller({ address: '192.0.2.201' });
    for (let i = 0; i < 120; i++) {
      await expectAppError(reviewer.portal.review.open({ token: 'z'.repeat(43) }), 'NOT_FOUND');
    }
    await expectAppError(reviewer.portal.review.open({ token: 'z'.repeat(43) }), 'RATE_LIMITED');
    await expectAppError(
      api.caller({ address: '192.0.2.202' }).portal.review.open({ token: 'z'.repeat(43) }),
      'NOT_FOUND',
    );
  });
});
