import { TRIAD_ZONES, triadZone } from '@duiding/analytics';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { NOW, openWithCollection } from '../test/fixtures';
import { applyCode, createCode } from './codebook';
import { createCollection } from './collections';
import type { TDatabase } from './database';
import { searchExplorerStoryIds } from './explorer';
import { recordModerationDecision } from './moderation';
import { insertStoryOnce, setStoryStatus } from './stories';
import {
  findProjectStory,
  searchProjectStories,
  type TStorySearchInput,
  type TStorySortKey,
} from './story-search';
import { createUser } from './users';

let database: TDatabase | undefined;
afterEach(() => database?.close());

const VISIBLE = ['pending', 'approved', 'rejected'] as const;

interface TStorySeed {
  title?: string;
  text?: string;
  channel?: 'web' | 'assisted' | 'paper' | 'import';
  createdOn?: string;
  answers?: Record<string, unknown>;
  participantAnswers?: Record<string, unknown>;
  collectionId?: string;
}

function setup() {
  const opened = openWithCollection();
  database = opened.database;
  let n = 0;
  const add = (seed: TStorySeed = {}) => {
    n++;
    return insertStoryOnce(opened.database.orm, {
      clientId: `verhaal-${n}`,
      collectionId: seed.collectionId ?? opened.collectionId,
      participant: { clientId: `deelnemer-${n}`, answers: seed.participantAnswers ?? {} },
      promptId: 'moment',
      title: seed.title ?? `Verhaal ${n}`,
      text: seed.text ?? 'Een gewoon verhaal over de hulp.',
      language: 'nl',
      channel: seed.channel ?? 'web',
      answers: seed.answers ?? {},
      createdOn: seed.createdOn ?? '2026-11-01',
    }).storyId;
  };
  const search = (input: Partial<TStorySearchInput> = {}) =>
    searchProjectStories(opened.database.orm, {
      projectId: opened.projectId,
      statuses: VISIBLE,
      sort: { key: 'createdOn', direction: 'desc' },
      limit: 50,
      withParticipantAnswers: true,
      withTotal: true,
      searchIn: 'original',
      ...input,
    });
  const ids = (input: Partial<TStorySearchInput> = {}) =>
    search(input)
      .stories.map((s) => s.id)
      .sort();
  return { ...opened, db: opened.database.orm, add, search, ids };
}

describe('searchProjectStories: text', () => {
  it('finds words in title and text, ignoring case and accents, and counts the matches', () => {
    const t = setup();
    const a = t.add({ title: 'Eindelijk een plek', text: 'Na één jaar wachten kreeg ik hulp.' });
    const b = t.add({ text: 'De CRÈCHE belde het wijkteam.' });
    t.add({ text: 'Niets bijzonders.' });
    expect(t.ids({ text: 'EEN JAAR' })).toEqual([a]);
    expect(t.ids({ text: 'creche' })).toEqual([b]);
    expect(t.ids({ text: 'plek' })).toEqual([a]);
    expect(t.ids({ text: 'wacht*' })).toEqual([a]);
    expect(t.search({ text: 'wijkteam OR plek' }).total).toBe(2);
    expect(t.search({ text: '-wijkteam' }).total).toBe(2);
    // Input that is no query at all is no condition.
    expect(t.search({ text: '* AND ( - 😀' }).total).toBe(3);
  });

  it('follows a story whose text changes, and forgets a deleted one', () => {
    const t = setup();
    const id = t.add({ text: 'Over de huisarts.' });
    t.db.run(sql`UPDATE stories SET text = 'Over de jeugdarts.' WHERE id = ${id}`);
    expect(t.ids({ text: 'huisarts' })).toEqual([]);
    expect(t.ids({ text: 'jeugdarts' })).toEqual([id]);
    t.db.run(sql`DELETE FROM stories WHERE id = ${id}`);
    expect(t.db.get<{ n: number }>(sql`SELECT count(*) AS n FROM story_search_keys`)?.n).toBe(0);
    expect(t.db.get<{ n: number }>(sql`SELECT count(*) AS n FROM story_answer_facets`)?.n).toBe(0);
  });
});

