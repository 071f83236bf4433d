import {
  addProjectMember,
  countParticipants,
  countStories,
  findParticipantByCodeHash,
  findUserByEmail,
  listProjectStories,
  MEMBER_ROLES,
  setStoryStatus,
  type TStoryStatus,
} from '@duiding/db';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createTestApi,
  DURING,
  expectAppError,
  MEMBER,
  MemoryCookieJar,
  storyInput,
  type TTestApi,
} from '../../test/harness';
import { RateLimiter } from '../auth/rate-limit';
import { MAX_DRAFT_BYTES } from './drafts.schema';
import {
  CODE_ALPHABET,
  CODE_ENTROPY_BITS,
  formatParticipantCode,
  generateParticipantCode,
  hashParticipantCode,
  normaliseParticipantCode,
} from './participant-code';

let api: TTestApi | undefined;
afterEach(() => api?.database.close());

const SHOWN_CODE = /^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/;
const DAY = 86_400_000;

/** A code in the shape people write it down: lower case, spaces instead of dashes. */
const asTyped = (code: string) => code.toLowerCase().replaceAll('-', ' ');

function draftOf(overrides: Record<string, unknown> = {}) {
  return {
    participantAnswers: { rol: 'grootouder' },
    story: { promptId: 'gehoord', title: 'Half af', text: 'Ik was begonnen met', language: 'nl' },
    answers: { betrokken: 0.4 },
    step: 'q:hulp',
    ...overrides,
  } as const;
}

describe('personal codes', () => {
  it('have 12 symbols of an alphabet without 0, O, 1, I and L, at least 50 bits, and do not repeat', () => {
    expect(CODE_ALPHABET).not.toMatch(/[0O1IL]/);
    expect(CODE_ENTROPY_BITS).toBeGreaterThanOrEqual(50);
    const codes = Array.from({ length: 2000 }, generateParticipantCode);
    for (const code of codes) expect(formatParticipantCode(code)).toMatch(SHOWN_CODE);
    expect(new Set(codes).size).toBe(codes.length);
    // Every symbol turns up (a biased or truncated alphabet would leave some out).
    expect(new Set(codes.join('')).size).toBe(CODE_ALPHABET.length);
  });

  it('draw every symbol equally often (no modulo bias, no byte used twice)', () => {
    const symbols = Array.from({ length: 10_000 }, generateParticipantCode).join('');
    const expected = symbols.length / CODE_ALPHABET.length;
    let chiSquare = 0;
    for (const symbol of CODE_ALPHABET) {
      const count = symbols.split(symbol).length - 1;
      chiSquare += (count - expected) ** 2 / expected;
    }
    // 30 degrees of freedom: above 80 happens by chance about once in a million runs;
    // `byte % 31` without rejection gives about 280 here.
    expect(chiSquare).toBeLessThan(80);
  });

  it('are read back with or without dashes and spaces, in any case', () => {
    expect(normaliseParticipantCode('K7QP-MW3D-9XRT')).toBe('K7QPMW3D9XRT');
    expect(normaliseParticipantCode(' k7qp mw3d 9xrt ')).toBe('K7QPMW3D9XRT');
    expect(normaliseParticipantCode('k7qpmw3d9xrt')).toBe('K7QPMW3D9XRT');
    expect(normaliseParticipantCode('K7QP-MW3D-9XR')).toBeUndefined();
    expect(normaliseParticipantCode('K7QP-MW3D-9XR0')).toBeUndefined();
    expect(normaliseParticipantCode('K7QP-MW3D-9XRI')).toBeUndefined();
  });
});

describe('intake.submitStory and the personal code', () => {
  it('gives a new participant a code once; a second story with it keeps the participant', async () => {
    api = await createTestApi();
    const one = storyInput(api.collectionId);
    const first = await api.caller().intake.submitStory(one);
    const retry = await api.caller().intake.submitStory(one);
    const code = first.participantCode!;
    const second = await api.caller().intake.submitStory({
      ...storyInput(api.collectionId),
      participant: one.participant,
      participantCode: code,
    });

    expect(code).toMatch(SHOWN_CODE);
    expect(retry).toEqual({ storyId: first.storyId, duplicate: true });
    // The code sent along is the participant's, so the reply shows it again.
    expect(second).toEqual({ storyId: second.storyId, duplicate: false, participantCode: code });
    expect(countParticipants(api.database.orm)).toBe(1);
    // Only the keyed hash is stored: the code itself finds nothing.
    const db = api.database.orm;
    const canonical = normaliseParticipantCode(code)!;
    expect(findParticipantByCodeHash(db, canonical)).toBeUndefined();
    expect(findParticipantByCodeHash(db, hashParticipantCode(db, canonical, DURING))).toBeDefined();
  });

  it('joins a story sent with the code from another device to the same participant', async () => {
    api = await createTestApi();
    const { participantCode } = await api.caller().intake.submitStory(storyInput(api.collectionId));
    const fromPhone = await api.caller({ address: '198.51.100.9' }).intake.submitStory({
      ...storyInput(api.collectionId),
      participantCode: asTyped(participantCode!),
    });
    expect(fromPhone.participantCode).toBe(participantCode);
    expect(countParticipants(api.database.orm)).toBe(1);
    expect(countStories(api.database.orm)).toBe(2);
  });

  it('refuses a code that was never given out, and stores nothing', async () => {
    api = await createTestApi();
    const error = await expectAppError(
      api.caller().intake.submitStory({
        ...storyInput(api.collectionId),
        participantCode: 'K7QP-MW3D-9XRT',
      }),
      'NOT_FOUND',
    );
    expect(error.message).toMatch(/code kennen we niet/);
    expect(countStories(api.database.orm)).toBe(0);
  });
});

