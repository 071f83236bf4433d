import { insertStoryOnce, type TStoryStatus } from '@duiding/db';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  createTestApi,
  expectAppError,
  MemoryCookieJar,
  STORY_ANSWERS,
  type TTestApi,
} from '../../../test/harness';
import { triadInSelection } from './explorer-stories';

// Sign-ins run scrypt; on a busy machine they take seconds.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

/*
 * A fixed small study: 52 stories, of which 42 approved. Roles: 25 parents, 24 young
 * people, 3 grandparents (a group under 10). One approved story ('enkel') is the only one
 * from Gorinchem, so the filters "Dordrecht or Gorinchem" and "Dordrecht" differ by it.
 */
interface TSeed {
  id: string;
  rol: string;
  gemeente: string;
  gevoel: string;
  hulp: { a: number; b: number; c: number };
  status: TStoryStatus;
  text: string;
}

const seeds: TSeed[] = [];
const triadFor = (k: number) => {
  const corners = [
    { a: 0.8, b: 0.1, c: 0.1 },
    { a: 0.1, b: 0.8, c: 0.1 },
    { a: 0.1, b: 0.1, c: 0.8 },
    { a: 1 / 3, b: 1 / 3, c: 1 / 3 },
  ];
  return corners[k % corners.length]!;
};
for (let k = 0; k < 52; k++) {
  const rol = k < 25 ? 'ouder_of_verzorger' : k < 49 ? 'jongere_12_17' : 'grootouder';
  seeds.push({
    id: `s${k}`,
    rol,
    gemeente: k === 7 ? 'gorinchem' : 'dordrecht',
    // Young people are more often negative: the comparison should find it.
    gevoel:
      rol === 'jongere_12_17'
        ? k % 6 === 0
          ? 'positief'
          : 'negatief'
        : k % 5 === 0
          ? 'negatief'
          : 'positief',
    hulp: triadFor(k),
    status: k % 5 === 4 ? 'pending' : 'approved',
    text:
      k === 0
        ? 'Bel mij gerust op 06-12345678, de hulp was goed en ik wil het vertellen.'
        : `Verhaal nummer ${k} over de hulp die we kregen en hoe dat ging.`,
  });
}

let api: TTestApi;
let projectId: string;
let analyst: ReturnType<TTestApi['caller']>;
let interpreter: ReturnType<TTestApi['caller']>;

beforeAll(async () => {
  api = await createTestApi();
  projectId = api.projectId;
  for (const seed of seeds) {
    insertStoryOnce(api.database.orm, {
      clientId: `client-${seed.id}`,
      collectionId: api.collectionId,
      participant: {
        clientId: `participant-${seed.id}`,
        answers: { rol: seed.rol, gemeente: seed.gemeente, duur: 'tussen_1_en_3_jaar' },
      },
      promptId: 'gehoord',
      title: `Titel ${seed.id}`,
      text: seed.text,
      language: 'nl',
      channel: 'web',
      status: seed.status,
      answers: { ...STORY_ANSWERS, gevoel: seed.gevoel, hulp: seed.hulp },
      createdOn: '2026-11-01',
    });
  }
  const signIn = async (role: 'analyst' | 'interpreter') => {
    const user = await api.addUser({ email: `${role}@example.nl`, role });
    const browser = api.caller({ cookies: new MemoryCookieJar() });
    await browser.portal.signIn(user);
    return browser;
  };
  analyst = await signIn('analyst');
  interpreter = await signIn('interpreter');
});
afterAll(() => api?.database.close());

const byRole = { kind: 'question', question: 'rol' } as const;

