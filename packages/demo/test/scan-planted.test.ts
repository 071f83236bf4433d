import { createHash } from 'node:crypto';
import { scanPatterns, type TPattern, type TScanStory } from '@duiding/analytics';
import { haaglandenPanelWave1, haaglandenPanelWave2, zhzJeugdhulp } from '@duiding/survey';
import { describe, expect, it } from 'vitest';
import { generateDemoPanelResponses, generateDemoStories, type TDemoStory } from '../src/index';

const toScan = (stories: TDemoStory[]): TScanStory[] =>
  stories.map((s, i) => ({ ...s, collectionId: i % 3 === 0 ? 'zhz-2024' : 'zhz-2025' }));

function find(patterns: TPattern[], signifier: string, grouping: string) {
  return patterns.find(
    (p) =>
      (p.leftQuestion === signifier && p.rightQuestion === grouping) ||
      (p.leftQuestion === grouping && p.rightQuestion === signifier),
  );
}

describe('scanPatterns on planted demo data', () => {
  const { stories, planted } = generateDemoStories({
    framework: zhzJeugdhulp,
    count: 3000,
    seed: 21,
  });
  const { patterns, skipped } = scanPatterns({
    framework: zhzJeugdhulp,
    stories: toScan(stories),
    seed: 1,
  });

  it('finds every planted pattern at q < 0.05, described with the planted group and direction', () => {
    const expected: Record<string, RegExp> = {
      'jongeren-serieus':
        /^Bij 'Jongere van (8 tot 11|12 tot 17) jaar' ligt .* meer bij 'Serieus genomen worden'/,
      'lange-wachttijd-tempo':
        /^Bij 'Meer dan 3 maanden' staat 'De hulp kwam …' meer richting 'veel te laat'/,
      'lange-wachttijd-gevoel':
        /^Bij 'Meer dan 3 maanden' werd .* vaker '(Heel negatief|Negatief)' gekozen/,
      'ouders-regels': /^Bij 'Ouder of verzorger' ligt .* meer bij 'Regels en procedures'/,
    };
    const signifierPatterns = planted.filter((p) => p.kind === 'signifier');
    expect(signifierPatterns.map((p) => p.id).sort()).toEqual(Object.keys(expected).sort());
    for (const plant of signifierPatterns) {
      const pattern = find(patterns, plant.signifier, plant.grouping);
      expect(pattern, plant.id).toBeDefined();
      expect(pattern!.q, plant.id).toBeLessThan(0.05);
      expect(pattern!.description, plant.id).toMatch(expected[plant.id]!);
    }
  });

  it('uses the test that fits each pair', () => {
    expect(find(patterns, 'belangrijk', 'rol')?.test).toBe('manova-pillai');
    expect(find(patterns, 'belangrijk', 'channel')?.test).toBe('manova-pillai');
    expect(find(patterns, 'hulp', 'collection')?.test).toBe('hotelling-t2');
    expect(find(patterns, 'tempo', 'wachttijd')?.test).toBe('kruskal-wallis');
    expect(find(patterns, 'tempo', 'collection')?.test).toBe('mann-whitney');
    expect(patterns.find((p) => p.id === 'tempo×fase:hulp_zoeken')?.test).toBe('mann-whitney');
    expect(patterns.find((p) => p.id === 'betrokken×tempo')?.test).toBe('spearman');
    expect(patterns.filter((p) => p.test === 'spearman').map((p) => p.id)).toEqual(
      expect.arrayContaining(['betrokken×informatie', 'betrokken×tempo', 'informatie×tempo']),
    );
    expect(patterns.filter((p) => p.test === 'spearman')).toHaveLength(3);
    expect(['chi-square', 'fisher-exact']).toContain(find(patterns, 'gevoel', 'wachttijd')?.test);
    // Each unordered pair of choice questions is tested once.
    const ids = patterns.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).not.toContain('wachttijd×gevoel');
    expect(ids).toContain('gevoel×wachttijd');
    // Options of one multi-select question are not tested against each other.
    expect(ids.some((id) => /^fase:.*×fase:/.test(id))).toBe(false);
    expect(skipped).toEqual([]);
  });

  it('ranks by q, then by p, never by effect sizes of different tests', () => {
    for (let i = 1; i < patterns.length; i++) {
      const [a, b] = [patterns[i - 1]!, patterns[i]!];
      expect(a.q <= b.q).toBe(true);
      if (a.q === b.q) expect(a.p <= b.p).toBe(true);
    }
    for (const p of patterns) {
      expect(p.p).toBeGreaterThanOrEqual(0);
      expect(p.q).toBeGreaterThanOrEqual(p.p);
      expect(p.q).toBeLessThanOrEqual(1);
    }
  });

  it('counts not-applicable answers, and lists the stories behind a pattern', () => {
    const regie = find(patterns, 'regie', 'rol')!;
    const byId = new Map(stories.map((s) => [s.id, s]));
    const notApplicable = stories.filter((s) => s.answers.regie === 'na').length;
    expect(regie.leftOut.notApplicable).toBe(notApplicable);
    expect(regie.storyCount).toBeGreaterThan(0);
    expect(regie.storyIds.length).toBe(Math.min(regie.storyCount, 1000));
    for (const id of regie.storyIds) {
      const story = byId.get(id)!;
      expect(story.participantAnswers.rol).toBe('ouder_of_verzorger');
      expect((story.answers.regie as { c: number }).c).toBeGreaterThan(0.3);
    }
    const tempo = find(patterns, 'tempo', 'wachttijd')!;
    const dontKnow = stories.filter((s) => s.answers.wachttijd === 'weet_ik_niet').length;
    expect(tempo.leftOut.dontKnow).toBe(dontKnow);
    expect(tempo.groupSizes.map((g) => g.group)).not.toContain('weet_ik_niet');
  });

  it('gives to the bit the result it gave before the scan was made faster', () => {
    // sha256 of JSON.stringify({ patterns, skipped }) at commit 11eed60 (ranking by q, then
    // p), before the speed work: every p, q, statistic, description and story id the same.
    const digest = createHash('sha256').update(JSON.stringify({ patterns, skipped })).digest('hex');
    expect(digest).toBe('1ef051bc170e51fd9c179103e8eab16006d271b85179930fa8e77114c2866322');
  });

  it('is deterministic for a seed', () => {
    const again = scanPatterns({ framework: zhzJeugdhulp, stories: toScan(stories), seed: 1 });
    expect(again.patterns).toEqual(patterns);
  });
});

