import { createHash } from 'node:crypto';
import {
  createCollection,
  createProject,
  createPublishedFramework,
  createUser,
  insertStoryOnce,
  inTransaction,
  openDatabase,
  type TStoryStatus,
} from '@duiding/db';
import { generateDemoStories } from '@duiding/demo';
import { zhzJeugdhulp } from '@duiding/survey';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { projectAccess } from '../../permissions';
import { ZExplorerChartInput, ZPatternsInput, ZRegionStoriesInput } from './explorer.schema';
import { explorerChart, type TExplorerCtx } from './explorer-chart';
import { regionStories } from './explorer-stories';
import { listPatterns, patternStories } from './patterns';
import { explorerQuestions } from './questions';

/*
 * Every chart, filter, grouping, comparison, region list, pattern and pattern list of the
 * explorer on a fixed study of 1 200 stories in two collections, with answers a validator
 * would not all let through (null, unknown options, "other" texts, a multi-select out of
 * order, an empty stones field), for the research team and for an interpreter. The digests
 * are of the results of the explorer as it was when it kept every story's parsed answers
 * in memory (commit 095119e); the compact dataset must give them to the last bit. They were
 * taken again when the stories came to be stored collection by collection (the dataset
 * now keeps the order stories were stored in, so new ones are added at the end): on that
 * fixture the explorer before and after that change gave all 500 the same.
 * Ids are random, so results name stories by their client id (collections by number); each story has a day
 * of its own, so the order of the stories does not depend on the ids.
 */

// Collections' ids order the scan's groups: made in a fixed order here, as every other id.
vi.mock('node:crypto', async (original) => {
  let next = 0;
  return {
    ...(await original<typeof import('node:crypto')>()),
    randomUUID: () => `00000000-0000-4000-8000-${String(++next).padStart(12, '0')}`,
  };
});

// 500 views over 1 200 stories: seconds on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

const now = new Date('2026-11-15T10:00:00Z');
const database = openDatabase({ file: ':memory:' });
afterAll(() => database.close());
const db = database.orm;
const project = createProject(db, { slug: 'views', name: 'Views', now });
// The reader audits every list it shows, by the one who asked.
const user = createUser(db, { email: 'views@example.nl', name: 'Views', passwordHash: 'x', now });
const [versionId] = createPublishedFramework(db, {
  projectId: project.id,
  versions: [zhzJeugdhulp],
  title: 'ZHZ',
  now,
});
const collectionIds = ['2025', '2026'].map(
  (year) =>
    createCollection(db, {
      projectId: project.id,
      frameworkVersionId: versionId!,
      slug: `zhz-${year}`,
      title: `ZHZ ${year}`,
      kind: 'public',
      opensAt: new Date(`${year}-01-01T00:00:00Z`),
      closesAt: new Date(`${Number(year) + 1}-01-01T00:00:00Z`),
      now,
    }).id,
);
const STATUSES: TStoryStatus[] = ['approved', 'approved', 'pending', 'approved', 'rejected'];
const { stories } = generateDemoStories({ framework: zhzJeugdhulp, count: 1200, seed: 31 });
// Stored collection by collection, so that the order they were stored in (the dataset's)
// is the order by collection and day that the explorer had when the digests were taken.
const collectionOf = (i: number) => (i % 3 === 2 ? 1 : 0);
const storedOrder = stories
  .map((_, i) => i)
  .sort((i, j) => collectionOf(i) - collectionOf(j) || i - j);