describe('explorer.chart for the research team', () => {
  it('counts every story that is not rejected, exactly', async () => {
    const result = await analyst.portal.explorer.chart({
      projectId,
      question: 'gevoel',
      groupBy: byRole,
    });
    expect(result.audience).toBe('team');
    expect(result.stories.value).toBe(52);
    if (result.chart.kind !== 'choice') throw new Error('expected bars');
    const parents = result.chart.groups.find((g) => g.id === 'ouder_of_verzorger')!;
    expect(parents.n.value).toBe(25);
    const negative = result.chart.options.findIndex((o) => o.id === 'negatief');
    // Parents: k = 0, 5, 10, 15, 20 are negative.
    expect(parents.counts[negative]?.count.value).toBe(5);
    const grandparents = result.chart.groups.find((g) => g.id === 'grootouder')!;
    expect(grandparents.n.value).toBe(3);
    expect(grandparents.withheld).toBeUndefined();
  });

  it('puts the test under a comparison in plain Dutch, with q and the effect', async () => {
    const result = await analyst.portal.explorer.chart({
      projectId,
      question: 'gevoel',
      groupBy: byRole,
    });
    const comparison = result.comparison!;
    expect(comparison.significant).toBe(true);
    expect(comparison.sentence).toMatch(/q = [<\d]/);
    expect(comparison.sentence).toMatch(/(klein|middelgroot|groot) effect\)\.$/);
    expect(comparison.groups.map((g) => [g.id, g.n.value])).toEqual([
      ['jongere_12_17', 24],
      ['ouder_of_verzorger', 25],
    ]);
    // The grandparents (3) are too few to take part, and are named.
    expect(comparison.excluded.map((g) => g.id)).toEqual(['grootouder']);
  });

  it('draws the triad with dots for the team and finds exactly the stories of a selected region', async () => {
    const chart = await analyst.portal.explorer.chart({ projectId, question: 'hulp' });
    if (chart.chart.kind !== 'triad') throw new Error('expected a triad');
    expect(chart.chart.groups[0]?.points).toHaveLength(52);
    const polygon = [
      { a: 1.2, b: -0.1, c: -0.1 },
      { a: 0.5, b: 0.5, c: 0 },
      { a: 0.5, b: 0, c: 0.5 },
    ];
    const page = await analyst.portal.explorer.regionStories({
      projectId,
      question: 'hulp',
      selection: { kind: 'polygon', points: polygon },
      limit: 50,
    });
    const expected = seeds
      .filter(
        (s) =>
          s.status !== 'rejected' && triadInSelection(s.hulp, { kind: 'polygon', points: polygon }),
      )
      .map((s) => `Titel ${s.id}`)
      .sort();
    expect(expected).toHaveLength(13);
    expect(page.stories.map((s) => s.title).sort()).toEqual(expected);
    expect(page.total.value).toBe(13);
  });
});

