import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  changedRowCount,
  countStories,
  inProcessStoryWriter,
  isProofOfWorkSignatureSpent,
  openDatabase,
  purgeSpentProofsOfWork,
  spendProofOfWorkSignature,
  startStoryWriterThread,
  type TStoryWriter,
} from '@duiding/db';
import { solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import { deriveKey as deriveKeyInBrowser } from 'altcha-lib/algorithms/web/sha';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createTestApi,
  DURING,
  expectAppError,
  MemoryCookieJar,
  storyInput,
  type TTestApi,
} from '../../test/harness';
import { RateLimiter } from '../auth/rate-limit';
import { createApiContext, createApiServices } from '../context';
import { createCaller } from '../router';
import { POW_VALID_MS } from './proof-of-work';

let api: TTestApi | undefined;
afterEach(() => api?.database.close());

/** What the browser's worker does, here in Node. */
async function solved(test: TTestApi, derive = deriveKey) {
  const challenge = await test.caller().intake.powChallenge();
  const solution = await solveChallenge({ challenge, deriveKey: derive });
  if (!solution) throw new Error('not solved');
  return { challenge: { ...challenge, signature: challenge.signature ?? '' }, solution };
}

/** The strict limit lets one story through, the proven ceiling five. */
const limits = () =>
  new RateLimiter({
    submitStory: { max: 1, windowMs: 60_000 },
    submitStoryProven: { max: 5, windowMs: 60_000 },
  });

describe('the proof of work', () => {
  it('lifts the strict per-address limit, once per solution', async () => {
    api = await createTestApi({ rateLimiter: limits() });
    const classroom = api.caller({ address: '198.51.100.1' });
    const send = (proofOfWork?: Awaited<ReturnType<typeof solved>>) =>
      classroom.intake.submitStory({
        ...storyInput(api!.collectionId),
        ...(proofOfWork ? { proofOfWork } : {}),
      });

    await send(); // the one story the strict limit allows
    await expectAppError(send(), 'RATE_LIMITED');
    const proof = await solved(api);
    await send(proof);
    // The same solution again counts as none.
    await expectAppError(send(proof), 'RATE_LIMITED');
    await send(await solved(api));
    // Solved as the browser's worker does (Web Crypto), it counts just the same.
    await send(await solved(api, deriveKeyInBrowser));
    expect(countStories(api.database.orm)).toBe(4);
  });

  it('keeps a solution whose story was refused, for the corrected story', async () => {
    api = await createTestApi({ rateLimiter: limits() });
    const browser = api.caller();
    await browser.intake.submitStory(storyInput(api.collectionId));
    const proof = await solved(api);
    const story = storyInput(api.collectionId);
    await expectAppError(
      browser.intake.submitStory({ ...story, answers: {}, proofOfWork: proof }),
      'INVALID_ANSWERS',
    );
    expect((await browser.intake.submitStory({ ...story, proofOfWork: proof })).duplicate).toBe(
      false,
    );
  });

  it('does not count an expired, tampered or unsolved challenge', async () => {
    api = await createTestApi({ rateLimiter: limits() });
    const browser = api.caller();
    await browser.intake.submitStory(storyInput(api.collectionId));
    const send = (proofOfWork: Awaited<ReturnType<typeof solved>>) =>
      browser.intake.submitStory({ ...storyInput(api!.collectionId), proofOfWork });

    const proof = await solved(api);
    const data = proof.challenge.parameters.data!;
    const longer = {
      ...proof,
      challenge: {
        ...proof.challenge,
        parameters: {
          ...proof.challenge.parameters,
          data: { ...data, expiresAtMs: Number(data.expiresAtMs) + POW_VALID_MS },
        },
      },
    };
    await expectAppError(send(longer), 'RATE_LIMITED');
    await expectAppError(
      send({ ...proof, solution: { ...proof.solution, derivedKey: '00'.repeat(16) } }),
      'RATE_LIMITED',
    );
    // Hours later the strict limit has room for one story again, but not for an expired proof.
    api.setNow(new Date(api.services.clock().getTime() + POW_VALID_MS));
    await browser.intake.submitStory(storyInput(api.collectionId));
    await expectAppError(send(proof), 'RATE_LIMITED');
    expect(countStories(api.database.orm)).toBe(2);
  });
});

