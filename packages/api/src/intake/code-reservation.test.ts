import { countParticipants, countStories, findParticipantByCodeHash } from '@duiding/db';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestApi, expectAppError, storyInput, type TTestApi } from '../../test/harness';
import { RateLimiter } from '../auth/rate-limit';
import { RESERVATION_MS } from './code-reservation';
import { hashParticipantCode, normaliseParticipantCode } from './participant-code';

let api: TTestApi | undefined;
afterEach(() => api?.database.close());

const SHOWN_CODE = /^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/;

describe('intake.reserveCode: the code survives a lost reply', () => {
  it('gives a code before the story; the story takes it, and every retry shows it again', async () => {
    api = await createTestApi();
    const browser = api.caller();
    const { code, ticket } = await browser.intake.reserveCode();
    expect(code).toMatch(SHOWN_CODE);
    // Nothing is stored for a reservation: the code means nothing until a story comes with it.
    await expectAppError(browser.intake.myStories({ code }), 'NOT_FOUND');

    const story = { ...storyInput(api.collectionId), participantCode: code, codeTicket: ticket };
    const first = await browser.intake.submitStory(story);
    // The reply of `first` is lost; the browser sends the same story again, with the code.
    const retry = await browser.intake.submitStory(story);
    expect(first).toMatchObject({ duplicate: false, participantCode: code });
    expect(retry).toEqual({ storyId: first.storyId, duplicate: true, participantCode: code });

    // The code is the participant's: it lists and withdraws the story.
    expect((await browser.intake.myStories({ code })).stories).toHaveLength(1);
    expect(await browser.intake.withdraw({ code })).toEqual({ withdrawn: 1 });
    // The participant is found by the code's keyed hash, which is what is stored.
    const canonical = normaliseParticipantCode(code)!;
    const hash = hashParticipantCode(api.database.orm, canonical, api.services.clock());
    expect(findParticipantByCodeHash(api.database.orm, hash)).toBeDefined();
  });

  it('takes a second story of the same person with the same code to the same participant', async () => {
    api = await createTestApi();
    const browser = api.caller();
    const { code, ticket } = await browser.intake.reserveCode();
    await browser.intake.submitStory({
      ...storyInput(api.collectionId),
      participantCode: code,
      codeTicket: ticket,
    });
    const second = await browser.intake.submitStory({
      ...storyInput(api.collectionId),
      participantCode: code,
    });
    expect(second.participantCode).toBe(code);
    expect(countParticipants(api.database.orm)).toBe(1);
    expect((await browser.intake.myStories({ code })).stories).toHaveLength(2);
  });

  it('refuses a code with a forged, borrowed or expired ticket, and stores nothing', async () => {
    api = await createTestApi();
    const browser = api.caller();
    const one = await browser.intake.reserveCode();
    const other = await browser.intake.reserveCode();
    const send = (participantCode: string, codeTicket: string) =>
      browser.intake.submitStory({ ...storyInput(api!.collectionId), participantCode, codeTicket });

    // A code the browser made up, with a ticket of another code.
    const forged = await expectAppError(send('K7QP-MW3D-9XRT', one.ticket), 'BAD_INPUT');
    expect(forged.message).toContain('Laad de pagina opnieuw');
    await expectAppError(send(other.code, one.ticket), 'BAD_INPUT');
    await expectAppError(send(one.code, 'not-a-ticket'), 'BAD_INPUT');
    // A ticket whose expiry was moved forward no longer matches its MAC.
    const [expires, mac] = one.ticket.split('.');
    await expectAppError(send(one.code, `${Number(expires) + 1}.${mac}`), 'BAD_INPUT');

    api.setNow(new Date(api.services.clock().getTime() + RESERVATION_MS));
    const expired = await expectAppError(send(one.code, one.ticket), 'BAD_INPUT');
    expect(expired.message).toContain('verlopen');
    expect(countStories(api.database.orm)).toBe(0);
  });

  it('does not show a code that is not the participant’s, not even on a retry', async () => {
    api = await createTestApi();
    const browser = api.caller();
    const mine = await browser.intake.reserveCode();
    const story = {
      ...storyInput(api.collectionId),
      participantCode: mine.code,
      codeTicket: mine.ticket,
    };
    await browser.intake.submitStory(story);
    const stranger = await browser.intake.reserveCode();
    const retry = await browser.intake.submitStory({
      ...story,
      participantCode: stranger.code,
      codeTicket: stranger.ticket,
    });
    expect(retry.duplicate).toBe(true);
    expect(retry.participantCode).toBeUndefined();
  });
});

describe('intake.submitStory: a retry before the rate limit', () => {
  it('answers a retry of a stored story as the first time, even past the limit, and does not count it', async () => {
    const rateLimiter = new RateLimiter({ submitStory: { max: 2, windowMs: 60_000 } });
    api = await createTestApi({ rateLimiter });
    const classroom = api.caller({ address: '198.51.100.1' });
    const story = storyInput(api.collectionId);
    const first = await classroom.intake.submitStory(story);

    // Twenty retries of the same story (a flaky school network) use none of the budget.
    for (let i = 0; i < 20; i++) {
      expect(await classroom.intake.submitStory(story)).toMatchObject({
        storyId: first.storyId,
        duplicate: true,
      });
    }
    await classroom.intake.submitStory(storyInput(api.collectionId));
    // Now the budget is used up by two new stories, yet the retry still gets its answer.
    await expectAppError(
      classroom.intake.submitStory(storyInput(api.collectionId)),
      'RATE_LIMITED',
    );
    expect((await classroom.intake.submitStory(story)).storyId).toBe(first.storyId);
    expect(countStories(api.database.orm)).toBe(2);
  });
});