describe('explorer for an interpreter (outside the research team)', () => {
  it('sees approved stories only, counts rounded to 5, "<5" for small cells, and no group under 10', async () => {
    const result = await interpreter.portal.explorer.chart({
      projectId,
      question: 'gevoel',
      groupBy: byRole,
    });
    expect(result.audience).toBe('outside');
    if (result.chart.kind !== 'choice') throw new Error('expected bars');
    const grandparents = result.chart.groups.find((g) => g.id === 'grootouder')!;
    expect(grandparents.withheld).toMatch(/Minder dan 10/);
    expect(grandparents.counts.every((c) => c.count.value === null)).toBe(true);
    for (const group of result.chart.groups) {
      for (const cell of group.counts) {
        if (cell.count.value === null) expect(['<5', 'x', '–']).toContain(cell.count.display);
        else expect(cell.count.value % 5).toBe(0);
      }
      // Shares come from the rounded counts, never from the exact ones.
      if (group.n.value) {
        for (const cell of group.counts) {
          if (cell.count.value !== null)
            expect(cell.share).toBeCloseTo(cell.count.value / group.n.value, 12);
        }
      }
    }
    // Parents: 20 approved (k % 5 ≠ 4 among 0..24), shown as ≈ 20.
    const parents = result.chart.groups.find((g) => g.id === 'ouder_of_verzorger')!;
    expect(parents.n.display).toBe('≈ 20');
    // Their negative stories are k = 0, 5, 10, 15, 20: five, all approved. The young
    // people's 4 positive stories show as "<5", so this cell, in the same cycle, may be
    // hidden as well ("x", secondary suppression); it is never anything but 5.
    const negative = result.chart.options.findIndex((o) => o.id === 'negatief');
    const young = result.chart.groups.find((g) => g.id === 'jongere_12_17')!;
    const positive = result.chart.options.findIndex((o) => o.id === 'positief');
    expect(young.counts[positive]?.count.display).toBe('<5');
    expect(['5', 'x']).toContain(parents.counts[negative]?.count.display);
    expect(result.comparison?.groups.every((g) => g.n.display.startsWith('≈'))).toBe(true);
  });

  it('gets no dots of single stories, and a rounded heat map', async () => {
    const chart = await interpreter.portal.explorer.chart({ projectId, question: 'hulp' });
    if (chart.chart.kind !== 'triad') throw new Error('expected a triad');
    const group = chart.chart.groups[0]!;
    expect(group.points).toBeNull();
    for (const bin of group.bins ?? []) {
      if (bin.count.value !== null) expect(bin.count.value % 5).toBe(0);
    }
    for (const zone of group.zones) {
      if (zone.count.value !== null) expect(zone.count.value % 5).toBe(0);
    }
  });

  it('cannot tell one story from two filters that differ by it', async () => {
    const view = (gemeenten: string[]) => ({
      projectId,
      question: 'gevoel',
      groupBy: byRole,
      filters: [{ kind: 'choice' as const, question: 'gemeente', options: gemeenten }],
    });
    const withIt = await interpreter.portal.explorer.chart(view(['dordrecht', 'gorinchem']));
    const without = await interpreter.portal.explorer.chart(view(['dordrecht']));
    // The research team sees the one story as a difference of 1 …
    const teamWith = await analyst.portal.explorer.chart(view(['dordrecht', 'gorinchem']));
    const teamWithout = await analyst.portal.explorer.chart(view(['dordrecht']));
    expect((teamWith.stories.value ?? 0) - (teamWithout.stories.value ?? 0)).toBe(1);
    // … an interpreter sees the very same numbers.
    expect(withIt.chart).toEqual(without.chart);
    expect(withIt.stories).toEqual(without.stories);
  });

  it('lists approved stories only in a region, with personal data redacted and no participant answers', async () => {
    const page = await interpreter.portal.explorer.regionStories({
      projectId,
      question: 'hulp',
      selection: { kind: 'zone', zone: 'corner-a' },
      limit: 50,
    });
    const expected = seeds
      .filter((s) => s.status === 'approved' && s.hulp.a >= 0.6)
      .map((s) => `Titel ${s.id}`);
    expect(page.stories.map((s) => s.title).sort()).toEqual(expected.sort());
    expect(
      page.stories.every((s) => s.status === 'approved' && s.participantAnswers === null),
    ).toBe(true);
    const first = page.stories.find((s) => s.title === 'Titel s0')!;
    expect(first.text).not.toContain('06-12345678');
    expect(first.text).toContain('[');
    expect(page.total.display).toMatch(/^≈ \d+$/);
  });

  it('withholds a region list of fewer than 10 stories', async () => {
    const page = await interpreter.portal.explorer.regionStories({
      projectId,
      question: 'hulp',
      groupBy: byRole,
      group: 'grootouder',
      selection: { kind: 'zone', zone: 'corner-a' },
    });
    expect(page.stories).toEqual([]);
    expect(page.withheld).toMatch(/Minder dan 10/);
  });

  it('rejects an unbounded selection', async () => {
    const points = Array.from({ length: 401 }, (_, i) => ({ a: i / 401, b: 0, c: 1 - i / 401 }));
    await expectAppError(
      interpreter.portal.explorer.regionStories({
        projectId,
        question: 'hulp',
        selection: { kind: 'polygon', points },
      }),
      'BAD_INPUT',
    );
  });
});

describe('patterns', () => {
  it('ranks by q, then p, filters by question and strength, and gives the stories behind one', async () => {
    const all = await analyst.portal.patterns.list({ projectId, limit: 100 });
    expect(all.total).toBeGreaterThan(5);
    for (let i = 1; i < all.patterns.length; i++) {
      const [before, after] = [all.patterns[i - 1]!, all.patterns[i]!];
      expect(before.q < after.q || (before.q === after.q && before.p <= after.p)).toBe(true);
    }
    const gevoel = await analyst.portal.patterns.list({
      projectId,
      question: 'gevoel',
      strength: 'significant',
    });
    expect(gevoel.patterns.length).toBeGreaterThan(0);
    expect(
      gevoel.patterns.every(
        (p) => p.q < 0.05 && (p.left.question === 'gevoel' || p.right.question === 'gevoel'),
      ),
    ).toBe(true);
    const top = gevoel.patterns[0]!;
    const stories = await analyst.portal.patterns.stories({
      projectId,
      patternId: top.id,
      limit: 50,
    });
    expect(stories.stories.length).toBeGreaterThan(0);
    expect(stories.total.value).toBe(stories.stories.length);
  });
});
