import { appRouter, createApiContext, createApiServices } from '@duiding/api';
import { openDatabase, type TDatabase } from '@duiding/db';
import { type FastifyTRPCPluginOptions, fastifyTRPCPlugin } from '@trpc/server/adapters/fastify';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildServer } from './server';

let databases: TDatabase[] = [];
let servers: FastifyInstance[] = [];

/** @trpc/server's own Fastify plugin, as the server mounted it before its shortcut. */
async function referenceServer(database: TDatabase) {
  const services = createApiServices({ db: database.orm, clock: () => new Date() });
  const app = Fastify();
  await app.register(fastifyTRPCPlugin, {
    prefix: '/trpc',
    trpcOptions: {
      router: appRouter,
      createContext: ({ req }) =>
        createApiContext(services, {
          cookies: { get: () => undefined, set: () => {}, clear: () => {} },
          secure: false,
          clientAddress: req.ip ?? null,
        }),
    } satisfies FastifyTRPCPluginOptions<typeof appRouter>['trpcOptions'],
  });
  return app;
}

beforeEach(async () => {
  databases = [openDatabase({ file: ':memory:' }), openDatabase({ file: ':memory:' })];
  servers = [
    await buildServer({
      db: databases[0]!.orm,
      staticRoots: { intake: '/nowhere', panel: '/nowhere', portal: '/nowhere' },
    }),
    await referenceServer(databases[1]!),
  ];
});

afterEach(async () => {
  for (const server of servers) await server.close();
  for (const database of databases) database.close();
});

const story = {
  clientId: '6f1c2a52-8f0e-4a36-9a53-0d1e4c1f9b10',
  collectionId: 'no-such-collection',
  participant: { clientId: '0b6e1d8c-3f7a-4b2e-8c51-2a9d7e6f4c33', answers: {} },
  story: { promptId: 'moment', title: 'Titel', text: 'Een verhaal.', language: 'nl' },
  answers: {},
};

describe('the API route', () => {
  it('answers mutations alone and in batches as @trpc/server answers them', async () => {
    const cases: { url: string; payload: string }[] = [
      { url: '/trpc/intake.submitStory', payload: JSON.stringify({ answers: 1 }) },
      { url: '/trpc/intake.submitStory', payload: JSON.stringify(story) },
      { url: '/trpc/intake.submitStory', payload: '{"niet af' },
      { url: '/trpc/intake.submitStory', payload: '' },
      { url: '/trpc/intake.submitStory?batch=1', payload: JSON.stringify({ 0: story }) },
      { url: '/trpc/intake.submitStory?batch=1', payload: JSON.stringify({ 0: { answers: 1 } }) },
      { url: '/trpc/intake.submitStory?batch=1', payload: '[1]' },
      { url: '/trpc/intake.submitStory?batch=1', payload: '{"niet af' },
      { url: '/trpc/intake.submitStory?batch=1', payload: '{}' },
      {
        url: '/trpc/intake.submitStory,intake.withdraw?batch=1',
        payload: JSON.stringify({ 0: story, 1: { code: 'x' } }),
      },
      // Not mutations, or no such procedure: tRPC's own handler answers.
      { url: '/trpc/intake.openCollection', payload: '{}' },
      { url: '/trpc/intake.nothing', payload: '{}' },
      { url: '/trpc/intake.submitStory,intake.openCollection?batch=1', payload: '{}' },
    ];
    for (const { url, payload } of cases) {
      const [ours, theirs] = await Promise.all(
        servers.map((server) =>
          server.inject({
            method: 'POST',
            url,
            headers: { 'content-type': 'application/json', host: 'localhost' },
            payload,
          }),
        ),
      );
      const seen = (answer: NonNullable<typeof ours>) => ({
        url,
        status: answer.statusCode,
        vary: answer.headers.vary,
        type: String(answer.headers['content-type']).split(';')[0],
        body: JSON.parse(answer.body),
      });
      expect(seen(ours!)).toEqual(seen(theirs!));
      // Refusals only (a stored story's ids differ between the two); 207: some of a batch.
      expect(ours!.statusCode).not.toBe(200);
    }
  });
});