describe('searchProjectStories: withdrawal', () => {
  it('drops a withdrawn story from search, filters, counts and the story page', () => {
    const t = setup();
    const kept = t.add({ text: 'Samen met de mentor.', answers: { gevoel: 'positief' } });
    const gone = t.add({ text: 'De mentor luisterde.', answers: { gevoel: 'positief' } });
    setStoryStatus(t.db, gone, 'withdrawn');
    expect(t.ids({ text: 'mentor' })).toEqual([kept]);
    const byAnswer = {
      answers: [
        { kind: 'options', source: 'story', questionId: 'gevoel', options: ['positief'] },
      ] as const,
    };
    expect(t.ids(byAnswer)).toEqual([kept]);
    // Even a caller that asks for withdrawn stories does not get them.
    expect(t.search({ statuses: ['withdrawn', 'pending'] }).total).toBe(1);
    expect(
      findProjectStory(t.db, {
        projectId: t.projectId,
        storyId: gone,
        statuses: ['withdrawn'],
        withParticipantAnswers: true,
      }),
    ).toBeUndefined();
    // Nothing of it stays in the index: no text, no answers.
    const rows = t.db.get<{ fts: number; facets: number }>(sql`
      SELECT (SELECT count(*) FROM story_fts WHERE story_fts MATCH 'luisterde') AS fts,
        (SELECT count(*) FROM story_answer_facets f JOIN story_search_keys k ON k.key = f.story_key
          WHERE k.story_id = ${gone}) AS facets`);
    expect(rows).toEqual({ fts: 0, facets: 0 });
  });
});

