import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DONT_KNOW, NOT_APPLICABLE } from './answer';
import { type TFrameworkInput, ZFramework } from './framework';
import { haaglandenPanelWave1, zhzJeugdhulp } from './frameworks';
import {
  isVisible,
  isYouthAudience,
  type TAnswerErrorCode,
  validateResponse,
  validateStoryText,
} from './validate';

/** A complete, realistic answer set of one ZHZ story. */
const zhzStory = {
  gevoel: 'positief',
  hulp: { a: 0.45, b: 0.35, c: 0.2 },
  regie: NOT_APPLICABLE,
  belangrijk: { a: 0.1, b: 0.3, c: 0.6 },
  betrokken: 0.5,
  informatie: 0.2,
  tempo: 0.15,
  plekken: { wijkteam: { x: 0.8, y: 0.7 }, school: { x: 0.3, y: 0.1 } },
  fase: ['aanmelden_en_wachten', 'anders'],
  wachttijd: 'meer_dan_3_maanden',
  soort: { selected: ['jeugd_ggz', 'anders'], other: '  logopedie  ' },
  boodschap: 'Luister eerder naar ouders.',
};

const zhzParticipant = { rol: 'jongere_12_17', gemeente: 'dordrecht', duur: 'tussen_1_en_3_jaar' };

/** The codes of a failed validation, by question. */
function codes(result: ReturnType<typeof validateResponse>): [string, TAnswerErrorCode][] {
  return result.ok ? [] : result.errors.map((e) => [e.question, e.code]);
}

/** A ZHZ story with one answer replaced (or removed with `undefined`). */
function zhzWith(id: string, value: unknown) {
  const answers: Record<string, unknown> = { ...zhzStory, [id]: value };
  if (value === undefined) delete answers[id];
  return validateResponse(zhzJeugdhulp, answers);
}

/** A small questionnaire with the kinds and conditions the example frameworks lack. */
const testFramework = ZFramework.parse({
  id: 'test',
  version: 1,
  kind: 'stories',
  languages: ['nl'],
  title: { nl: 'Test' },
  prompts: [{ id: 'p', label: { nl: 'Vertel' } }],
  storyFields: {
    title: { label: { nl: 'Titel' }, maxLength: 20 },
    text: { label: { nl: 'Verhaal' }, minLength: 20, maxLength: 1000 },
  },
  signifiers: [
    {
      id: 'school',
      kind: 'choice',
      label: { nl: 'Ging het over school?' },
      options: [
        { id: 'ja', label: { nl: 'Ja' } },
        { id: 'nee', label: { nl: 'Nee' } },
      ],
    },
    {
      id: 'welke_school',
      kind: 'text',
      label: { nl: 'Welke school?' },
      visibleIf: { question: 'school', anyOf: ['ja'] },
    },
    {
      id: 'waarom_niet',
      kind: 'text',
      required: false,
      label: { nl: 'Waarom niet?' },
      visibleIf: { question: 'school', noneOf: ['ja'] },
    },
    {
      id: 'klas',
      kind: 'number',
      required: false,
      integer: true,
      min: 1,
      max: 8,
      label: { nl: 'In welke groep?' },
    },
    {
      id: 'cijfer',
      kind: 'scale',
      required: false,
      points: 5,
      label: { nl: 'Cijfer' },
    },
    {
      id: 'kort',
      kind: 'text',
      required: false,
      maxLength: 10,
      label: { nl: 'In een woord' },
    },
    {
      id: 'bij_jongere',
      kind: 'choice',
      required: false,
      label: { nl: 'Alleen voor jongeren' },
      visibleIf: { question: 'leeftijd', anyOf: ['jong'] },
      options: [
        { id: 'ja', label: { nl: 'Ja' } },
        { id: 'nee', label: { nl: 'Nee' } },
      ],
    },
    {
      id: 'keuzes',
      kind: 'choice',
      required: false,
      multiple: true,
      min: 2,
      max: 3,
      label: { nl: 'Kies twee of drie' },
      options: ['a', 'b', 'c', 'd'].map((id) => ({ id, label: { nl: id } })),
    },
  ],
  participantQuestions: [
    {
      id: 'leeftijd',
      kind: 'choice',
      label: { nl: 'Leeftijd' },
      options: [
        { id: 'jong', label: { nl: 'Jong' } },
        { id: 'oud', label: { nl: 'Oud' } },
      ],
    },
  ],
} satisfies TFrameworkInput);

