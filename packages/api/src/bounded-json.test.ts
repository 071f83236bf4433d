import { countStories } from '@duiding/db';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestApi, expectAppError, storyInput, type TTestApi } from '../test/harness';
import { measureJson, zBoundedJson } from './bounded-json';

let api: TTestApi | undefined;
afterEach(() => api?.database.close());

/** `[[[…[1]…]]]`, `depth` levels, built without recursion. */
function nested(depth: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

describe('measureJson', () => {
  it('counts the bytes JSON.stringify would write, in UTF-8', () => {
    for (const value of [
      null,
      true,
      false,
      0,
      -1.5e-7,
      'ë"\\\n',
      [],
      {},
      [1, 'twee', { drie: [null, false] }],
      { 'a"b': { x: 0.25, y: 1 }, leeg: [] },
    ]) {
      expect(measureJson(value, { maxDepth: 10, maxBytes: 1e6 })).toEqual({
        ok: true,
        bytes: new TextEncoder().encode(JSON.stringify(value)).length,
      });
    }
  });

  it('stops at the depth bound without a stack overflow, also at depth 100 000', () => {
    expect(measureJson(nested(100_000), { maxDepth: 8, maxBytes: 1e9 })).toEqual({
      ok: false,
      problem: 'depth',
    });
    expect(measureJson(nested(8), { maxDepth: 8, maxBytes: 1e9 }).ok).toBe(true);
    expect(measureJson(nested(9), { maxDepth: 8, maxBytes: 1e9 }).ok).toBe(false);
  });

  it('refuses what JSON cannot carry', () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, undefined, () => 1, new Date(0)]) {
      expect(measureJson(value, { maxDepth: 8, maxBytes: 1e6 })).toEqual({
        ok: false,
        problem: 'type',
      });
    }
  });

  it('names the bound in its message', () => {
    const schema = zBoundedJson({ maxDepth: 3, maxBytes: 100 });
    expect(schema.safeParse(nested(4)).error?.issues[0]?.message).toMatch(
      /te diep genest: hooguit 3/,
    );
    expect(schema.safeParse('x'.repeat(200)).error?.issues[0]?.message).toMatch(/te groot/);
    expect(schema.safeParse({ a: [1, 2] }).success).toBe(true);
  });
});

describe('JSON that an anonymous caller stores', () => {
  it('refuses a draft nested 6 000 deep with a message, not a server error, and keeps nothing', async () => {
    api = await createTestApi();
    const draft = {
      participantAnswers: {},
      story: { language: 'nl' as const },
      answers: { boodschap: nested(6000) },
    };
    const refused = await expectAppError(
      api.caller().intake.saveDraft({ collectionId: api.collectionId, draft }),
      'BAD_INPUT',
    );
    expect(refused.message).toMatch(/te diep genest/);
    expect(refused.answerErrors[0]?.question).toBe('draft.answers.boodschap');
  });

  it('refuses a story whose answer nests too deep, and stores no story', async () => {
    api = await createTestApi();
    const input = storyInput(api.collectionId);
    const refused = await expectAppError(
      api
        .caller()
        .intake.submitStory({ ...input, answers: { ...input.answers, gevoel: nested(50) } }),
      'BAD_INPUT',
    );
    expect(refused.message).toMatch(/te diep genest/);
    expect(countStories(api.database.orm, api.collectionId)).toBe(0);
  });
});