describe('searchProjectStories: answer filters', () => {
  it('filters on options (one, several, with other text) of story and participant answers', () => {
    const t = setup();
    const a = t.add({ answers: { gevoel: 'positief', soort: ['jeugd_ggz', 'wijkteam'] } });
    const b = t.add({
      answers: { gevoel: 'negatief', soort: { selected: ['anders'], other: 'Een tante' } },
      participantAnswers: { rol: 'jongere' },
    });
    const c = t.add({ answers: { gevoel: 'na' }, participantAnswers: { rol: 'ouder' } });
    const options = (questionId: string, values: string[], source = 'story' as const) => ({
      answers: [{ kind: 'options' as const, source, questionId, options: values }],
    });
    expect(t.ids(options('gevoel', ['positief', 'na']))).toEqual([a, c].sort());
    expect(t.ids(options('soort', ['wijkteam']))).toEqual([a]);
    expect(t.ids(options('soort', ['anders']))).toEqual([b]);
    expect(t.ids(options('rol', ['jongere'], 'participant' as 'story'))).toEqual([b]);
    // A participant's answer is not a story's answer of the same id.
    expect(t.ids(options('rol', ['jongere']))).toEqual([]);
    // Several conditions all hold.
    expect(
      t.ids({
        answers: [
          ...options('gevoel', ['negatief']).answers,
          ...options('soort', ['anders']).answers,
        ],
      }),
    ).toEqual([b]);
    // Free text is no option.
    expect(t.ids(options('soort', ['Een tante']))).toEqual([]);
  });

  // 250 stories stored one by one: slow on a busy machine.
  it('puts every triad in the zone analytics gives it', { timeout: 60_000 }, () => {
    const t = setup();
    const part = fc.integer({ min: 0, max: 10_000 });
    const triads = fc
      .tuple(part, part)
      .filter(([x, y]) => x + y <= 10_000)
      .map(([x, y]) => ({ a: x / 10_000, b: y / 10_000, c: (10_000 - x - y) / 10_000 }));
    // Around the boundaries of 0.2 and 0.6 too.
    const edges = fc.constantFrom(0.2, 0.6, 0.1999, 0.2001, 0.5999, 0.6001, 0.4, 0).chain((a) =>
      fc
        .constantFrom(0.2, 0.6, 0.1999, 0.2001, 0.2, 0.4)
        .filter((b) => a + b <= 1)
        .map((b) => ({ a, b, c: Math.max(0, 1 - a - b) })),
    );
    const values = fc.sample(fc.oneof(triads, edges), 250);
    const expected = new Map<string, string[]>();
    for (const hulp of values) {
      const id = t.add({ answers: { hulp } });
      const zone = triadZone(hulp);
      expected.set(zone, [...(expected.get(zone) ?? []), id]);
    }
    for (const zone of TRIAD_ZONES) {
      const found = searchProjectStories(t.db, {
        projectId: t.projectId,
        statuses: VISIBLE,
        sort: { key: 'createdOn', direction: 'desc' },
        limit: 500,
        withParticipantAnswers: false,
        withTotal: true,
        searchIn: 'original',
        answers: [{ kind: 'zones', source: 'story', questionId: 'hulp', zones: [zone] }],
      });
      expect(found.stories.map((s) => s.id).sort(), zone).toEqual(
        (expected.get(zone) ?? []).sort(),
      );
    }
  });

  it('filters dyads on a range (ends included) and stones on their quadrant', () => {
    const t = setup();
    const low = t.add({ answers: { betrokken: 0.1, plekken: { wijkteam: { x: 0.2, y: 0.8 } } } });
    const mid = t.add({ answers: { betrokken: 0.5, plekken: { wijkteam: { x: 0.5, y: 0.5 } } } });
    const high = t.add({ answers: { betrokken: 0.9, plekken: { school: { x: 0.9, y: 0.1 } } } });
    t.add({ answers: { betrokken: 'na' } });
    const range = (min: number, max: number) => ({
      answers: [
        { kind: 'range' as const, source: 'story' as const, questionId: 'betrokken', min, max },
      ],
    });
    expect(t.ids(range(0, 0.5))).toEqual([low, mid].sort());
    expect(t.ids(range(0.5, 1))).toEqual([mid, high].sort());
    const quadrants = (stoneId: string, q: number[]) => ({
      answers: [
        {
          kind: 'quadrants' as const,
          source: 'story' as const,
          questionId: 'plekken',
          stoneId,
          quadrants: q,
        },
      ],
    });
    // Quadrant 2: low x, high y; 3: high x and y; 1: high x, low y.
    expect(t.ids(quadrants('wijkteam', [2]))).toEqual([low]);
    expect(t.ids(quadrants('wijkteam', [3]))).toEqual([mid]);
    expect(t.ids(quadrants('wijkteam', [1, 2, 3]))).toEqual([low, mid].sort());
    expect(t.ids(quadrants('school', [1]))).toEqual([high]);
  });

  it('filters on status, channel, collection and dates (both ends included)', () => {
    const t = setup();
    const other = createCollection(t.db, {
      projectId: t.projectId,
      frameworkVersionId: t.db.get<{ v: string }>(
        sql`SELECT framework_version_id AS v FROM collections WHERE id = ${t.collectionId}`,
      )!.v,
      slug: 'tweede',
      title: 'Tweede',
      kind: 'public',
      opensAt: NOW,
      closesAt: NOW,
      now: NOW,
    });
    const a = t.add({ channel: 'paper', createdOn: '2026-10-01' });
    const b = t.add({ channel: 'web', createdOn: '2026-10-15', collectionId: other.id });
    const c = t.add({ channel: 'web', createdOn: '2026-10-31' });
    setStoryStatus(t.db, c, 'approved');
    expect(t.ids({ statuses: ['approved'] })).toEqual([c]);
    expect(t.ids({ channels: ['paper'] })).toEqual([a]);
    expect(t.ids({ channels: [] })).toEqual([]);
    expect(t.ids({ collectionIds: [other.id] })).toEqual([b]);
    expect(t.ids({ createdFrom: '2026-10-15', createdTo: '2026-10-31' })).toEqual([b, c].sort());
    expect(t.ids({ createdTo: '2026-10-01' })).toEqual([a]);
  });

  it('shows no story of another project', () => {
    const t = setup();
    t.add();
    const result = searchProjectStories(t.db, {
      projectId: 'een-ander-project',
      statuses: VISIBLE,
      sort: { key: 'createdOn', direction: 'desc' },
      limit: 50,
      withParticipantAnswers: true,
      withTotal: true,
      searchIn: 'original',
    });
    expect(result).toEqual({ stories: [], total: 0, next: null });
  });
});