describe('validateResponse on the ZHZ framework', () => {
  it('accepts a complete story and cleans it', () => {
    const result = validateResponse(zhzJeugdhulp, zhzStory);
    expect(result).toEqual({
      ok: true,
      value: { ...zhzStory, soort: { selected: ['jeugd_ggz', 'anders'], other: 'logopedie' } },
    });
  });

  it('accepts the participant answers in the participant scope only', () => {
    expect(validateResponse(zhzJeugdhulp, zhzParticipant, { scope: 'participant' })).toEqual({
      ok: true,
      value: zhzParticipant,
    });
    expect(codes(validateResponse(zhzJeugdhulp, { ...zhzStory, rol: 'jongere_8_11' }))).toEqual([
      ['rol', 'unknown-question'],
    ]);
    expect(codes(validateResponse(zhzJeugdhulp, {}, { scope: 'participant' }))).toEqual([
      ['rol', 'required'],
      ['gemeente', 'required'],
      ['duur', 'required'],
    ]);
  });

  it('leaves out the optional message, and requires fase, soort and wachttijd', () => {
    expect(zhzWith('boodschap', undefined).ok).toBe(true);
    expect(zhzWith('boodschap', '   ')).toEqual({
      ok: true,
      value: expect.not.objectContaining({ boodschap: expect.anything() }),
    });
    expect(codes(zhzWith('fase', []))).toEqual([['fase', 'required']]);
    expect(codes(zhzWith('soort', undefined))).toEqual([['soort', 'required']]);
    expect(codes(zhzWith('wachttijd', ''))).toEqual([['wachttijd', 'required']]);
  });

  it('reports every problem at once, with a Dutch message', () => {
    const result = validateResponse(zhzJeugdhulp, { gevoel: 'blij', onbekend: 1 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContainEqual({
      question: 'onbekend',
      code: 'unknown-question',
      message: 'Onbekende vraag "onbekend".',
    });
    expect(result.errors).toContainEqual(
      expect.objectContaining({ question: 'gevoel', code: 'unknown-option' }),
    );
    // every required question but gevoel is missing
    expect(result.errors.filter((e) => e.code === 'required')).toHaveLength(10);
  });

  it.each<[string, string, unknown, TAnswerErrorCode]>([
    ['triad not summing to 1', 'belangrijk', { a: 0.5, b: 0.5, c: 0.5 }, 'triad-sum'],
    ['triad part below 0', 'belangrijk', { a: -0.2, b: 0.6, c: 0.6 }, 'out-of-range'],
    ['triad part above 1', 'belangrijk', { a: 1.5, b: -0.25, c: -0.25 }, 'out-of-range'],
    ['triad with a fourth part', 'belangrijk', { a: 0.5, b: 0.5, c: 0, d: 0 }, 'out-of-range'],
    ['triad part not a number', 'belangrijk', { a: '1', b: 0, c: 0 }, 'out-of-range'],
    ['triad as a list', 'belangrijk', [0.2, 0.3, 0.5], 'wrong-type'],
    ['N/A on a triad without N/A', 'belangrijk', NOT_APPLICABLE, 'not-applicable-not-allowed'],
    ['N/A on a dyad without N/A', 'tempo', NOT_APPLICABLE, 'not-applicable-not-allowed'],
    ['dyad above 1', 'betrokken', 1.01, 'out-of-range'],
    ['dyad below 0', 'informatie', -0.1, 'out-of-range'],
    ['dyad as text', 'tempo', '0.5', 'wrong-type'],
    ['unknown stone', 'plekken', { jeugdarts: { x: 0.5, y: 0.5 } }, 'unknown-stone'],
    ['stone outside the field', 'plekken', { school: { x: 1.2, y: 0.5 } }, 'out-of-range'],
    ['stone without y', 'plekken', { school: { x: 0.2 } }, 'out-of-range'],
    ['no stone placed on a required map', 'plekken', {}, 'required'],
    ['stones as a list', 'plekken', [{ x: 0, y: 0 }], 'wrong-type'],
    ['unknown option', 'gevoel', 'blij', 'unknown-option'],
    ['several answers to a one-choice question', 'gevoel', ['positief'], 'wrong-type'],
    ['one answer to a several-choice question', 'fase', 'hulp_zoeken', 'wrong-type'],
    ['the same option twice', 'fase', ['hulp_zoeken', 'hulp_zoeken'], 'duplicate-option'],
    ['unknown option among several', 'soort', ['jeugd_ggz', 'bijles'], 'unknown-option'],
    [
      'other text without the other option',
      'soort',
      { selected: ['jeugd_ggz'], other: 'logopedie' },
      'other-without-option',
    ],
    ['other text too long', 'fase', { selected: ['anders'], other: 'x'.repeat(501) }, 'too-long'],
    ['choice object without the other text', 'fase', { selected: ['anders'] }, 'wrong-type'],
    ['choice with numbers as ids', 'fase', { selected: 5, other: '' }, 'wrong-type'],
    ['choice as a number', 'wachttijd', 3, 'wrong-type'],
    ['text too long', 'boodschap', 'x'.repeat(10_001), 'too-long'],
    ['text as a number', 'boodschap', 42, 'wrong-type'],
  ])('rejects %s', (_case, id, value, code) => {
    expect(codes(zhzWith(id, value))).toEqual([[id, code]]);
  });

  it('gives the error in Dutch that says what to do', () => {
    const result = zhzWith('belangrijk', { a: 0.5, b: 0.5, c: 0.5 });
    expect(result.ok ? [] : result.errors.map((e) => e.message)).toEqual([
      'De drie delen van de driehoek tellen niet op tot 100%.',
    ]);
  });

  it('accepts a stone left unplaced and N/A where allowed', () => {
    const result = validateResponse(zhzJeugdhulp, {
      ...zhzStory,
      hulp: NOT_APPLICABLE,
      betrokken: NOT_APPLICABLE,
      plekken: { wijkteam: { x: 0, y: 1 }, huisarts: null },
    });
    expect(result.ok && result.value.plekken).toEqual({ wijkteam: { x: 0, y: 1 } });
  });
});

describe('validateResponse on choice bounds, scales and numbers', () => {
  const base = { school: 'nee' };
  const check = (answers: Record<string, unknown>) =>
    codes(
      validateResponse(testFramework, { ...base, ...answers }, { context: { leeftijd: 'oud' } }),
    );

  it.each<[string, Record<string, unknown>, TAnswerErrorCode]>([
    ['fewer than min', { keuzes: ['a'] }, 'too-few'],
    ['more than max', { keuzes: ['a', 'b', 'c', 'd'] }, 'too-many'],
    ['scale below 1', { cijfer: 0 }, 'out-of-range'],
    ['scale above k', { cijfer: 6 }, 'out-of-range'],
    ['scale not an integer', { cijfer: 2.5 }, 'not-integer'],
    ["don't know where not allowed", { cijfer: DONT_KNOW }, 'not-applicable-not-allowed'],
    ['number below min', { klas: 0 }, 'out-of-range'],
    ['number above max', { klas: 9 }, 'out-of-range'],
    ['number not an integer', { klas: 3.5 }, 'not-integer'],
    ['number as text', { klas: 'drie' }, 'wrong-type'],
    ['text above its maxLength', { kort: 'elf tekens!' }, 'too-long'],
  ])('rejects %s', (_case, answers, code) => {
    const [id] = Object.keys(answers);
    expect(check(answers)).toEqual([[id, code]]);
  });

  it('accepts the bounds themselves', () => {
    expect(check({ keuzes: ['a', 'b'], cijfer: 5, klas: 8, kort: 'tien teken' })).toEqual([]);
    expect(check({ keuzes: ['a', 'b', 'c'], cijfer: 1, klas: 1 })).toEqual([]);
  });

  it('takes "weet ik niet" on the panel items that allow it', () => {
    const item = haaglandenPanelWave1.signifiers.find((q) => q.id === 'ruimte_oordeel');
    expect(item?.kind === 'scale' && item.allowDontKnow).toBe(true);
    const answers = {
      ruimte_oordeel: DONT_KNOW,
      ruimte_admin: 5,
      ruimte_collega: 4,
      ruimte_vertrouwen: 2,
      ruimte_schakelen: 1,
      bepaalt: { a: 0.2, b: 0.5, c: 0.3 },
      werkdruk: 0.8,
      corona_beeldbellen: 3,
      corona_crisis: DONT_KNOW,
      corona_behouden: ['beeldbellen', 'wandelgesprekken'],
      corona_ervaring: 'Dat huisbezoek onmisbaar is.',
    };
    expect(validateResponse(haaglandenPanelWave1, answers).ok).toBe(true);
    expect(
      codes(
        validateResponse(haaglandenPanelWave1, {
          ...answers,
          corona_behouden: ['niets', 'beeldbellen'],
        }),
      ),
    ).toEqual([['corona_behouden', 'exclusive']]);
    expect(
      validateResponse(haaglandenPanelWave1, { ...answers, corona_behouden: ['niets'] }).ok,
    ).toBe(true);
  });
});

describe('conditional questions', () => {
  it('isVisible follows anyOf and noneOf, for one or several answers', () => {
    const answers: Record<string, unknown> = {};
    const lookup = (id: string) => answers[id];
    expect(isVisible(undefined, lookup)).toBe(true);
    expect(isVisible({ question: 'q', anyOf: ['ja'] }, lookup)).toBe(false);
    expect(isVisible({ question: 'q', noneOf: ['ja'] }, lookup)).toBe(true);
    answers.q = 'ja';
    expect(isVisible({ question: 'q', anyOf: ['ja'] }, lookup)).toBe(true);
    expect(isVisible({ question: 'q', noneOf: ['ja'] }, lookup)).toBe(false);
    answers.q = { selected: ['nee', 'misschien'], other: 'x' };
    expect(isVisible({ question: 'q', anyOf: ['ja', 'misschien'] }, lookup)).toBe(true);
    expect(isVisible({ question: 'q', noneOf: ['ja'] }, lookup)).toBe(true);
    expect(isVisible({ question: 'q', anyOf: ['nee'], noneOf: ['misschien'] }, lookup)).toBe(false);
  });

  const check = (answers: Record<string, unknown>, context = { leeftijd: 'oud' }) =>
    codes(validateResponse(testFramework, answers, { context }));

  it('asks a required question only when it is shown', () => {
    expect(check({ school: 'nee' })).toEqual([]);
    expect(check({ school: 'ja' })).toEqual([['welke_school', 'required']]);
    expect(check({ school: 'ja', welke_school: 'De Regenboog' })).toEqual([]);
  });

  it('rejects an answer to a hidden question', () => {
    expect(check({ school: 'nee', welke_school: 'De Regenboog' })).toEqual([
      ['welke_school', 'hidden'],
    ]);
    expect(check({ school: 'ja', welke_school: 'x', waarom_niet: 'y' })).toEqual([
      ['waarom_niet', 'hidden'],
    ]);
  });

  it("looks up the participant's answers for a story question", () => {
    expect(check({ school: 'nee', bij_jongere: 'ja' })).toEqual([['bij_jongere', 'hidden']]);
    expect(check({ school: 'nee', bij_jongere: 'ja' }, { leeftijd: 'jong' })).toEqual([]);
  });

  it('does not mistake an inherited property for an answer', () => {
    const framework = ZFramework.parse({
      ...testFramework,
      signifiers: [{ id: 'constructor', kind: 'text', required: false, label: { nl: 'x' } }],
    });
    expect(validateResponse(framework, {})).toEqual({ ok: true, value: {} });
  });
});

describe('isYouthAudience', () => {
  it.each([
    ['jongere_8_11', true],
    ['jongere_12_17', true],
    ['jongvolwassene_18_23', false],
    ['ouder_of_verzorger', false],
  ])('rol = %s gives youth texts: %s', (rol, youth) => {
    expect(isYouthAudience(zhzJeugdhulp, { rol })).toBe(youth);
  });

  it('is false before rol is answered and for a framework without youth texts', () => {
    expect(isYouthAudience(zhzJeugdhulp, {})).toBe(false);
    expect(isYouthAudience(haaglandenPanelWave1, { rol: 'jongere_8_11' })).toBe(false);
  });
});

describe('validateStoryText', () => {
  const story = {
    promptId: 'gehoord',
    title: '  Eindelijk iemand die luisterde ',
    text: 'Na drie maanden wachten kwam er een hulpverlener die echt naar mij luisterde.',
  };
  const storyCodes = (input: Partial<typeof story>) => {
    const result = validateStoryText(zhzJeugdhulp, { ...story, ...input });
    return result.ok ? [] : result.errors.map((e) => [e.question, e.code]);
  };

  it('accepts a story and trims it', () => {
    expect(validateStoryText(zhzJeugdhulp, story)).toEqual({
      ok: true,
      value: { ...story, title: 'Eindelijk iemand die luisterde' },
    });
  });

  it.each<[string, Partial<typeof story>, [string, TAnswerErrorCode][]]>([
    ['an unknown prompt', { promptId: 'droom' }, [['promptId', 'unknown-prompt']]],
    ['an empty title', { title: '   ' }, [['title', 'required']]],
    ['a title too long', { title: 'x'.repeat(121) }, [['title', 'too-long']]],
    ['no story', { text: ' \n ' }, [['text', 'required']]],
    ['a story shorter than a sentence', { text: 'Het was goed.' }, [['text', 'too-short']]],
    ['a 2 MB story', { text: 'a'.repeat(2 * 1024 * 1024) }, [['text', 'too-long']]],
  ])('rejects %s', (_case, input, expected) => {
    expect(storyCodes(input)).toEqual(expected);
  });

  it('says in Dutch how long a story may be', () => {
    const result = validateStoryText(zhzJeugdhulp, { ...story, text: 'a'.repeat(50_001) });
    expect(result.ok ? '' : result.errors[0]?.message).toBe(
      'Het verhaal is te lang: hooguit 50.000 tekens.',
    );
  });

  it('refuses a story for a panel, which asks none', () => {
    expect(validateStoryText(haaglandenPanelWave1, story).ok).toBe(false);
  });
});

describe('triad sums (property)', () => {
  const positive = fc.double({ min: 1e-9, max: 1e9, noNaN: true });

  it('accepts any triad made by normalising three positive numbers', () => {
    fc.assert(
      fc.property(positive, positive, positive, (x, y, z) => {
        const sum = x + y + z;
        const triad = { a: x / sum, b: y / sum, c: z / sum };
        return zhzWith('belangrijk', triad).ok;
      }),
    );
  });

  it('rejects any triad whose sum is off by more than 1e-6', () => {
    fc.assert(
      fc.property(
        positive,
        positive,
        positive,
        fc.double({ min: 2e-6, max: 1, noNaN: true }),
        fc.boolean(),
        (x, y, z, offBy, up) => {
          const sum = x + y + z;
          const a = x / sum + (up ? offBy : -offBy);
          const result = zhzWith('belangrijk', { a, b: y / sum, c: z / sum });
          const expected = a < 0 || a > 1 ? 'out-of-range' : 'triad-sum';
          expect(codes(result)).toEqual([['belangrijk', expected]]);
        },
      ),
    );
  });
});
