import {
  haaglandenPanelWave1,
  haaglandenPanelWave2,
  type TFrameworkInput,
  validateResponse,
  validateStoryText,
  ZFramework,
  zhzJeugdhulp,
} from '@duiding/survey';
import { describe, expect, it } from 'vitest';
import { generateDemoPanelResponses, generateDemoStories, type TDemoStory } from './index';

function expectValid(framework: typeof zhzJeugdhulp, stories: TDemoStory[]) {
  for (const story of stories) {
    const participant = validateResponse(framework, story.participantAnswers, {
      scope: 'participant',
    });
    expect(participant, story.id).toEqual({ ok: true, value: story.participantAnswers });
    const answers = validateResponse(framework, story.answers, {
      scope: 'story',
      context: story.participantAnswers,
    });
    expect(answers, story.id).toEqual({ ok: true, value: story.answers });
  }
}

const mean = (values: number[]) => values.reduce((s, v) => s + v, 0) / values.length;

describe('generateDemoStories for the ZHZ framework', () => {
  const { stories, planted } = generateDemoStories({
    framework: zhzJeugdhulp,
    count: 3000,
    seed: 7,
  });

  it('gives the asked number of stories, every answer set valid against the framework', () => {
    expect(stories).toHaveLength(3000);
    expectValid(zhzJeugdhulp, stories);
    for (const story of stories) {
      expect(validateStoryText(zhzJeugdhulp, story).ok, story.id).toBe(true);
    }
  });

  it('is deterministic for a seed and differs between seeds', () => {
    const again = generateDemoStories({ framework: zhzJeugdhulp, count: 3000, seed: 7 });
    expect(again.stories).toEqual(stories);
    const other = generateDemoStories({ framework: zhzJeugdhulp, count: 3000, seed: 8 });
    expect(other.stories[0]).not.toEqual(stories[0]);
  });

  it('keeps dates in the window, ids unique, and 1 to 3 stories per participant', () => {
    const perParticipant = new Map<string, number>();
    for (const s of stories) {
      expect(s.createdOn >= '2025-09-01' && s.createdOn <= '2025-11-30', s.createdOn).toBe(true);
      perParticipant.set(s.participantId, (perParticipant.get(s.participantId) ?? 0) + 1);
    }
    expect(new Set(stories.map((s) => s.id)).size).toBe(stories.length);
    const counts = [...perParticipant.values()];
    expect(Math.min(...counts)).toBe(1);
    expect(Math.max(...counts)).toBe(3);
    const custom = generateDemoStories({
      framework: zhzJeugdhulp,
      count: 50,
      seed: 1,
      window: { from: '2024-02-27', to: '2024-03-02' },
    });
    for (const s of custom.stories) {
      expect(s.createdOn >= '2024-02-27' && s.createdOn <= '2024-03-02', s.createdOn).toBe(true);
    }
  });

  it('writes Dutch stories that fit who tells them', () => {
    const parentStory = stories.find((s) => s.participantAnswers.rol === 'ouder_of_verzorger');
    expect(parentStory?.text).toMatch(/\b(we|ons|onze|mijn|ik)\b/i);
    for (const s of stories.slice(0, 200)) {
      expect(s.text.length).toBeGreaterThan(40);
      expect(s.title.length).toBeGreaterThan(3);
    }
    const youth = stories.filter((s) => s.participantAnswers.rol === 'jongere_12_17');
    expect(youth.some((s) => /onze (zoon|dochter)/.test(s.text))).toBe(false);
  });

  it('plants the documented patterns', () => {
    expect(planted.map((p) => p.id).sort()).toEqual([
      'jongeren-serieus',
      'lange-wachttijd-gevoel',
      'lange-wachttijd-tempo',
      'ouders-regels',
      'wachtlijst-negatief',
    ]);
    const triadPart = (s: TDemoStory, q: string, part: 'c') => {
      const v = s.answers[q];
      return typeof v === 'object' && v !== null && part in v
        ? (v as { c: number })[part]
        : undefined;
    };
    const isYouth = (s: TDemoStory) =>
      s.participantAnswers.rol === 'jongere_8_11' || s.participantAnswers.rol === 'jongere_12_17';
    const serious = (group: TDemoStory[]) =>
      mean(group.map((s) => triadPart(s, 'belangrijk', 'c')).filter((v) => v !== undefined));
    expect(serious(stories.filter(isYouth))).toBeGreaterThan(
      serious(stories.filter((s) => !isYouth(s))) + 0.08,
    );
    const longWait = stories.filter((s) => s.answers.wachttijd === 'meer_dan_3_maanden');
    expect(mean(longWait.map((s) => s.answers.tempo as number))).toBeLessThan(0.2);
    const negative = stories.filter((s) => /negatief/.test(String(s.answers.gevoel)));
    const share = (group: TDemoStory[]) =>
      group.filter((s) => s.text.includes('wachtlijst')).length / group.length;
    expect(share(negative)).toBeGreaterThan(
      2 * share(stories.filter((s) => !negative.includes(s))),
    );
  });

  it('plants nothing when asked not to', () => {
    const plain = generateDemoStories({
      framework: zhzJeugdhulp,
      count: 3000,
      seed: 7,
      plant: false,
    });
    expect(plain.planted).toEqual([]);
    expectValid(zhzJeugdhulp, plain.stories.slice(0, 500));
    const longWait = plain.stories.filter((s) => s.answers.wachttijd === 'meer_dan_3_maanden');
    const rest = plain.stories.filter((s) => s.answers.wachttijd !== 'meer_dan_3_maanden');
    const tempo = (group: TDemoStory[]) => mean(group.map((s) => s.answers.tempo as number));
    expect(Math.abs(tempo(longWait) - tempo(rest))).toBeLessThan(0.05);
  });

  it('refuses a negative count or an empty window with a Dutch message', () => {
    expect(() => generateDemoStories({ framework: zhzJeugdhulp, count: -1, seed: 1 })).toThrow(
      /aantal verhalen/,
    );
    expect(() =>
      generateDemoStories({
        framework: zhzJeugdhulp,
        count: 1,
        seed: 1,
        window: { from: '2025-02-01', to: '2025-01-01' },
      }),
    ).toThrow(/periode/);
  });
});