describe('scanPatterns on data without planted patterns', () => {
  it('finds at most about 5 % false patterns', () => {
    let total = 0;
    let significant = 0;
    let nominal = 0;
    for (const seed of [31, 32]) {
      const { stories } = generateDemoStories({
        framework: zhzJeugdhulp,
        count: 2000,
        seed,
        plant: false,
      });
      const { patterns } = scanPatterns({
        framework: zhzJeugdhulp,
        stories: toScan(stories),
        seed,
      });
      total += patterns.length;
      significant += patterns.filter((p) => p.q < 0.05).length;
      nominal += patterns.filter((p) => p.p < 0.05).length;
    }
    expect(significant / total).toBeLessThanOrEqual(0.05);
    // Uncorrected, about 5 % of the tests come out at p < 0.05: the tests are calibrated.
    expect(nominal / total).toBeGreaterThan(0.02);
    expect(nominal / total).toBeLessThan(0.09);
  });
});

describe('scanPatterns ranking below significance', () => {
  it('ranks a weak planted pattern (p ≈ 0,04, q far above 0,05) ahead of every pattern with a larger p', () => {
    const { stories } = generateDemoStories({
      framework: zhzJeugdhulp,
      count: 2000,
      seed: 31,
      plant: false,
    });
    // Plant a small effect by hand: paper stories say the help came a little later.
    const shifted = toScan(stories).map((s) =>
      s.channel === 'paper' && typeof s.answers.tempo === 'number'
        ? { ...s, answers: { ...s.answers, tempo: Math.min(1, s.answers.tempo + 0.04) } }
        : s,
    );
    const { patterns } = scanPatterns({ framework: zhzJeugdhulp, stories: shifted, seed: 1 });
    const rank = patterns.findIndex((p) => p.id === 'tempo×channel');
    const planted = patterns[rank]!;
    expect(planted.p).toBeGreaterThan(0.03);
    expect(planted.p).toBeLessThan(0.05);
    expect(planted.q).toBeGreaterThan(0.5);
    // Ranked by effect size within the tied q's, 17 patterns with a larger p came first.
    expect(patterns.slice(0, rank).filter((p) => p.p > planted.p)).toEqual([]);
    expect(rank).toBe(patterns.filter((p) => p.p < planted.p).length);
  });
});