describe('searchProjectStories: sorting and paging', () => {
  it.each<[TStorySortKey, 'asc' | 'desc']>([
    ['createdOn', 'desc'],
    ['createdOn', 'asc'],
    ['title', 'asc'],
    ['title', 'desc'],
    ['status', 'asc'],
    ['channel', 'desc'],
  ])('pages through every story once, in order, by %s %s', (key, direction) => {
    const t = setup();
    const titles = ['appel', 'Banaan', 'appel', 'citroen', 'Appel', 'banaan', 'dadel'];
    const told = new Map<string, number>();
    for (let i = 0; i < 23; i++) {
      const id = t.add({
        title: titles[i % titles.length],
        channel: (['web', 'paper', 'assisted'] as const)[i % 3],
        // Many stories share a day: the id must break the tie.
        createdOn: `2026-10-0${1 + (i % 3)}`,
      });
      told.set(id, i);
      if (i % 4 === 0) setStoryStatus(t.db, id, 'approved');
    }
    const seen: {
      id: string;
      title: string;
      createdOn: string;
      status: string;
      channel: string;
    }[] = [];
    let after: TStorySearchInput['after'];
    let pages = 0;
    do {
      const page = t.search({ sort: { key, direction }, limit: 5, after, withTotal: !after });
      if (!after) expect(page.total).toBe(23);
      seen.push(...page.stories);
      after = page.next ?? undefined;
      pages++;
    } while (after && pages < 10);
    expect(pages).toBe(5);
    expect(new Set(seen.map((s) => s.id)).size).toBe(23);
    const value = (s: (typeof seen)[number]) => (key === 'title' ? s.title.toLowerCase() : s[key]);
    const sign = direction === 'asc' ? 1 : -1;
    for (let i = 1; i < seen.length; i++) {
      const [x, y] = [seen[i - 1]!, seen[i]!];
      const order =
        value(x) === value(y)
          ? told.get(x.id)! < told.get(y.id)!
            ? -1
            : 1
          : value(x) < value(y)
            ? -1
            : 1;
      expect(order * sign, `${value(x)} before ${value(y)}`).toBe(-1);
    }
  });
});

describe('searchProjectStories: redaction and codes', () => {
  it('searches outside viewers only in the approved redaction, kept in step with it', () => {
    const t = setup();
    const id = t.add({ title: 'Juf Annelies', text: 'Juf Annelies van De Regenboog hielp ons.' });
    setStoryStatus(t.db, id, 'approved');
    const outside = (text: string) => t.ids({ text, statuses: ['approved'], searchIn: 'redacted' });
    // Approved by status alone: no redaction yet, so nothing to search outside the team.
    expect(outside('hielp')).toEqual([]);
    expect(t.ids({ text: 'annelies' })).toEqual([id]);
    const user = createUser(t.db, {
      email: 'moderator@example.nl',
      name: 'Moderator',
      passwordHash: 'x',
      now: NOW,
    });
    recordModerationDecision(t.db, {
      projectId: t.projectId,
      storyId: id,
      userId: user.id,
      reason: '',
      now: NOW,
      decision: 'approve',
      redaction: { title: 'Juf [naam]', text: 'Juf [naam] van [instelling] hielp ons.', spans: [] },
    });
    expect(outside('hielp')).toEqual([id]);
    // The explorer's text filter searches the same index the same way.
    const explorer = (text: string, searchIn: 'original' | 'redacted') =>
      searchExplorerStoryIds(t.db, t.projectId, text, searchIn);
    expect(explorer('annelies', 'original')).toEqual([id]);
    expect(explorer('annelies', 'redacted')).toEqual([]);
    expect(explorer('hielp', 'redacted')).toEqual([id]);
    expect(explorer('-hielp', 'original')).toEqual([]);
    expect(explorer('ANNÉLIES', 'original')).toEqual([id]);
    // The name is in the story, not in what outside viewers may search.
    expect(outside('annelies')).toEqual([]);
    expect(outside('regenboog')).toEqual([]);
    expect(t.ids({ text: 'regenboog' })).toEqual([id]);
    recordModerationDecision(t.db, {
      projectId: t.projectId,
      storyId: id,
      userId: user.id,
      reason: 'toch niet',
      now: NOW,
      decision: 'reject',
    });
    expect(outside('hielp')).toEqual([]);
  });

  it('filters on codes, whole story or passage', () => {
    const t = setup();
    const user = createUser(t.db, {
      email: 'codeur@example.nl',
      name: 'Codeur',
      passwordHash: 'x',
      now: NOW,
    });
    const wachten = createCode(t.db, {
      projectId: t.projectId,
      parentId: null,
      name: 'Wachten',
      description: '',
      now: NOW,
    })!;
    const steun = createCode(t.db, {
      projectId: t.projectId,
      parentId: null,
      name: 'Steun',
      description: '',
      now: NOW,
    })!;
    const a = t.add({ text: 'Maanden wachten op hulp.' });
    const b = t.add({ text: 'Fijne steun van de buurvrouw.' });
    t.add();
    const code = (
      storyId: string,
      codeId: string,
      passage: { start: number; end: number } | null,
    ) =>
      applyCode(t.db, {
        projectId: t.projectId,
        storyId,
        codeId,
        coderUserId: user.id,
        passage,
        now: NOW,
      });
    code(a, wachten.id, { start: 8, end: 15 });
    code(b, steun.id, null);
    expect(t.ids({ codeIds: [wachten.id] })).toEqual([a]);
    expect(t.ids({ codeIds: [wachten.id, steun.id] })).toEqual([a, b].sort());
    expect(t.search({ codeIds: [steun.id], text: 'buurvrouw' }).total).toBe(1);
  });
});