inTransaction(db, (tx) => {
  storedOrder.forEach((i) => {
    const story = stories[i]!;
    const answers: Record<string, unknown> = JSON.parse(JSON.stringify(story.answers));
    const participantAnswers: Record<string, unknown> = JSON.parse(
      JSON.stringify(story.participantAnswers),
    );
    if (i % 50 === 0) answers.gevoel = null;
    if (i % 61 === 1) answers.hulp = 'dk';
    if (i % 70 === 2) answers.plekken = {};
    if (i % 75 === 6) answers.plekken = { onbekend: { x: 0.5, y: 0.5 } };
    if (i % 80 === 3) answers.fase = ['tijdens_de_hulp', 'hulp_zoeken'];
    if (i % 90 === 4) answers.gevoel = 'onbekende_optie';
    if (i % 97 === 8) answers.tempo = 'dk';
    if (i % 45 === 5) participantAnswers.rol = { selected: 'grootouder', other: 'Oom' };
    const day = new Date(Date.UTC(2023, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    insertStoryOnce(tx, {
      clientId: `c${i}`,
      collectionId: collectionIds[collectionOf(i)]!,
      participant: { clientId: `p${i}`, answers: participantAnswers },
      promptId: story.promptId,
      title: story.title,
      text: story.text,
      language: story.language,
      channel: story.channel,
      status: i % 37 === 0 ? 'withdrawn' : STATUSES[i % STATUSES.length]!,
      answers,
      createdOn: day,
    });
  });
});

const ctxFor = (role: 'owner' | 'interpreter') =>
  ({
    db,
    clock: () => now,
    access: projectAccess(project.id, role),
    session: { user: { id: user.id } },
  }) as unknown as TExplorerCtx;

const digest = (value: unknown) =>
  createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);

const byRole = { kind: 'question', question: 'rol' } as const;
const byFase = { kind: 'question', question: 'fase' } as const;
const filters = {
  none: [],
  gemeente: [{ kind: 'choice', question: 'gemeente', options: ['dordrecht', 'gorinchem'] }],
  zone: [{ kind: 'zone', question: 'hulp', zones: ['corner-a', 'centre', 'edge-bc'] }],
  range: [{ kind: 'range', question: 'tempo', min: 0.2, max: 0.7 }],
  multi: [
    { kind: 'choice', question: 'fase', options: ['hulp_zoeken'] },
    { kind: 'year', years: [2024, 2025] },
  ],
  collection: [{ kind: 'collection', ids: [collectionIds[1]] }],
  text: [{ kind: 'text', text: 'wacht' }],
} as const;
const groupings = {
  none: null,
  rol: byRole,
  fase: byFase,
  collection: { kind: 'collection' },
  year: { kind: 'year' },
} as const;
const questions = [
  'gevoel',
  'hulp',
  'regie',
  'belangrijk',
  'betrokken',
  'tempo',
  'plekken',
  'fase',
  'wachttijd',
  'soort',
  'rol',
  'gemeente',
];

/** Digests of every view, by audience; printed when a test fails, to update on purpose. */
function views(role: 'owner' | 'interpreter'): Record<string, string> {
  const ctx = ctxFor(role);
  const out: Record<string, string> = {};
  out.questions = digest(explorerQuestions(ctx, { projectId: project.id }));
  for (const question of questions) {
    for (const [g, groupBy] of Object.entries(groupings)) {
      for (const [f, filter] of Object.entries(filters)) {
        if (g !== 'none' && f !== 'none' && f !== 'multi' && f !== 'zone') continue;
        const input = ZExplorerChartInput.parse({
          projectId: project.id,
          question,
          groupBy,
          filters: filter,
        });
        let result: unknown;
        try {
          result = explorerChart(ctx, input);
        } catch (error) {
          result = { error: (error as Error).message };
        }
        out[`chart ${question} by ${g} where ${f}`] = digest(result);
      }
    }
  }
  const selections = [
    { kind: 'zone', zone: 'corner-b' },
    {
      kind: 'polygon',
      points: [
        { a: 0.7, b: 0.2, c: 0.1 },
        { a: 0.1, b: 0.7, c: 0.2 },
        { a: 0.2, b: 0.1, c: 0.7 },
      ],
    },
  ];
  for (const [s, selection] of selections.entries()) {
    for (const [g, groupBy, group] of [
      ['none', null, null],
      ['rol', byRole, 'jongere_12_17'],
      ['fase', byFase, 'hulp_zoeken'],
    ] as const) {
      for (const offset of [0, 20]) {
        const input = ZRegionStoriesInput.parse({
          projectId: project.id,
          question: 'hulp',
          selection,
          groupBy,
          group,
          filters: filters.gemeente,
          offset,
        });
        out[`region ${s} by ${g} from ${offset}`] = digest(regionStories(ctx, input));
      }
    }
  }
  const listed = listPatterns(ctx, ZPatternsInput.parse({ projectId: project.id, limit: 100 }));
  for (let offset = 0; offset < listed.total; offset += 100) {
    out[`patterns from ${offset}`] = digest(
      listPatterns(ctx, ZPatternsInput.parse({ projectId: project.id, limit: 100, offset })),
    );
  }
  out['patterns of hulp'] = digest(
    listPatterns(ctx, ZPatternsInput.parse({ projectId: project.id, question: 'hulp' })),
  );
  for (const pattern of listed.patterns.slice(0, 3)) {
    out[`stories of ${pattern.id}`] = digest(
      patternStories(ctx, { projectId: project.id, patternId: pattern.id, offset: 0, limit: 20 }),
    );
  }
  return out;
}

describe('the explorer on a fixed study', () => {
  for (const role of ['owner', 'interpreter'] as const) {
    it(`gives ${role === 'owner' ? 'the research team' : 'an interpreter'} every view as before`, () => {
      const got = views(role);
      if (process.env.PRINT_DIGESTS) console.log(JSON.stringify(got, null, 2));
      expect(Object.keys(got).length).toBeGreaterThan(200);
      expect(got).toEqual(EXPECTED[role]);
    });
  }
});

const EXPECTED: Record<'owner' | 'interpreter', Record<string, string>> = {
  owner: {
    questions: '061c74aa95af928b',
    'chart gevoel by none where none': 'c65a5bb7c957e0de',
    'chart gevoel by none where gemeente': '5f238234ab0abee5',
    'chart gevoel by none where zone': 'bb0a7b906c7b7afc',
    'chart gevoel by none where range': '97397dc091728f12',
    'chart gevoel by none where multi': 'eabaa7e28047572b',
    'chart gevoel by none where collection': '0b9a42726a9b8535',
    'chart gevoel by none where text': '2e6a2cad91aa78e4',
    'chart gevoel by rol where none': 'c6468ba4bc0195a2',
    'chart gevoel by rol where zone': 'c6227fd30d1e6d20',
    'chart gevoel by rol where multi': '224558620fc25ae3',
    'chart gevoel by fase where none': '3ead097b115cf302',
    'chart gevoel by fase where zone': '4c871c8f5eef76ef',
    'chart gevoel by fase where multi': '9dd942ea038e16e1',
    'chart gevoel by collection where none': '0543e79261fbdc0f',
    'chart gevoel by collection where zone': '77b72a8d6ec65248',
    'chart gevoel by collection where multi': '96be80674f446110',
    'chart gevoel by year where none': '3bbac70ebd5e9a3c',
    'chart gevoel by year where zone': 'c22161a58a1877ce',
    'chart gevoel by year where multi': '3db80ef5c4919f95',
    'chart hulp by none where none': '0359c4e22e71f0ca',
    'chart hulp by none where gemeente': '39114491a6b8fe40',
    'chart hulp by none where zone': '54fb436842c90228',
    'chart hulp by none where range': 'd0f2ce605cce5919',
    'chart hulp by none where multi': '6ea6af05c53e0946',
    'chart hulp by none where collection': 'c580fd0f4f2115d9',
    'chart hulp by none where text': '2892845d30c0437c',
    'chart hulp by rol where none': '6e1b501bac94e3ac',
    'chart hulp by rol where zone': 'abbff52e6f804cd4',
    'chart hulp by rol where multi': 'f16bfba447ad4ece',
    'chart hulp by fase where none': '4f93b29275af4fe5',
    'chart hulp by fase where zone': '5b2eb0de23f9a72d',
    'chart hulp by fase where multi': '703fb28eb8c76606',
    'chart hulp by collection where none': '324bafc45bf33fe2',
    'chart hulp by collection where zone': 'd90a93308ea8490c',
    'chart hulp by collection where multi': '498a4c717fa7e3e2',
    'chart hulp by year where none': '78f54877d77be380',
    'chart hulp by year where zone': 'af6dfbc883303387',
    'chart hulp by year where multi': '35bf981ed28c5e31',
    'chart regie by none where none': '6cf9b80745fe1d72',
    'chart regie by none where gemeente': '7c7333daacccd1e4',
    'chart regie by none where zone': 'de179942a26dccff',
    'chart regie by none where range': '6ca0ee0491e926ec',
    'chart regie by none where multi': 'ac3d54ac40697232',
    'chart regie by none where collection': '51f100bd6b0cec7d',
    'chart regie by none where text': '9f1f759db1ea4c21',
    'chart regie by rol where none': '49851bb4a478a314',
    'chart regie by rol where zone': '7e396b3769d38685',
    'chart regie by rol where multi': '0b3baf6b773141da',
    'chart regie by fase where none': 'a481641c14cf271b',
    'chart regie by fase where zone': 'a2d51a72e855797a',
    'chart regie by fase where multi': '91b98ae3395ed258',
    'chart regie by collection where none': '378971d62f546931',
    'chart regie by collection where zone': '0d2f5babc37f99f9',
    'chart regie by collection where multi': '25a3c16500366f5b',
    'chart regie by year where none': 'bb7d4f200116afcc',
    'chart regie by year where zone': 'a53a2eff95d186d8',
    'chart regie by year where multi': '8bb9ebef9a3dc80c',
    'chart belangrijk by none where none': '2b73f2527ea0a0ec',
    'chart belangrijk by none where gemeente': '6870602c7d4eaf01',
    'chart belangrijk by none where zone': 'c25f4dd8e2e0e7b0',
    'chart belangrijk by none where range': '3cf25128b9f1eb56',
    'chart belangrijk by none where multi': 'c60bea32606c1569',
    'chart belangrijk by none where collection': 'fe1037f977e6f116',
    'chart belangrijk by none where text': 'abb5bf226789f7c3',
    'chart belangrijk by rol where none': '56f78a94282747e1',
    'chart belangrijk by rol where zone': '57c94960adf00692',
    'chart belangrijk by rol where multi': '3211b9765702e899',
    'chart belangrijk by fase where none': '29f3c3cd377f1c72',
    'chart belangrijk by fase where zone': '2ecc38d0cfe3ebc7',
    'chart belangrijk by fase where multi': '40c85584949dbb05',
    'chart belangrijk by collection where none': '8a7449c3b0d1dada',
    'chart belangrijk by collection where zone': 'd92dcb9057ab951f',
    'chart belangrijk by collection where multi': '8e0da34227d526e2',
    'chart belangrijk by year where none': 'a95d8c5be92932dd',
    'chart belangrijk by year where zone': 'd3454f501972d47b',
    'chart belangrijk by year where multi': '1d6c488c180e281f',
    'chart betrokken by none where none': 'b0f6fb9cc6da2636',
    'chart betrokken by none where gemeente': '42aaab951ad56415',
    'chart betrokken by none where zone': '7b78b83597367dd3',
    'chart betrokken by none where range': '109a12f03b9c5a3c',
    'chart betrokken by none where multi': '1a20667b8a34370b',
    'chart betrokken by none where collection': 'b6f0c92729d07b53',
    'chart betrokken by none where text': 'acdf5167df2a6006',
    'chart betrokken by rol where none': 'daaaeddfc494724b',
    'chart betrokken by rol where zone': '3b8eb9af94340d50',
    'chart betrokken by rol where multi': 'b2573d38a3e9340e',
    'chart betrokken by fase where none': 'f1b653afb0ab3e8e',
    'chart betrokken by fase where zone': '093e447158ca9ae4',
    'chart betrokken by fase where multi': '7d65dd2d679094a3',
    'chart betrokken by collection where none': '9dee42fbd3dd0de3',
    'chart betrokken by collection where zone': '419e2e958694ed92',
    'chart betrokken by collection where multi': 'f9930fceedabbd78',
    'chart betrokken by year where none': 'f71ee4bf97cff6b2',
    'chart betrokken by year where zone': '306048ea5723c4b1',
    'chart betrokken by year where multi': 'a369b6d5a4848177',
    'chart tempo by none where none': 'add25db4a6a86117',
    'chart tempo by none where gemeente': 'cc3e6210827d8887',
    'chart tempo by none where zone': '27a3d08f900a6de2',
    'chart tempo by none where range': '50662645fc0cae3a',
    'chart tempo by none where multi': 'eb51f8a6e81c6e74',
    'chart tempo by none where collection': '535f7b0ee0864c8f',
    'chart tempo by none where text': '520b7b8299f81659',
    'chart tempo by rol where none': '6be7e257f40949cf',
    'chart tempo by rol where zone': 'a4783b181ae8b6b9',
    'chart tempo by rol where multi': 'c56c746f5843d5ee',
    'chart tempo by fase where none': '94c4a7d2f101999c',
    'chart tempo by fase where zone': '99b4b85027c3aa6c',
    'chart tempo by fase where multi': 'f039b78f76a8133d',
    'chart tempo by collection where none': 'd36cf65c8af36edc',
    'chart tempo by collection where zone': 'c465928afdfa472c',
    'chart tempo by collection where multi': 'e532e036fafb7978',
    'chart tempo by year where none': '4653ff9f9a87c20e',
    'chart tempo by year where zone': 'f46283654c35bcac',
    'chart tempo by year where multi': '9a5f26c52fd916dd',
    'chart plekken by none where none': 'ffea7e364cbbc530',
    'chart plekken by none where gemeente': 'c1795b20ee5b3cc1',
    'chart plekken by none where zone': 'db9b2633eb8f762d',
    'chart plekken by none where range': 'ed55f7064d9ecaa5',
    'chart plekken by none where multi': 'f22d4698394da125',
    'chart plekken by none where collection': 'eae8a046ed0fbb98',
    'chart plekken by none where text': 'da735502ac1862b5',
    'chart plekken by rol where none': '427c12aace52dbd0',
    'chart plekken by rol where zone': 'f9e6a023d3a92172',
    'chart plekken by rol where multi': '4b07749f3d236c6a',
    'chart plekken by fase where none': '03986237ca143b3f',
    'chart plekken by fase where zone': '9b663ea6f5f18b19',
    'chart plekken by fase where multi': '9c80d8ba6ac40abd',
    'chart plekken by collection where none': '606d89d85d998055',
    'chart plekken by collection where zone': '9bdc0ba6f450dbc4',
    'chart plekken by collection where multi': 'c286132405426d2e',
    'chart plekken by year where none': '870abe4ea8e2d7df',
    'chart plekken by year where zone': 'e1a28277b0d0c893',
    'chart plekken by year where multi': 'ec3ccb3ba316909d',
    'chart fase by none where none': '681e08dba59339d8',
    'chart fase by none where gemeente': 'a55d019596838043',
    'chart fase by none where zone': '87b6f6dbaa534fa2',
    'chart fase by none where range': 'def6036eee7b8b5e',
    'chart fase by none where multi': '825cd1a800bed7b0',
    'chart fase by none where collection': 'b0f8bf644278318d',
    'chart fase by none where text': '71574c209784b173',
    'chart fase by rol where none': 'e63856269778bc47',
    'chart fase by rol where zone': '7f2e221eeb4c9b9c',
    'chart fase by rol where multi': 'b9163c72ed530ce0',
    'chart fase by fase where none': 'aed44646ec3b4434',
    'chart fase by fase where zone': '5102b407d141227d',
    'chart fase by fase where multi': 'a2c81ab09d02ec0b',
    'chart fase by collection where none': 'ba884e5e74d80d36',
    'chart fase by collection where zone': 'a946e4e77baf3cf9',
    'chart fase by collection where multi': 'b4058f9355211580',
    'chart fase by year where none': '9ceb3f281d5e0cb8',
    'chart fase by year where zone': '7d62251b8cfc078c',
    'chart fase by year where multi': '66eac9f867c83416',
    'chart wachttijd by none where none': '8730014a6ba12426',
    'chart wachttijd by none where gemeente': 'ae7194fbb39569bb',
    'chart wachttijd by none where zone': 'add1f89fa5bab14b',
    'chart wachttijd by none where range': 'a7106af6ee4e7b53',
    'chart wachttijd by none where multi': 'a8c2facd306e9d75',
    'chart wachttijd by none where collection': '29d0f86ceaed5be6',
    'chart wachttijd by none where text': '0fb029aafb36647d',
    'chart wachttijd by rol where none': 'e87b6c525ca5347f',
    'chart wachttijd by rol where zone': '033227a0543545c0',
    'chart wachttijd by rol where multi': '8ce98c14b5b8113c',
    'chart wachttijd by fase where none': '655ad863222c8e51',
    'chart wachttijd by fase where zone': '6d303874d5f04350',
    'chart wachttijd by fase where multi': '04ea1d8f74b46a6a',
    'chart wachttijd by collection where none': 'f94e1e501ea2a685',
    'chart wachttijd by collection where zone': 'b13bdad3758d42ce',
    'chart wachttijd by collection where multi': '0f2789d011017a4e',
    'chart wachttijd by year where none': 'd4bff9e37a2458c6',
    'chart wachttijd by year where zone': '505aeda0ff0b4a67',
    'chart wachttijd by year where multi': 'eb6d892471691dd3',
    'chart soort by none where none': '45cd04156a8a0637',
    'chart soort by none where gemeente': '284d0a992652049c',
    'chart soort by none where zone': '2b1f5e636df14414',
    'chart soort by none where range': '6491ea100c3cfab2',
    'chart soort by none where multi': '91fd2051d3145425',
    'chart soort by none where collection': '6d1b6f9c42e7898c',
    'chart soort by none where text': 'ecd054aeeebe0a07',
    'chart soort by rol where none': 'a28c69490b22c23d',
    'chart soort by rol where zone': 'f1f70f7010fa155d',
    'chart soort by rol where multi': 'e1107c66f49f9fd5',
    'chart soort by fase where none': 'dc96c09f7f2e2e8c',
    'chart soort by fase where zone': '78d148c692a598d3',
    'chart soort by fase where multi': 'c824bb6de0751887',
    'chart soort by collection where none': 'c0d1449a36b00e53',
    'chart soort by collection where zone': '6bbdfabf9fd41df1',
    'chart soort by collection where multi': '84325d9137800885',
    'chart soort by year where none': 'd84e59e1c30a6a59',
    'chart soort by year where zone': '39712e2e3b45e0b2',
    'chart soort by year where multi': 'ecb8a812fa5c5175',
    'chart rol by none where none': '471390f6064323a9',
    'chart rol by none where gemeente': '42c01c6b7b2922dd',
    'chart rol by none where zone': 'e1dfb5655d649c12',
    'chart rol by none where range': '4405a86e027fcaf9',
    'chart rol by none where multi': '0f35c8af2a264b54',
    'chart rol by none where collection': 'caf1831133b9f11d',
    'chart rol by none where text': 'ac4b57657c6f299d',
    'chart rol by rol where none': '514d51ddbbfc1fd6',
    'chart rol by rol where zone': '518ae4e034d932f7',
    'chart rol by rol where multi': '3412a8c493c1969e',
    'chart rol by fase where none': '37f37858bc4f8d95',
    'chart rol by fase where zone': '73916d7f124ae4ca',
    'chart rol by fase where multi': 'afb61db5ee844de3',
    'chart rol by collection where none': '9b297fed9a59b5b9',
    'chart rol by collection where zone': '6929fcb9047f1d4a',
    'chart rol by collection where multi': 'f30352f8cde5addb',
    'chart rol by year where none': '58aa446869d783dc',
    'chart rol by year where zone': '820ee88f5c3d576b',
    'chart rol by year where multi': 'e315b5cbd61e4da3',
    'chart gemeente by none where none': '3a1c54361d63f118',
    'chart gemeente by none where gemeente': '2ad79eb7243dc0e7',
    'chart gemeente by none where zone': 'a0e6800f72e37e0c',
    'chart gemeente by none where range': '515081aa716364ec',
    'chart gemeente by none where multi': '75a2cc41fd87ae79',
    'chart gemeente by none where collection': 'd5d2aaf3762b3e32',
    'chart gemeente by none where text': 'f0b9f82ed41c7842',
    'chart gemeente by rol where none': '540ca35705ae29b3',
    'chart gemeente by rol where zone': '376b1c5b9acaa3d7',
    'chart gemeente by rol where multi': '923648dbdcf56358',
    'chart gemeente by fase where none': 'b6cbac99d8504f96',
    'chart gemeente by fase where zone': 'e56f3fe917719c57',
    'chart gemeente by fase where multi': '787c1473d76ba21f',
    'chart gemeente by collection where none': 'a00235ab68607280',
    'chart gemeente by collection where zone': 'f474f93bae712f3b',
    'chart gemeente by collection where multi': '4c459bbff6bb2ee4',
    'chart gemeente by year where none': 'dc3305d3476e770f',
    'chart gemeente by year where zone': 'f734bfff9c16ec96',
    'chart gemeente by year where multi': '434186ac0b3cd318',
    'region 0 by none from 0': '1fbddb9dbd5da3bb',
    'region 0 by none from 20': 'e16cc02ce7763894',
    'region 0 by rol from 0': 'b22564a17793105a',
    'region 0 by rol from 20': 'c75b1968ee4a4111',
    'region 0 by fase from 0': 'd8ec473b74c45972',
    'region 0 by fase from 20': 'e5d2b41983719793',
    'region 1 by none from 0': '933e2081f80bd1a5',
    'region 1 by none from 20': 'a0ad7272e6a80726',
    'region 1 by rol from 0': '75bb0e71f87245b6',
    'region 1 by rol from 20': 'f818b09a75d06b3b',
    'region 1 by fase from 0': 'db80c03a718fe182',
    'region 1 by fase from 20': 'a40a92ef3e844f80',
    'patterns from 0': 'f8c3671f02c4338b',
    'patterns from 100': '0a11ca1dab627a90',
    'patterns from 200': 'b677f784dab71f50',
    'patterns from 300': 'f622e59f148b7621',
    'patterns from 400': '4e397c51a5ac65a8',
    'patterns of hulp': 'd806e3f64b276ec3',
    'stories of tempo×wachttijd': 'd2f6e16701a5789a',
    'stories of regie×rol': '610a9bf80eeafe5d',
    'stories of belangrijk×rol': '9c3ec9b8b4d3d4ee',
  },
  interpreter: {
    questions: 'bed077bbd0feaa91',
    'chart gevoel by none where none': '20de4bfe85c8711f',
    'chart gevoel by none where gemeente': '44c54c6e5037f2d7',
    'chart gevoel by none where zone': '5090a1357edc13c6',
    'chart gevoel by none where range': '12f36211988fb5b4',
    'chart gevoel by none where multi': '34df2322ce45781a',
    'chart gevoel by none where collection': 'f994dea59c44e996',
    'chart gevoel by none where text': '014e0c47c30f06fe',
    'chart gevoel by rol where none': '7279ee4697663cf5',
    'chart gevoel by rol where zone': 'ddc5ef8ed1fc7350',
    'chart gevoel by rol where multi': '2ca45adc89cc4e3f',
    'chart gevoel by fase where none': 'e5ca6fb4997b0147',
    'chart gevoel by fase where zone': 'f541f9890e09d2b3',
    'chart gevoel by fase where multi': 'cad43eb4b0013fd0',
    'chart gevoel by collection where none': '64934fbd9dd74b2c',
    'chart gevoel by collection where zone': '2648e4a7c87f8d84',
    'chart gevoel by collection where multi': '895a554ff25c0495',
    'chart gevoel by year where none': 'cdddb088af18524f',
    'chart gevoel by year where zone': '8652b2ee577555e3',
    'chart gevoel by year where multi': '42db0a8b2ff0ab6d',
    'chart hulp by none where none': '51470dad37bad546',
    'chart hulp by none where gemeente': 'ba89eebb76389c59',
    'chart hulp by none where zone': '91138cfdbf6eba50',
    'chart hulp by none where range': '70faa828a6b955c4',
    'chart hulp by none where multi': '4d2841aa4cbc6646',
    'chart hulp by none where collection': '559398cd4e297de3',
    'chart hulp by none where text': '9e23e83570fc0df0',
    'chart hulp by rol where none': 'f07223047471e9d7',
    'chart hulp by rol where zone': 'b644923591f11524',
    'chart hulp by rol where multi': '33ca691e5ae98869',
    'chart hulp by fase where none': 'e6264b192d08c18f',
    'chart hulp by fase where zone': '5f22aef1805eb735',
    'chart hulp by fase where multi': '025ea3f1f4441dab',
    'chart hulp by collection where none': 'c8782292604771ae',
    'chart hulp by collection where zone': 'f5504d9871de3397',
    'chart hulp by collection where multi': '4ad2202eb5c59f7b',
    'chart hulp by year where none': '4975b4e54556e916',
    'chart hulp by year where zone': '9ec814e7d2fe4e79',
    'chart hulp by year where multi': '0b253384d3f27d81',
    'chart regie by none where none': '8fb1f81e56d7d068',
    'chart regie by none where gemeente': '9ede2a79fc242edc',
    'chart regie by none where zone': 'adb59a3e7a939a49',
    'chart regie by none where range': '7f0d04f04242cddf',
    'chart regie by none where multi': 'faad7b885cb7f668',
    'chart regie by none where collection': '850002c881cf532b',
    'chart regie by none where text': '8f648b8ece4baaf5',
    'chart regie by rol where none': 'c19107aaf627e92e',
    'chart regie by rol where zone': '29ee45e831fd29d1',
    'chart regie by rol where multi': '3e62daaedd3baf91',
    'chart regie by fase where none': '042ac40ab27bbe63',
    'chart regie by fase where zone': '4ce410d36162da17',
    'chart regie by fase where multi': 'fd89e86d9fe4e2c8',
    'chart regie by collection where none': '8094b92782f209cc',
    'chart regie by collection where zone': 'deb5921c49cb9b07',
    'chart regie by collection where multi': 'e0ca4de0740eec08',
    'chart regie by year where none': '2c063b96334d46f7',
    'chart regie by year where zone': 'ca4f3e2cce21bf62',
    'chart regie by year where multi': '91fcbde238b8c329',
    'chart belangrijk by none where none': 'c255e9b9d3686cfd',
    'chart belangrijk by none where gemeente': '864474ad104723e6',
    'chart belangrijk by none where zone': '3a91ee987fccf3f5',
    'chart belangrijk by none where range': 'b5b6ccb681b1d69a',
    'chart belangrijk by none where multi': 'f243beb570d9c22f',
    'chart belangrijk by none where collection': '9acb13903d6bd11a',
    'chart belangrijk by none where text': '51f409dd15ed60d6',
    'chart belangrijk by rol where none': 'd3c0d4e241b416c4',
    'chart belangrijk by rol where zone': '7aa6c72aac04d0d4',
    'chart belangrijk by rol where multi': 'f7806b6f36f1797b',
    'chart belangrijk by fase where none': '8bb7d696f5c3283c',
    'chart belangrijk by fase where zone': 'fd0c0453855cea1b',
    'chart belangrijk by fase where multi': 'c6d5348a5dd90c80',
    'chart belangrijk by collection where none': 'f36d1f64ff5cffb3',
    'chart belangrijk by collection where zone': '27b8aa590b1c7b97',
    'chart belangrijk by collection where multi': '8e6f0bada2a26b84',
    'chart belangrijk by year where none': 'ef8101392d1eea1a',
    'chart belangrijk by year where zone': '238d3112f439c435',
    'chart belangrijk by year where multi': '9d3792f88503e4ab',
    'chart betrokken by none where none': '3968b59916b6c50f',
    'chart betrokken by none where gemeente': '0c6314bede192ef2',
    'chart betrokken by none where zone': '2c4a361e35bb10ff',
    'chart betrokken by none where range': 'c7864d0cff849d17',
    'chart betrokken by none where multi': 'b2b6bcdaf6ecc710',
    'chart betrokken by none where collection': '270156419240fc1d',
    'chart betrokken by none where text': '46c2fb6ec179b624',
    'chart betrokken by rol where none': '0fb9a2a717a59121',
    'chart betrokken by rol where zone': 'a5d8bce58cfd5b37',
    'chart betrokken by rol where multi': 'fa735ea0794d31c5',
    'chart betrokken by fase where none': '940966a5dea7a837',
    'chart betrokken by fase where zone': '46a1930061985600',
    'chart betrokken by fase where multi': '9748994a20a15742',
    'chart betrokken by collection where none': 'fb5573dafd756780',
    'chart betrokken by collection where zone': '88129cd028cd568a',
    'chart betrokken by collection where multi': '19a30ebc4e435df1',
    'chart betrokken by year where none': '45dd5cc2826299ec',
    'chart betrokken by year where zone': '594336a0682e1f11',
    'chart betrokken by year where multi': '81acb22e05347163',
    'chart tempo by none where none': '07321d2ebe2ff73d',
    'chart tempo by none where gemeente': 'acdfc66f59226609',
    'chart tempo by none where zone': '7a07497c165c9a9d',
    'chart tempo by none where range': '785521235b696825',
    'chart tempo by none where multi': 'f3492e693b330eb9',
    'chart tempo by none where collection': '01b64c49c13909f4',
    'chart tempo by none where text': '52811412aa79dfb8',
    'chart tempo by rol where none': '6ca1171b0d09f797',
    'chart tempo by rol where zone': 'a2a3404fb1f9ef39',
    'chart tempo by rol where multi': '8202df9671eeb276',
    'chart tempo by fase where none': '5f137e16c92f8884',
    'chart tempo by fase where zone': '8a784b01b0e35527',
    'chart tempo by fase where multi': 'eca87353d201a57f',
    'chart tempo by collection where none': '929506c875068de7',
    'chart tempo by collection where zone': '6b5ea256a0478058',
    'chart tempo by collection where multi': 'dcbaf3fc9eb4fa44',
    'chart tempo by year where none': '679ec109d65e2060',
    'chart tempo by year where zone': 'c17cd8b0815664e2',
    'chart tempo by year where multi': '490c56c1c71bd131',
    'chart plekken by none where none': '04fb7c7b341978eb',
    'chart plekken by none where gemeente': 'c07e3be59ae246a2',
    'chart plekken by none where zone': '1e4f4ebaabe15c24',
    'chart plekken by none where range': 'b82fccfffb1a3a7b',
    'chart plekken by none where multi': '10e913329666b257',
    'chart plekken by none where collection': '5d1c8956a377b288',
    'chart plekken by none where text': '641faa0cf6bf054f',
    'chart plekken by rol where none': 'c82f524b0a6757b5',
    'chart plekken by rol where zone': '11dd6e3832161449',
    'chart plekken by rol where multi': '0136aacc6e01bebb',
    'chart plekken by fase where none': '2b6b884c65225422',
    'chart plekken by fase where zone': 'e42ebd2effe72e24',
    'chart plekken by fase where multi': 'b571d514dafa416f',
    'chart plekken by collection where none': 'c0ca2fd82dd7daae',
    'chart plekken by collection where zone': 'a3f13f7fdf2512e2',
    'chart plekken by collection where multi': 'ed95a814dbc37749',
    'chart plekken by year where none': '01e9f151491207bb',
    'chart plekken by year where zone': '8127e0f2f30c91d7',
    'chart plekken by year where multi': 'b34fbc58c5ef403a',
    'chart fase by none where none': '1b24885c858a30fe',
    'chart fase by none where gemeente': '4ca29f4c34ed2aa4',
    'chart fase by none where zone': 'fa63ae4b842c5ad0',
    'chart fase by none where range': 'a5f28a1ff43bca15',
    'chart fase by none where multi': '544e4eb593783710',
    'chart fase by none where collection': '7bb9d355a08c726d',
    'chart fase by none where text': '73e3588e8f498ad9',
    'chart fase by rol where none': '240a412705a01d84',
    'chart fase by rol where zone': '3778902a258a9a06',
    'chart fase by rol where multi': '61733fe9c9e30d64',
    'chart fase by fase where none': '9383863f988379d3',
    'chart fase by fase where zone': '81b5b53475cf6f69',
    'chart fase by fase where multi': '9eef78a5fb695ab2',
    'chart fase by collection where none': '52f058c85d6b24c3',
    'chart fase by collection where zone': '1f1e84361583b067',
    'chart fase by collection where multi': 'e51404e128f5845d',
    'chart fase by year where none': 'b03992b19e0d70db',
    'chart fase by year where zone': 'a74b4a29b488ed6b',
    'chart fase by year where multi': '1cf8c394c60ab5ed',
    'chart wachttijd by none where none': '0bffe571a7bcdd7a',
    'chart wachttijd by none where gemeente': 'c95894ef059be784',
    'chart wachttijd by none where zone': '14d4e280293468f1',
    'chart wachttijd by none where range': '98e33ed4fe4b3e28',
    'chart wachttijd by none where multi': '975f49d0f2c29689',
    'chart wachttijd by none where collection': 'c81ac88da8d6d042',
    'chart wachttijd by none where text': '85e6e2f797aebcce',
    'chart wachttijd by rol where none': '9aa8ae253fc9c011',
    'chart wachttijd by rol where zone': '2e827f23a5e8883e',
    'chart wachttijd by rol where multi': '4c7a7a5235f15e86',
    'chart wachttijd by fase where none': '98ff70f5b96cd0cf',
    'chart wachttijd by fase where zone': 'cfe36096395f0867',
    'chart wachttijd by fase where multi': 'c57db62db9ef1f69',
    'chart wachttijd by collection where none': 'b55b78f62d6aaa15',
    'chart wachttijd by collection where zone': '0ba0ec7a40032e09',
    'chart wachttijd by collection where multi': '2faf5f0a011444e2',
    'chart wachttijd by year where none': '7b45cb255619be21',
    'chart wachttijd by year where zone': '5f6b5230de21a972',
    'chart wachttijd by year where multi': 'aa028051b51d5eaa',
    'chart soort by none where none': '252e929dc1b3a575',
    'chart soort by none where gemeente': '8ca60dab568703a8',
    'chart soort by none where zone': '1a5907afd67de935',
    'chart soort by none where range': '0a14c2eb07d4880f',
    'chart soort by none where multi': 'a3ca5d07722a763d',
    'chart soort by none where collection': 'ad69303c7af3e7ec',
    'chart soort by none where text': '78ca5b7d5b83babd',
    'chart soort by rol where none': '4cc476697dae3ea7',
    'chart soort by rol where zone': '03735fa904b4b3e4',
    'chart soort by rol where multi': 'df2cbb973d4431ac',
    'chart soort by fase where none': '135fe09a6537b6d1',
    'chart soort by fase where zone': 'a0929ba52134a1d5',
    'chart soort by fase where multi': '032b435ec4202528',
    'chart soort by collection where none': '578032eb02c5c199',
    'chart soort by collection where zone': 'c871193292627325',
    'chart soort by collection where multi': '2e605f252c9b52c7',
    'chart soort by year where none': '8b560228e5727a4d',
    'chart soort by year where zone': 'c13f9ec7ae86b2e7',
    'chart soort by year where multi': 'd978d4f726299317',
    'chart rol by none where none': '7b020a0a2d237d89',
    'chart rol by none where gemeente': 'f903d3ffc6c8a07d',
    'chart rol by none where zone': '5677bb58c981d22e',
    'chart rol by none where range': 'bc27c5dacb69d7dd',
    'chart rol by none where multi': '0ed35514931b7fa5',
    'chart rol by none where collection': '89492db9d79da5d1',
    'chart rol by none where text': 'e8c2f8bbcf36b342',
    'chart rol by rol where none': '67759d7223926650',
    'chart rol by rol where zone': '40253737c4fcf9cb',
    'chart rol by rol where multi': 'cde05165e030ab5f',
    'chart rol by fase where none': '05807e47f102d84c',
    'chart rol by fase where zone': 'b5b88640ce4fdf17',
    'chart rol by fase where multi': '24365c0609fde9c0',
    'chart rol by collection where none': '0131adcb411fe97d',
    'chart rol by collection where zone': 'a293c652b1418638',
    'chart rol by collection where multi': 'ae4730cb34ef41ff',
    'chart rol by year where none': '0fb1a2bdd89f867a',
    'chart rol by year where zone': 'ff87815321ed1b51',
    'chart rol by year where multi': 'ddb4209e98765945',
    'chart gemeente by none where none': 'c16a817465bbd8f9',
    'chart gemeente by none where gemeente': '80df9517c547569b',
    'chart gemeente by none where zone': '11cc14f59248209e',
    'chart gemeente by none where range': '7b36da014f32011e',
    'chart gemeente by none where multi': '325e3e69bd6a7460',
    'chart gemeente by none where collection': '519d9e5f229cd182',
    'chart gemeente by none where text': '665d039111712d1a',
    'chart gemeente by rol where none': '2320b7cae11e44a3',
    'chart gemeente by rol where zone': '45927e22c521cefd',
    'chart gemeente by rol where multi': 'f3df30b6743d41df',
    'chart gemeente by fase where none': '8cca21309ad25fc9',
    'chart gemeente by fase where zone': '2406ce8a28872dc5',
    'chart gemeente by fase where multi': '1ca963563fc040c7',
    'chart gemeente by collection where none': '854e615b317f9bae',
    'chart gemeente by collection where zone': 'ec6ec2e8e98ed9d6',
    'chart gemeente by collection where multi': 'ae55653a653444aa',
    'chart gemeente by year where none': '66569fe696396359',
    'chart gemeente by year where zone': '815eafaa1a364662',
    'chart gemeente by year where multi': 'b9fd4e0aa7f7ed58',
    'region 0 by none from 0': '23b0ad8e62965e87',
    'region 0 by none from 20': '8114640a9c20c850',
    'region 0 by rol from 0': '0c65cd5d3db1f2ab',
    'region 0 by rol from 20': '0c65cd5d3db1f2ab',
    'region 0 by fase from 0': 'd0aad6f148de5894',
    'region 0 by fase from 20': 'b15b266440804661',
    'region 1 by none from 0': '630a5bf6be50cec3',
    'region 1 by none from 20': '5450bb4c7d9218bb',
    'region 1 by rol from 0': 'ca6959c31148de19',
    'region 1 by rol from 20': '84454ea0ea12edb1',
    'region 1 by fase from 0': '84d53d8dc34d34e6',
    'region 1 by fase from 20': '3dc3483513bf69b4',
    'patterns from 0': 'c5e20349be9e416d',
    'patterns from 100': 'dc3e7627bd785449',
    'patterns from 200': 'd7e463a05f788cae',
    'patterns from 300': '91861ba55e7189ee',
    'patterns from 400': '89687f300d64d983',
    'patterns of hulp': 'ac4f03f51fcc6f4b',
    'stories of tempo×wachttijd': '36dfecbeb56ec2de',
    'stories of regie×rol': '1b688b9715051240',
    'stories of belangrijk×rol': 'e63d98dea6fe53a6',
  },
};
