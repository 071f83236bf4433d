import { describe, expect, it } from 'vitest';
import { type TFrameworkInput, ZFramework } from './framework';

const choice = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  kind: 'choice' as const,
  label: { nl: id },
  options: [
    { id: 'ja', label: { nl: 'Ja' } },
    { id: 'nee', label: { nl: 'Nee' } },
    { id: 'soms', label: { nl: 'Soms' } },
  ],
  ...extra,
});

const base: TFrameworkInput = {
  id: 'test',
  version: 1,
  kind: 'stories',
  languages: ['nl'],
  title: { nl: 'Test' },
  prompts: [{ id: 'p', label: { nl: 'Vertel' } }],
  storyFields: { title: { label: { nl: 'Titel' } }, text: { label: { nl: 'Verhaal' } } },
  signifiers: [choice('eerste'), choice('tweede')],
  participantQuestions: [choice('wie')],
};

/** The Dutch messages ZFramework gives for a framework. */
function problems(changes: Partial<TFrameworkInput>): string[] {
  const result = ZFramework.safeParse({ ...base, ...changes });
  return result.success ? [] : result.error.issues.map((i) => i.message);
}

describe('ZFramework', () => {
  it('accepts the base framework and fills the defaults', () => {
    const framework = ZFramework.parse(base);
    expect(framework.sections).toEqual([]);
    expect(framework.signifiers[0]).toMatchObject({ required: true, multiple: false });
    expect(framework.storyFields?.text).toMatchObject({ minLength: 20, maxLength: 50_000 });
  });

  it('rejects a question id used twice, also across story and participant questions', () => {
    expect(problems({ signifiers: [choice('eerste'), choice('eerste')] })).toEqual([
      'Vraag-id "eerste" komt twee keer voor',
    ]);
    expect(problems({ participantQuestions: [choice('eerste')] })).toEqual([
      'Vraag-id "eerste" komt twee keer voor',
    ]);
  });

  it('rejects duplicate prompt, option, corner, stone and section ids', () => {
    expect(problems({ prompts: [base.prompts[0]!, base.prompts[0]!] })).toEqual([
      'Vertelvraag-id "p" komt twee keer voor',
    ]);
    const twice = { id: 'x', label: { nl: 'X' } };
    expect(problems({ signifiers: [choice('eerste', { options: [twice, twice] })] })).toEqual([
      'Optie-id "x" komt twee keer voor',
    ]);
    expect(
      problems({
        signifiers: [
          { id: 't', kind: 'triad', label: { nl: 'T' }, corners: [twice, twice, twice] },
        ],
      }),
    ).toContain('Hoek-id "x" komt twee keer voor');
    expect(
      problems({
        signifiers: [
          {
            id: 's',
            kind: 'stones',
            label: { nl: 'S' },
            x: { low: { nl: 'l' }, high: { nl: 'h' } },
            y: { low: { nl: 'l' }, high: { nl: 'h' } },
            stones: [twice, twice],
          },
        ],
      }),
    ).toEqual(['Steen-id "x" komt twee keer voor']);
    const section = { id: 'core', title: { nl: 'Kern' } };
    expect(problems({ sections: [section, section] })).toEqual([
      'Onderdeel-id "core" komt twee keer voor',
    ]);
  });

  it('rejects a condition pointing at an unknown question, option or a non-choice', () => {
    expect(
      problems({
        signifiers: [
          choice('eerste'),
          choice('tweede', { visibleIf: { question: 'geen', anyOf: ['ja'] } }),
        ],
      }),
    ).toEqual(['De voorwaarde verwijst naar "geen", geen keuzevraag']);
    expect(
      problems({
        signifiers: [
          choice('eerste'),
          choice('tweede', { visibleIf: { question: 'eerste', anyOf: ['misschien'] } }),
        ],
      }),
    ).toEqual(['Optie "misschien" bestaat niet bij "eerste"']);
    expect(
      problems({
        signifiers: [
          { id: 'tekst', kind: 'text', label: { nl: 'T' } },
          choice('tweede', { visibleIf: { question: 'tekst', anyOf: ['ja'] } }),
        ],
      }),
    ).toEqual(['De voorwaarde verwijst naar "tekst", geen keuzevraag']);
    expect(
      problems({
        signifiers: [choice('eerste'), choice('tweede', { visibleIf: { question: 'eerste' } })],
      }),
    ).toEqual(['Een voorwaarde noemt anyOf of noneOf']);
  });

  it('accepts conditions on earlier questions and on participant questions only', () => {
    const on = (question: string) => ({ visibleIf: { question, anyOf: ['ja'] } });
    expect(problems({ signifiers: [choice('eerste'), choice('tweede', on('eerste'))] })).toEqual(
      [],
    );
    expect(problems({ signifiers: [choice('eerste', on('wie'))] })).toEqual([]);
    expect(problems({ signifiers: [choice('eerste', on('tweede')), choice('tweede')] })).toEqual([
      'De voorwaarde verwijst naar "tweede", die niet eerder gevraagd wordt',
    ]);
    expect(problems({ participantQuestions: [choice('wie', on('eerste'))] })).toEqual([
      'De voorwaarde verwijst naar "eerste", die niet eerder gevraagd wordt',
    ]);
    expect(problems({ signifiers: [choice('eerste', on('eerste'))] })).toEqual([
      'Een vraag kan niet van zichzelf afhangen',
    ]);
  });

  it('checks youthWhen like a condition, on a participant question', () => {
    expect(problems({ youthWhen: { question: 'wie', anyOf: ['ja'] } })).toEqual([]);
    expect(problems({ youthWhen: { question: 'wie', anyOf: ['kind'] } })).toEqual([
      'Optie "kind" bestaat niet bij "wie"',
    ]);
    expect(problems({ youthWhen: { question: 'eerste', anyOf: ['ja'] } })).toEqual([
      'youthWhen verwijst naar een vraag over de deelnemer',
    ]);
  });

  it('rejects impossible choice bounds', () => {
    const several = (min?: number, max?: number) =>
      problems({ signifiers: [choice('eerste', { multiple: true, min, max })] });
    expect(several(1, 2)).toEqual([]);
    expect(several(3, 2)).toEqual(['min is groter dan max']);
    expect(several(undefined, 4)).toEqual(['max is groter dan het aantal opties']);
    expect(several(4)).toEqual(['min is groter dan het aantal opties']);
    expect(problems({ signifiers: [choice('eerste', { min: 1 })] })).toEqual([
      'min en max horen bij een meerkeuzevraag',
    ]);
    expect(problems({ signifiers: [choice('eerste', { max: 2 })] })).toEqual([
      'min en max horen bij een meerkeuzevraag',
    ]);
  });

  it('rejects number bounds the wrong way round and scale labels off the scale', () => {
    expect(
      problems({ signifiers: [{ id: 'n', kind: 'number', label: { nl: 'N' }, min: 10, max: 1 }] }),
    ).toEqual(['min is groter dan max']);
    expect(
      problems({
        signifiers: [
          {
            id: 's',
            kind: 'scale',
            label: { nl: 'S' },
            points: 5,
            pointLabels: { '6': { nl: 'x' } },
          },
        ],
      }),
    ).toEqual(['Label voor punt 6 buiten 1..5']);
  });

  it('rejects a question in an unknown section, bad ids and a stories framework without prompts', () => {
    expect(problems({ signifiers: [choice('eerste', { section: 'thema' })] })).toEqual([
      'Onbekend onderdeel "thema"',
    ]);
    expect(problems({ signifiers: [choice('Eerste vraag')] })).toEqual([
      'Een id bestaat uit kleine letters, cijfers en _',
    ]);
    expect(problems({ prompts: [], storyFields: undefined })).toEqual([
      'Een verhalenvragenlijst heeft een vraag om te vertellen nodig',
      'Een verhalenvragenlijst heeft verhaalvelden nodig',
    ]);
  });
});