describe('scanPatterns on edge cases', () => {
  it('gives no patterns for no stories, saying why each pair was not tested', () => {
    const { patterns, skipped } = scanPatterns({ framework: zhzJeugdhulp, stories: [], seed: 1 });
    expect(patterns).toEqual([]);
    expect(skipped.length).toBeGreaterThan(0);
  });

  it('describes a channel difference in plain Dutch', () => {
    const { stories } = generateDemoStories({ framework: zhzJeugdhulp, count: 1500, seed: 8 });
    // Plant a channel effect by hand: stories told with help come out "veel te laat".
    const shifted = toScan(stories).map((s) =>
      s.channel === 'assisted' ? { ...s, answers: { ...s.answers, tempo: 0.02 } } : s,
    );
    const { patterns } = scanPatterns({ framework: zhzJeugdhulp, stories: shifted, seed: 1 });
    const channel = patterns.find((p) => p.id === 'tempo×channel')!;
    expect(channel.q).toBeLessThan(0.05);
    expect(channel.description).toBe(
      "Bij verhalen die met hulp zijn ingevuld staat 'De hulp kwam …' meer richting 'veel te laat' dan bij de andere groepen.",
    );
  });
});

describe('scanPatterns with small groups', () => {
  const { stories } = generateDemoStories({ framework: zhzJeugdhulp, count: 400, seed: 5 });

  it('leaves groups under minGroupSize out and names them', () => {
    const { patterns, skipped } = scanPatterns({
      framework: zhzJeugdhulp,
      stories: toScan(stories),
      seed: 1,
      minGroupSize: 30,
      groupings: ['gemeente', 'collection'],
    });
    expect(new Set(patterns.filter((p) => p.test !== 'spearman').map((p) => p.right))).toEqual(
      new Set(['gemeente', 'collection']),
    );
    const byMunicipality = patterns.find((p) => p.id === 'tempo×gemeente')!;
    expect(byMunicipality.groupSizes.every((g) => g.n >= 30)).toBe(true);
    expect(byMunicipality.excludedGroups.length).toBeGreaterThan(0);
    expect(byMunicipality.excludedGroups.every((g) => g.n < 30 && g.n > 0)).toBe(true);
    const sizes = [...byMunicipality.groupSizes, ...byMunicipality.excludedGroups];
    expect(sizes.reduce((s, g) => s + g.n, 0)).toBe(400);
    const tooSmall = scanPatterns({
      framework: zhzJeugdhulp,
      stories: toScan(stories.slice(0, 30)),
      seed: 1,
      groupings: ['gemeente'],
    });
    expect(tooSmall.patterns.filter((p) => p.right === 'gemeente')).toEqual([]);
    expect(tooSmall.skipped.length).toBeGreaterThan(0);
    expect(tooSmall.skipped[0]!.reason).toMatch(/Minder dan twee groepen/);
    expect(skipped.every((s) => s.right === 'gemeente' || s.right === 'collection')).toBe(true);
  });
});

describe('scanPatterns on panel waves', () => {
  it('finds the planted rise of ruimte_admin between the waves', () => {
    const { responses, planted } = generateDemoPanelResponses({
      waves: [haaglandenPanelWave1, haaglandenPanelWave2],
      countPerWave: 400,
      seed: 3,
    });
    const { patterns } = scanPatterns({
      framework: haaglandenPanelWave1,
      stories: responses.map((r) => ({ ...r, collectionId: `golf-${r.wave + 1}`, channel: 'web' })),
      seed: 1,
      collectionLabels: { 'golf-1': 'Ronde 1', 'golf-2': 'Ronde 2' },
    });
    const trend = find(patterns, planted[0]!.signifier, planted[0]!.grouping)!;
    expect(trend.test).toBe('mann-whitney');
    expect(trend.q).toBeLessThan(0.05);
    expect(trend.description).toMatch(/^Bij verzameling 'Ronde 2' staat .* hoger/);
  });
});