describe('generateDemoStories for any framework', () => {
  const input: TFrameworkInput = {
    id: 'alles',
    version: 1,
    kind: 'stories',
    languages: ['nl'],
    title: { nl: 'Alle soorten vragen' },
    prompts: [{ id: 'p', label: { nl: 'Vertel' } }],
    storyFields: { title: { label: { nl: 'Titel' } }, text: { label: { nl: 'Verhaal' } } },
    signifiers: [
      {
        id: 't',
        kind: 'triad',
        label: { nl: 'T' },
        corners: [
          { id: 'x', label: { nl: 'x' } },
          { id: 'y', label: { nl: 'y' } },
          { id: 'z', label: { nl: 'z' } },
        ],
      },
      {
        id: 'd',
        kind: 'dyad',
        label: { nl: 'D' },
        left: { nl: 'l' },
        right: { nl: 'r' },
        allowNotApplicable: true,
      },
      {
        id: 's',
        kind: 'stones',
        label: { nl: 'S' },
        x: { low: { nl: 'a' }, high: { nl: 'b' } },
        y: { low: { nl: 'a' }, high: { nl: 'b' } },
        stones: [
          { id: 'e', label: { nl: 'e' } },
          { id: 'f', label: { nl: 'f' } },
        ],
      },
      {
        id: 'm',
        kind: 'choice',
        multiple: true,
        min: 2,
        max: 3,
        label: { nl: 'M' },
        options: [
          { id: 'a', label: { nl: 'a' } },
          { id: 'b', label: { nl: 'b' } },
          { id: 'c', label: { nl: 'c' }, other: true },
          { id: 'd', label: { nl: 'd' } },
          { id: 'geen', label: { nl: 'geen' }, exclusive: true },
        ],
      },
      {
        id: 'alleen_jong',
        kind: 'scale',
        points: 7,
        allowDontKnow: true,
        label: { nl: 'J' },
        visibleIf: { question: 'leeftijd', anyOf: ['jong'] },
      },
      { id: 'n', kind: 'number', min: 1, max: 9, integer: true, label: { nl: 'N' } },
      { id: 'o', kind: 'text', required: false, maxLength: 12, label: { nl: 'O' } },
    ],
    participantQuestions: [
      {
        id: 'leeftijd',
        kind: 'choice',
        label: { nl: 'L' },
        options: [
          { id: 'jong', label: { nl: 'jong' } },
          { id: 'oud', label: { nl: 'oud' } },
        ],
      },
    ],
  };
  const framework = ZFramework.parse(input);

  it('draws valid answers for every kind, respecting conditions, min/max and exclusive options', () => {
    const { stories, planted } = generateDemoStories({ framework, count: 1500, seed: 3 });
    expect(planted).toEqual([]);
    expectValid(framework, stories);
    const shown = stories.filter((s) => s.answers.alleen_jong !== undefined);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((s) => s.participantAnswers.leeftijd === 'jong')).toBe(true);
    expect(stories.some((s) => s.answers.d === 'na')).toBe(true);
    expect(stories.some((s) => s.answers.o === undefined)).toBe(true);
  });
});

describe('generateDemoPanelResponses', () => {
  const waves = [haaglandenPanelWave1, haaglandenPanelWave2];
  const admin = (responses: { wave: number; answers: Record<string, unknown> }[], wave: number) =>
    mean(
      responses
        .filter((r) => r.wave === wave && typeof r.answers.ruimte_admin === 'number')
        .map((r) => r.answers.ruimte_admin as number),
    );

  it('gives valid answers per wave from one panel, with a rising trend when planted', () => {
    const { responses, planted } = generateDemoPanelResponses({
      waves,
      countPerWave: 800,
      seed: 5,
    });
    expect(responses).toHaveLength(1600);
    for (const r of responses) {
      const framework = waves[r.wave]!;
      expect(validateResponse(framework, r.participantAnswers, { scope: 'participant' }).ok).toBe(
        true,
      );
      const check = validateResponse(framework, r.answers, { context: r.participantAnswers });
      expect(check, r.id).toEqual({ ok: true, value: r.answers });
    }
    // The same professionals come back: most of wave 2 also answered wave 1.
    const first = new Set(responses.filter((r) => r.wave === 0).map((r) => r.participantId));
    const again = responses.filter((r) => r.wave === 1 && first.has(r.participantId)).length;
    expect(again).toBeGreaterThan(500);
    expect(planted.map((p) => p.signifier)).toEqual(['ruimte_admin']);
    expect(admin(responses, 1) - admin(responses, 0)).toBeGreaterThan(0.4);
  });

  it('has no trend without planting', () => {
    const { responses, planted } = generateDemoPanelResponses({
      waves,
      countPerWave: 800,
      seed: 5,
      plant: false,
    });
    expect(planted).toEqual([]);
    expect(Math.abs(admin(responses, 1) - admin(responses, 0))).toBeLessThan(0.2);
  });
});