describe('intake.myStories and intake.withdraw', () => {
  it('lists the titles and days, then withdraws every story of the code, also when repeated', async () => {
    api = await createTestApi();
    const one = storyInput(api.collectionId);
    const { participantCode } = await api.caller().intake.submitStory(one);
    api.setNow(new Date(DURING.getTime() + DAY));
    await api.caller().intake.submitStory({
      ...storyInput(api.collectionId, { story: { ...one.story, title: 'Tweede verhaal' } }),
      participant: one.participant,
      participantCode,
    });
    const other = await api.caller().intake.submitStory(storyInput(api.collectionId));
    const code = asTyped(participantCode!);

    expect(await api.caller().intake.myStories({ code })).toEqual({
      stories: [
        {
          id: expect.any(String),
          title: 'Eindelijk iemand die luisterde',
          createdOn: '2026-11-15',
        },
        { id: expect.any(String), title: 'Tweede verhaal', createdOn: '2026-11-16' },
      ],
      withdrawnCount: 0,
      hasDraft: false,
    });
    expect(await api.caller().intake.withdraw({ code })).toEqual({ withdrawn: 2 });
    expect(await api.caller().intake.withdraw({ code: participantCode! })).toEqual({
      withdrawn: 2,
    });
    expect(await api.caller().intake.myStories({ code })).toEqual({
      stories: [],
      withdrawnCount: 2,
      hasDraft: false,
    });

    // Nothing of the text or answers is left, for anyone.
    const stored = listProjectStories(api.database.orm, {
      projectId: api.projectId,
      limit: 10,
      statuses: ['withdrawn'],
    }).stories;
    expect(stored.map((s) => [s.title, s.text, s.answers, s.participantAnswers])).toEqual([
      ['', '', {}, {}],
      ['', '', {}, {}],
    ]);
    const browser = api.caller({ cookies: new MemoryCookieJar() });
    await browser.portal.signIn(MEMBER);
    const portal = await browser.portal.stories({ projectId: api.projectId });
    expect(portal.stories.map((s) => s.id)).toEqual([other.storyId]);
  });

  it('withdraws after the collection closed too', async () => {
    api = await createTestApi();
    const { participantCode } = await api.caller().intake.submitStory(storyInput(api.collectionId));
    api.setNow(new Date('2027-06-01T10:00:00Z'));
    expect(await api.caller().intake.withdraw({ code: participantCode! })).toEqual({
      withdrawn: 1,
    });
  });

  it('says in Dutch when a code is unknown or cannot be a code, and withdraws nothing', async () => {
    api = await createTestApi();
    await api.caller().intake.submitStory(storyInput(api.collectionId));
    const unknown = await expectAppError(
      api.caller().intake.withdraw({ code: 'K7QP-MW3D-9XRT' }),
      'NOT_FOUND',
    );
    expect(unknown.message).toMatch(/Deze code kennen we niet/);
    const malformed = await expectAppError(
      api.caller().intake.myStories({ code: 'O0O0-1111' }),
      'BAD_INPUT',
    );
    expect(malformed.message).toMatch(/12 tekens/);
    expect(
      listProjectStories(api.database.orm, { projectId: api.projectId, limit: 5 }).stories,
    ).toHaveLength(1);
  });

  it('stops an address after 10 wrong codes, even for the right code, until the window passes', async () => {
    api = await createTestApi({
      rateLimiter: new RateLimiter({ participantCodeFailure: { max: 10, windowMs: 15 * 60_000 } }),
    });
    const { participantCode } = await api.caller().intake.submitStory(storyInput(api.collectionId));
    const guesser = api.caller({ address: '192.0.2.66' });
    for (let i = 0; i < 10; i++) {
      await expectAppError(
        guesser.intake.myStories({ code: generateParticipantCode() }),
        'NOT_FOUND',
      );
    }
    const limited = await expectAppError(
      guesser.intake.withdraw({ code: participantCode! }),
      'RATE_LIMITED',
    );
    expect(limited.message).toMatch(/Wacht een kwartier/);
    await expectAppError(guesser.intake.loadDraft({ code: participantCode! }), 'RATE_LIMITED');
    // Another address is not affected, and right codes do not count.
    for (let i = 0; i < 12; i++) {
      await api.caller({ address: '192.0.2.67' }).intake.myStories({ code: participantCode! });
    }
    api.setNow(new Date(DURING.getTime() + 15 * 60_000));
    expect(await guesser.intake.withdraw({ code: participantCode! })).toEqual({ withdrawn: 1 });
  });
});

