import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import {
  appRouter,
  obtainAnswerTokenLikeABrowser,
  RATE_RULES,
  RateLimiter,
  type TRateRule,
} from '@duiding/api';
import {
  countPanelRows,
  countParticipants,
  countStories,
  listDueMail,
  openDatabase,
} from '@duiding/db';
import fc from 'fast-check';
import { seedDemoOnce } from '../src/seed';
import { seedDemoPanelOnce } from '../src/seed-panel';
import { buildServer } from '../src/server';
import { demoStory } from './story-client';

const NOW = new Date('2026-11-15T10:00:00Z');

export interface TFuzzReport {
  procedure: string;
  tried: number;
}

/** Every procedure of the router, with its kind, found from the router itself. */
function procedures(): { path: string; type: 'query' | 'mutation' }[] {
  const record = appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>;
  return Object.entries(record)
    .filter(([, procedure]) => procedure._def.type !== 'subscription')
    .map(([path, procedure]) => ({ path, type: procedure._def.type as 'query' | 'mutation' }));
}

/** `[[[…1…]]]` nested `depth` deep: written out by `toJson`, as JSON.stringify cannot. */
class DeepArray {
  constructor(readonly depth: number) {}
}

/**
 * The request body: JSON, with every DeepArray written out, at most `maxDepth` deep (a
 * query's input travels in the URL, and Node refuses a request line over 16 kB).
 */
function toJson(value: unknown, maxDepth = Number.POSITIVE_INFINITY): string {
  return JSON.stringify(value, (_key, item) =>
    item instanceof DeepArray ? `__deep_${item.depth}__` : item,
  ).replace(/"__deep_(\d+)__"/g, (_match, depth) => {
    const n = Math.min(Number(depth), maxDepth);
    return `${'['.repeat(n)}1${']'.repeat(n)}`;
  });
}

/** Strings with what breaks text: lone surrogates, NUL, bidi overrides, very long runs. */
const hostileString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('\u0000', '\uD83D', '\uDE00x', '\u202Eexe.txt', '', ' ', '<script>', '%00'),
  fc.string({ unit: fc.constantFrom('a', 'ë', '😀', '\u202E'), minLength: 1000, maxLength: 3000 }),
);

const jsonValue = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  hostileString,
  fc.integer({ min: 2, max: 20_000 }).map((depth) => new DeepArray(depth)),
);

/** Replaces (or removes) one value somewhere in a valid input. */
function mutated(valid: unknown): fc.Arbitrary<unknown> {
  const paths: (string | number)[][] = [];
  const walk = (value: unknown, path: (string | number)[]) => {
    paths.push(path);
    if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) walk(child, [...path, key]);
    }
  };
  walk(valid, []);
  return fc
    .record({ path: fc.constantFrom(...paths), value: fc.option(jsonValue, { nil: undefined }) })
    .map(({ path, value }) => {
      if (path.length === 0) return value;
      const copy = JSON.parse(JSON.stringify(valid)) as Record<string | number, unknown>;
      let target = copy;
      for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
      const last = path[path.length - 1]!;
      if (value === undefined) delete target[last];
      else target[last] = value;
      return copy;
    });
}

/**
 * Fuzzes every procedure over HTTP, anonymously, against an in-memory database with the
 * demo: whatever comes in, the answer is never a 5xx, a refusal names its problem in a
 * Dutch message with an app code, and a refused call stores nothing.
 */