describe('searchProjectStories: paging through filtered matches', () => {
  it.each<[TStorySortKey, 'asc' | 'desc']>([
    ['createdOn', 'desc'],
    ['title', 'asc'],
    ['channel', 'asc'],
  ])(
    'gives every match once, in order, with its count, many or few, by %s %s',
    (key, direction) => {
      const t = setup();
      const told: { id: string; title: string; createdOn: string; channel: string; i: number }[] =
        [];
      for (let i = 0; i < 40; i++) {
        const story = {
          title: ['appel', 'Banaan', 'citroen', 'Dadel'][i % 4]!,
          text: i % 3 === 0 ? 'We moesten lang wachten.' : 'De hulp kwam snel.',
          channel: (['web', 'paper', 'assisted'] as const)[i % 3]!,
          createdOn: `2026-10-${String(1 + (i % 9)).padStart(2, '0')}`,
          answers: { gevoel: i % 2 === 0 ? 'negatief' : 'positief', betrokken: (i % 10) / 10 },
        };
        told.push({ id: t.add(story), ...story, i });
      }
      const cases: [Partial<TStorySearchInput>, (s: (typeof told)[number]) => boolean][] = [
        // Many: a page is found among the first stories in sort order.
        [
          {
            answers: [
              { kind: 'options', source: 'story', questionId: 'gevoel', options: ['negatief'] },
            ],
          },
          (s) => s.i % 2 === 0,
        ],
        // Few: words and two answers together, fewer than a page.
        [
          {
            text: 'wachten',
            answers: [
              { kind: 'options', source: 'story', questionId: 'gevoel', options: ['negatief'] },
              { kind: 'range', source: 'story', questionId: 'betrokken', min: 0, max: 0.35 },
            ],
          },
          (s) => s.i % 3 === 0 && s.i % 2 === 0 && s.i % 10 <= 3,
        ],
      ];
      const value = (s: (typeof told)[number]) =>
        key === 'title' ? s.title.toLowerCase() : key === 'createdOn' ? s.createdOn : s.channel;
      const sign = direction === 'asc' ? 1 : -1;
      for (const [filter, matches] of cases) {
        // Stories get their search key in the order told, the tie-breaker.
        const expected = told
          .filter(matches)
          .sort((x, y) => sign * (value(x) === value(y) ? x.i - y.i : value(x) < value(y) ? -1 : 1))
          .map((s) => s.id);
        const seen: string[] = [];
        let after: TStorySearchInput['after'];
        let pages = 0;
        do {
          const page = t.search({
            ...filter,
            sort: { key, direction },
            limit: 4,
            after,
            withTotal: !after,
          });
          if (!after) expect(page.total).toBe(expected.length);
          seen.push(...page.stories.map((s) => s.id));
          after = page.next ?? undefined;
          pages++;
        } while (after && pages < 20);
        expect(seen).toEqual(expected);
      }
    },
  );
});