describe('intake.saveDraft and intake.loadDraft', () => {
  it('saves a partial story under a new code, loads it by that code, and replaces it on the next save', async () => {
    api = await createTestApi();
    const { code } = await api.caller().intake.saveDraft({
      collectionId: api.collectionId,
      draft: draftOf(),
    });
    expect(code).toMatch(SHOWN_CODE);
    expect(await api.caller().intake.loadDraft({ code: asTyped(code) })).toEqual({
      collectionId: api.collectionId,
      draft: draftOf(),
      updatedOn: '2026-11-15',
    });

    api.setNow(new Date(DURING.getTime() + DAY));
    const again = await api.caller().intake.saveDraft({
      code,
      collectionId: api.collectionId,
      draft: draftOf({ step: 'story' }),
    });
    expect(again).toEqual({ code });
    expect(await api.caller().intake.loadDraft({ code })).toMatchObject({
      draft: { step: 'story' },
      updatedOn: '2026-11-16',
    });
    expect(countStories(api.database.orm)).toBe(0);
  });

  it('ends the draft when its story is sent with the code, and keeps the code for the participant', async () => {
    api = await createTestApi();
    const { code } = await api.caller().intake.saveDraft({
      collectionId: api.collectionId,
      draft: draftOf(),
    });
    const sent = await api.caller().intake.submitStory({
      ...storyInput(api.collectionId),
      participantCode: code,
    });
    expect(sent.participantCode).toBe(code);
    const gone = await expectAppError(api.caller().intake.loadDraft({ code }), 'NOT_FOUND');
    expect(gone.message).toMatch(/geen verhaal bewaard/);
    expect(await api.caller().intake.withdraw({ code })).toEqual({ withdrawn: 1 });
  });

  it('forgets a draft 30 days after its last save', async () => {
    api = await createTestApi();
    const { code } = await api.caller().intake.saveDraft({
      collectionId: api.collectionId,
      draft: draftOf(),
    });
    api.setNow(new Date(DURING.getTime() + 30 * DAY - 1));
    await api.caller().intake.loadDraft({ code });
    api.setNow(new Date(DURING.getTime() + 30 * DAY));
    await expectAppError(api.caller().intake.loadDraft({ code }), 'NOT_FOUND');
  });

  it('refuses a draft over 200 kB, an unknown code and a closed collection, and keeps nothing', async () => {
    api = await createTestApi();
    const big = draftOf({ answers: { boodschap: 'x'.repeat(MAX_DRAFT_BYTES) } });
    const tooBig = await expectAppError(
      api.caller().intake.saveDraft({ collectionId: api.collectionId, draft: big }),
      'PAYLOAD_TOO_LARGE',
    );
    expect(tooBig.message).toMatch(/te groot om te bewaren/);
    await expectAppError(
      api.caller().intake.saveDraft({
        code: 'K7QP-MW3D-9XRT',
        collectionId: api.collectionId,
        draft: draftOf(),
      }),
      'NOT_FOUND',
    );
    api.setNow(new Date('2027-06-01T10:00:00Z'));
    await expectAppError(
      api.caller().intake.saveDraft({ collectionId: api.collectionId, draft: draftOf() }),
      'COLLECTION_CLOSED',
    );
    const bad = await expectAppError(
      api.caller().intake.saveDraft({
        collectionId: api.collectionId,
        draft: { ...draftOf(), step: 's'.repeat(81) },
      }),
      'BAD_INPUT',
    );
    expect(bad.answerErrors[0]?.question).toBe('draft.step');
  });
});

describe('portal.stories by role', () => {
  it('gives the interpretation group approved stories only, and the research team all but withdrawn ones', async () => {
    api = await createTestApi();
    const db = api.database.orm;
    // Ten approved stories: fewer would be withheld from the interpretation group.
    const statuses = [
      ...Array<TStoryStatus>(10).fill('approved'),
      'pending',
      'rejected',
      'withdrawn',
    ] as const;
    for (const status of statuses) {
      const { storyId } = await api.caller().intake.submitStory(storyInput(api.collectionId));
      setStoryStatus(db, storyId, status);
    }
    const member = findUserByEmail(db, MEMBER.email)!;
    const browser = api.caller({ cookies: new MemoryCookieJar() });
    await browser.portal.signIn(MEMBER);

    const seen: Record<string, string[]> = {};
    // Collectors read no stories at all (see the authorization matrix).
    for (const role of MEMBER_ROLES.filter((r) => r !== 'collector')) {
      addProjectMember(db, { projectId: api.projectId, userId: member.id, role, now: DURING });
      const { stories } = await browser.portal.stories({ projectId: api.projectId });
      seen[role] = [...new Set(stories.map((s) => s.status))].sort();
    }

    const team = ['approved', 'pending', 'rejected'];
    expect(seen).toEqual({
      owner: team,
      researcher: team,
      analyst: team,
      moderator: team,
      interpreter: ['approved'],
    });
  });
});