export async function fuzzEveryProcedure(
  runsPerProcedure: number,
  /** Called after each procedure, e.g. to print progress. */
  afterEach: (procedure: string) => void = () => undefined,
): Promise<TFuzzReport[]> {
  const database = openDatabase({ file: ':memory:' });
  seedDemoOnce(database.orm, NOW);
  // The demo panel too, so the panel's procedures get real links, waves and tokens.
  const panelLinkKey = randomBytes(32);
  let base = '';
  await seedDemoPanelOnce({
    db: database.orm,
    clock: () => NOW,
    panelLinkKey,
    publicBaseUrl: () => base,
  });
  // Limits would turn most inputs into 429 after a few dozen; here every input must reach
  // the procedure. (The limits themselves have their own tests.)
  const generous = Object.fromEntries(
    Object.keys(RATE_RULES).map((rule) => [
      rule,
      { max: 1e9, windowMs: 60_000 } satisfies TRateRule,
    ]),
  );
  const server = await buildServer({
    db: database.orm,
    clock: () => NOW,
    staticRoots: { intake: '/nope', panel: '/nope', portal: '/nope' },
    rateLimiter: new RateLimiter(generous),
    panelLinkKey,
    publicBaseUrl: () => base,
  });
  // Over a real socket, as a browser sends it (and because inject() keeps memory per GET).
  await server.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  const send = async (method: 'GET' | 'POST', path: string, body?: string) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: method === 'POST' ? { 'content-type': 'application/json' } : {},
      body,
    });
    return { statusCode: response.status, body: await response.text() };
  };
  const open = await send('GET', '/trpc/intake.openCollection');
  const collectionId = JSON.parse(open.body).result.data.collection.id as string;
  const code = 'K7QP-MW3D-9XRT';
  const valid: Record<string, unknown> = {
    'intake.openCollection': { slug: 'zhz-vertelt-2026' },
    'intake.submitStory': demoStory(collectionId, 'Een titel'),
    'intake.saveDraft': {
      collectionId,
      draft: {
        participantAnswers: { rol: 'grootouder' },
        story: { promptId: 'moment', title: 'Half', text: 'Begonnen', language: 'nl' },
        answers: { betrokken: 0.4 },
        step: 'story',
      },
    },
    'intake.loadDraft': { code },
    'intake.myStories': { code },
    'intake.withdraw': { code },
    'portal.signIn': { email: 'admin@duiding.local', password: 'een-wachtwoord' },
    ...(await panelSeeds(database.orm, send)),
  };
  // What a refused call must not have changed: stories, participants, panel answers,
  // spent tokens, members.
  const stored = () => [
    countStories(database.orm),
    countParticipants(database.orm),
    ...Object.values(countPanelRows(database.orm)),
  ];

  const reports: TFuzzReport[] = [];
  try {
    for (const { path, type } of procedures()) {
      const seed = valid[path];
      const input = seed === undefined ? jsonValue : fc.oneof(mutated(seed), jsonValue);
      let tried = 0;
      await fc.assert(
        fc.asyncProperty(input, async (value) => {
          tried += 1;
          const before = stored();
          const response =
            type === 'query'
              ? await send(
                  'GET',
                  `/trpc/${path}${value === undefined ? '' : `?input=${encodeURIComponent(toJson(value, 1000))}`}`,
                )
              : await send('POST', `/trpc/${path}`, value === undefined ? '' : toJson(value));
          if (response.statusCode >= 500) {
            throw new Error(
              `${path} answered ${response.statusCode}: ${response.body.slice(0, 300)}`,
            );
          }
          if (response.statusCode >= 400) {
            const { error } = JSON.parse(response.body);
            if (!error?.data?.appCode || typeof error.message !== 'string' || !error.message) {
              throw new Error(
                `${path}: a refusal without a reason: ${response.body.slice(0, 300)}`,
              );
            }
            const after = stored();
            if (after.join() !== before.join()) {
              throw new Error(`${path}: refused, yet stored something (${before} → ${after})`);
            }
          }
        }),
        { numRuns: runsPerProcedure },
      );
      reports.push({ procedure: path, tried });
      afterEach(path);
    }
  } finally {
    await server.close();
    database.close();
  }
  return reports;
}

type TSend = (
  method: 'GET' | 'POST',
  path: string,
  body?: string,
) => Promise<{ statusCode: number; body: string }>;

/**
 * Valid inputs for the panel's procedures, as a member's browser has them: the personal link
 * from the invitation mail, the open wave, and a blind-signed answer token obtained through
 * the API. The fuzzer then mutates one value of each.
 */
async function panelSeeds(
  db: Parameters<typeof listDueMail>[0],
  send: TSend,
): Promise<Record<string, unknown>> {
  const invitation = listDueMail(db, NOW, 100).find((mail) => mail.collectionId !== null);
  const match = invitation?.text.match(/#\/l\/([A-Za-z0-9_-]{43})\/ronde\/([^\s/]+)/);
  if (!invitation || !match) throw new Error('The demo panel wrote no invitation with a link.');
  const [, token, collectionId] = match as unknown as [string, string, string];
  const call = async (path: string, input: unknown) => {
    const response = await send('POST', `/trpc/${path}`, JSON.stringify(input));
    if (response.statusCode !== 200) throw new Error(`${path}: ${response.body.slice(0, 300)}`);
    return JSON.parse(response.body).result.data;
  };
  const wave = await call('panel.wave', { token, collectionId });
  const { message, signature } = await obtainAnswerTokenLikeABrowser(
    wave.publicKey,
    async (blinded) => {
      const { blindSignature } = await call('panel.issueToken', {
        token,
        collectionId,
        blindedMessage: Buffer.from(blinded).toString('base64url'),
      });
      return Buffer.from(blindSignature, 'base64url');
    },
  );
  const link = { token };
  const waveLink = { token, collectionId };
  return {
    'panel.home': link,
    'panel.pause': link,
    'panel.resume': link,
    'panel.leave': link,
    'panel.wave': waveLink,
    'panel.confirmAnswered': waveLink,
    'panel.results': waveLink,
    'panel.updateProfile': {
      token,
      profile: {
        name: 'Sanne Bakker',
        email: 'panellid1@example.org',
        organisation: 'CJG Delft',
        municipality: 'Delft',
        role: 'jeugdprofessional',
      },
    },
    'panel.issueToken': {
      token,
      collectionId,
      blindedMessage: randomBytes(256).toString('base64url'),
    },
    'panel.submitAnswer': {
      collectionId,
      message: Buffer.from(message).toString('base64url'),
      signature: Buffer.from(signature).toString('base64url'),
      answers: {},
      profile: {},
    },
  };
}