describe('a proven story', () => {
  it("spends its solution in the story writer's commit: the request's connection writes nothing", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'duiding-pow-writer-'));
    const file = join(dir, 'duiding.db');
    const test = await createTestApi({ file, rateLimiter: limits() });
    api = test;
    const writer = await startStoryWriterThread(file);
    try {
      const services = createApiServices({
        db: test.database.orm,
        clock: () => DURING,
        rateLimiter: limits(),
        storyWriter: writer,
      });
      const browser = createCaller(() =>
        createApiContext(services, {
          cookies: new MemoryCookieJar(),
          secure: false,
          clientAddress: '198.51.100.3',
        }),
      );
      const send = (proofOfWork?: Awaited<ReturnType<typeof solved>>) =>
        browser.intake.submitStory({
          ...storyInput(test.collectionId),
          ...(proofOfWork ? { proofOfWork } : {}),
        });
      const proof = await solved(test);
      await send(); // the strict one (and the installation's keys, made once)
      // A solution spent long ago, whose challenge has expired: forgotten with the next spend.
      spendProofOfWorkSignature(test.database.orm, 'verlopen', new Date(DURING.getTime() - 1));
      // Rows this connection changed: a write here is a commit, and its fsync, on the event loop.
      const written = () => changedRowCount(test.database.orm);
      const before = written();
      expect((await send(proof)).duplicate).toBe(false);
      expect(written()).toBe(before);
      expect(isProofOfWorkSignatureSpent(test.database.orm, proof.challenge.signature)).toBe(true);
      expect(isProofOfWorkSignatureSpent(test.database.orm, 'verlopen')).toBe(false);
      // Spent by the writer's connection, and so seen as spent by this one.
      await expectAppError(send(proof), 'RATE_LIMITED');
      expect(countStories(test.database.orm)).toBe(2);
    } finally {
      await writer.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('falls back to the strict limit when another story spent the solution first', async () => {
    api = await createTestApi({ rateLimiter: limits() });
    const test = api;
    // Another story with the same solution is stored between this one's check and its write.
    const inner = inProcessStoryWriter(test.database.orm);
    const storyWriter: TStoryWriter = {
      ...inner,
      insertStory: (story) => {
        if (story.proofOfWork) {
          const { signature, expiresAt } = story.proofOfWork;
          spendProofOfWorkSignature(test.database.orm, signature, expiresAt);
        }
        return inner.insertStory(story);
      },
    };
    const services = createApiServices({
      db: test.database.orm,
      clock: () => DURING,
      rateLimiter: limits(),
      storyWriter,
    });
    const classroom = createCaller(() =>
      createApiContext(services, {
        cookies: new MemoryCookieJar(),
        secure: false,
        clientAddress: '198.51.100.4',
      }),
    );
    const send = async () =>
      classroom.intake.submitStory({
        ...storyInput(test.collectionId),
        proofOfWork: await solved(test),
      });
    // The strict limit has room for one: stored under it.
    expect((await send()).duplicate).toBe(false);
    // Now it has none: refused, and nothing stored.
    await expectAppError(send(), 'RATE_LIMITED');
    expect(countStories(test.database.orm)).toBe(1);
  });
});

describe('the honeypot', () => {
  it('refuses a story whose hidden field is filled in, and stores nothing', async () => {
    api = await createTestApi();
    const refused = await expectAppError(
      api
        .caller()
        .intake.submitStory({ ...storyInput(api.collectionId), website: 'https://spam.example' }),
      'BAD_INPUT',
    );
    expect(refused.message).toContain('verborgen veld');
    expect(countStories(api.database.orm)).toBe(0);
    // Empty, as a person's browser sends it, is fine.
    await api.caller().intake.submitStory({ ...storyInput(api.collectionId), website: '' });
    expect(countStories(api.database.orm)).toBe(1);
  });
});

describe('a spent solution after a restart', () => {
  it('is still spent: the server remembers it in the database, not in memory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'duiding-pow-'));
    const file = join(dir, 'duiding.db');
    try {
      const before = await createTestApi({ file, rateLimiter: limits() });
      const proof = await solved(before);
      const first = before.caller({ address: '198.51.100.2' });
      await first.intake.submitStory(storyInput(before.collectionId));
      await first.intake.submitStory({ ...storyInput(before.collectionId), proofOfWork: proof });
      before.database.close();

      // A restart: the same database file, every in-memory service new.
      const database = openDatabase({ file });
      const services = createApiServices({
        db: database.orm,
        clock: () => DURING,
        rateLimiter: limits(),
      });
      const after = createCaller(() =>
        createApiContext(services, {
          cookies: new MemoryCookieJar(),
          secure: false,
          clientAddress: '198.51.100.2',
        }),
      );
      try {
        await after.intake.submitStory(storyInput(before.collectionId)); // the strict one
        // The solution spent before the restart counts as none: the strict limit holds.
        await expectAppError(
          after.intake.submitStory({ ...storyInput(before.collectionId), proofOfWork: proof }),
          'RATE_LIMITED',
        );
        expect(countStories(database.orm)).toBe(3);
      } finally {
        database.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('purges spent signatures once their challenge has expired', () => {
    const database = openDatabase({ file: ':memory:' });
    try {
      const now = new Date('2026-11-15T10:00:00Z');
      const expiresAt = new Date(now.getTime() + 1000);
      expect(isProofOfWorkSignatureSpent(database.orm, 'a')).toBe(false);
      expect(spendProofOfWorkSignature(database.orm, 'a', expiresAt)).toBe(true);
      expect(spendProofOfWorkSignature(database.orm, 'a', expiresAt)).toBe(false);
      expect(isProofOfWorkSignatureSpent(database.orm, 'a')).toBe(true);
      expect(purgeSpentProofsOfWork(database.orm, now)).toBe(0);
      expect(purgeSpentProofsOfWork(database.orm, expiresAt)).toBe(1);
      expect(isProofOfWorkSignatureSpent(database.orm, 'a')).toBe(false);
    } finally {
      database.close();
    }
  });
});
