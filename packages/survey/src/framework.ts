import { z } from 'zod';
import { ZLocalizedText } from './text';

/** Ids are stable: they name columns in exports and keys in stored answers. */
export const ZId = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,63}$/, 'Een id bestaat uit kleine letters, cijfers en _');

/** Shown only when an earlier choice question has (or has not) one of these options. */
export const ZCondition = z.strictObject({
  question: ZId,
  anyOf: z.array(ZId).min(1).optional(),
  noneOf: z.array(ZId).min(1).optional(),
});
export type TCondition = z.infer<typeof ZCondition>;

const questionBase = {
  id: ZId,
  label: ZLocalizedText,
  help: ZLocalizedText.optional(),
  required: z.boolean().default(true),
  visibleIf: ZCondition.optional(),
  /** A named part of the questionnaire, e.g. the panel's `core` items or a wave's theme. */
  section: ZId.optional(),
};

export const ZLabelled = z.strictObject({ id: ZId, label: ZLocalizedText });
export type TLabelled = z.infer<typeof ZLabelled>;

export const ZTriadQuestion = z.strictObject({
  ...questionBase,
  kind: z.literal('triad'),
  /** Corners in the order of the canonical value: a = top, b = bottom left, c = bottom right. */
  corners: z.tuple([ZLabelled, ZLabelled, ZLabelled]),
  allowNotApplicable: z.boolean().default(false),
});

export const ZDyadQuestion = z.strictObject({
  ...questionBase,
  kind: z.literal('dyad'),
  left: ZLocalizedText,
  right: ZLocalizedText,
  allowNotApplicable: z.boolean().default(false),
});

export const ZAxis = z.strictObject({ low: ZLocalizedText, high: ZLocalizedText });

export const ZStonesQuestion = z.strictObject({
  ...questionBase,
  kind: z.literal('stones'),
  x: ZAxis,
  y: ZAxis,
  stones: z.array(ZLabelled).min(1).max(12),
});

export const ZChoiceOption = z.strictObject({
  id: ZId,
  label: ZLocalizedText,
  /** Choosing it asks for a free text ("anders, namelijk …"). */
  other: z.boolean().optional(),
  /** Cannot be combined with other options (e.g. "niets", "weet ik niet"). */
  exclusive: z.boolean().optional(),
});
export type TChoiceOption = z.infer<typeof ZChoiceOption>;

export const ZChoiceQuestion = z.strictObject({
  ...questionBase,
  kind: z.literal('choice'),
  multiple: z.boolean().default(false),
  /** For several: how many at least and at most; one-choice questions take exactly one. */
  min: z.number().int().min(0).optional(),
  max: z.number().int().min(1).optional(),
  options: z.array(ZChoiceOption).min(2),
});

export const ZScaleQuestion = z.strictObject({
  ...questionBase,
  kind: z.literal('scale'),
  /** k: the answer is an integer 1..k. */
  points: z.number().int().min(2).max(11),
  /** Labels of some or all points, keyed by the point ("1", "5"). */
  pointLabels: z.record(z.string().regex(/^\d+$/), ZLocalizedText).optional(),
  allowDontKnow: z.boolean().default(false),
});

export const ZTextQuestion = z.strictObject({
  ...questionBase,
  kind: z.literal('text'),
  multiline: z.boolean().default(true),
  maxLength: z.number().int().min(1).max(50_000).default(10_000),
});

export const ZNumberQuestion = z.strictObject({
  ...questionBase,
  kind: z.literal('number'),
  min: z.number().optional(),
  max: z.number().optional(),
  integer: z.boolean().default(false),
});

export const ZQuestion = z.discriminatedUnion('kind', [
  ZTriadQuestion,
  ZDyadQuestion,
  ZStonesQuestion,
  ZChoiceQuestion,
  ZScaleQuestion,
  ZTextQuestion,
  ZNumberQuestion,
]);
export type TQuestion = z.infer<typeof ZQuestion>;
export type TQuestionKind = TQuestion['kind'];
export type TQuestionOf<K extends TQuestionKind> = Extract<TQuestion, { kind: K }>;

/** An elicitation prompt: the participant picks one and tells a story about it. */
export const ZPrompt = ZLabelled;
export type TPrompt = z.infer<typeof ZPrompt>;

export const ZStoryFields = z.strictObject({
  title: z.strictObject({
    label: ZLocalizedText,
    maxLength: z.number().int().min(10).max(500).default(120),
  }),
  text: z.strictObject({
    label: ZLocalizedText,
    hint: ZLocalizedText.optional(),
    /** At least a sentence. */
    minLength: z.number().int().min(1).default(20),
    /** Far above what a person types (≈ 8 000 words); it stops abuse, not stories. */
    maxLength: z.number().int().min(100).max(100_000).default(50_000),
  }),
});
export type TStoryFields = z.infer<typeof ZStoryFields>;

export const ZSection = z.strictObject({ id: ZId, title: ZLocalizedText });

/**
 * A questionnaire. `stories` frameworks collect told experiences (intake); `panel`
 * frameworks ask a wave's items without a story (the professional panel).
 */
export const ZFramework = z
  .strictObject({
    id: ZId,
    version: z.number().int().min(1),
    kind: z.enum(['stories', 'panel']),
    title: ZLocalizedText,
    intro: ZLocalizedText.optional(),
    consent: ZLocalizedText.optional(),
    languages: z.array(z.enum(['nl', 'en'])).min(1),
    prompts: z.array(ZPrompt),
    storyFields: ZStoryFields.optional(),
    sections: z.array(ZSection).default([]),
    /** Questions about the story (or, in a panel, the wave's items). */
    signifiers: z.array(ZQuestion).min(1),
    /** Asked once per participant, also when they tell several stories. */
    participantQuestions: z.array(ZQuestion).default([]),
    /** From this answer on, the person sees the youth (A2) texts unless they switch back. */
    youthWhen: ZCondition.optional(),
  })
  .superRefine((framework, ctx) => {
    const issue = (message: string, path: (string | number)[]) =>
      ctx.addIssue({ code: 'custom', message, path });
    if (framework.kind === 'stories') {
      if (framework.prompts.length === 0)
        issue('Een verhalenvragenlijst heeft een vraag om te vertellen nodig', ['prompts']);
      if (!framework.storyFields)
        issue('Een verhalenvragenlijst heeft verhaalvelden nodig', ['storyFields']);
    }
    const all = [
      ...framework.signifiers.map((q, i) => ({
        q,
        path: ['signifiers', i] as (string | number)[],
      })),
      ...framework.participantQuestions.map((q, i) => ({
        q,
        path: ['participantQuestions', i] as (string | number)[],
      })),
    ];
    const byId = new Map<string, TQuestion>();
    for (const { q, path } of all) {
      if (byId.has(q.id)) issue(`Vraag-id "${q.id}" komt twee keer voor`, [...path, 'id']);
      byId.set(q.id, q);
    }
    const sectionIds = new Set<string>();
    framework.sections.forEach((s, i) => {
      if (sectionIds.has(s.id))
        issue(`Onderdeel-id "${s.id}" komt twee keer voor`, ['sections', i, 'id']);
      sectionIds.add(s.id);
    });
    const promptIds = new Set<string>();
    framework.prompts.forEach((p, i) => {
      if (promptIds.has(p.id))
        issue(`Vertelvraag-id "${p.id}" komt twee keer voor`, ['prompts', i, 'id']);
      promptIds.add(p.id);
    });
    const participantIds = new Set(framework.participantQuestions.map((q) => q.id));
    /**
     * Questions a condition may look at: participant questions (asked once, first) and,
     * within the same list, earlier questions. This keeps conditions free of cycles and
     * answerable in the order the questions are asked.
     */
    const askedBefore = (path: (string | number)[], targetId: string) => {
      const [list, index] = path as [string, number];
      if (participantIds.has(targetId)) {
        return (
          list === 'signifiers' ||
          framework.participantQuestions.findIndex((q) => q.id === targetId) < index
        );
      }
      return (
        list === 'signifiers' && framework.signifiers.findIndex((q) => q.id === targetId) < index
      );
    };
    const checkCondition = (condition: TCondition, path: (string | number)[]) => {
      const target = byId.get(condition.question);
      if (target?.kind !== 'choice') {
        issue(`De voorwaarde verwijst naar "${condition.question}", geen keuzevraag`, path);
        return;
      }
      const optionIds = new Set(target.options.map((o) => o.id));
      for (const id of [...(condition.anyOf ?? []), ...(condition.noneOf ?? [])]) {
        if (!optionIds.has(id)) issue(`Optie "${id}" bestaat niet bij "${target.id}"`, path);
      }
      if (!condition.anyOf && !condition.noneOf)
        issue('Een voorwaarde noemt anyOf of noneOf', path);
    };
    for (const { q, path } of all) {
      if (q.visibleIf) {
        if (q.visibleIf.question === q.id)
          issue('Een vraag kan niet van zichzelf afhangen', [...path, 'visibleIf']);
        checkCondition(q.visibleIf, [...path, 'visibleIf']);
        if (q.visibleIf.question !== q.id && !askedBefore(path, q.visibleIf.question)) {
          issue(
            `De voorwaarde verwijst naar "${q.visibleIf.question}", die niet eerder gevraagd wordt`,
            [...path, 'visibleIf'],
          );
        }
      }
      if (q.section && !sectionIds.has(q.section))
        issue(`Onbekend onderdeel "${q.section}"`, [...path, 'section']);
      const duplicateIn = (items: { id: string }[], what: string, key: string) => {
        const seen = new Set<string>();
        for (const item of items) {
          if (seen.has(item.id))
            issue(`${what}-id "${item.id}" komt twee keer voor`, [...path, key]);
          seen.add(item.id);
        }
      };
      if (q.kind === 'triad') duplicateIn(q.corners, 'Hoek', 'corners');
      if (q.kind === 'stones') duplicateIn(q.stones, 'Steen', 'stones');
      if (q.kind === 'choice') {
        duplicateIn(q.options, 'Optie', 'options');
        if (!q.multiple && (q.min !== undefined || q.max !== undefined)) {
          issue('min en max horen bij een meerkeuzevraag', [...path, 'max']);
        }
        if (q.min !== undefined && q.max !== undefined && q.min > q.max)
          issue('min is groter dan max', [...path, 'min']);
        if (q.min !== undefined && q.min > q.options.length)
          issue('min is groter dan het aantal opties', [...path, 'min']);
        if (q.max !== undefined && q.max > q.options.length)
          issue('max is groter dan het aantal opties', [...path, 'max']);
      }
      if (q.kind === 'number' && q.min !== undefined && q.max !== undefined && q.min > q.max) {
        issue('min is groter dan max', [...path, 'min']);
      }
      if (q.kind === 'scale' && q.pointLabels) {
        for (const point of Object.keys(q.pointLabels)) {
          const n = Number(point);
          if (n < 1 || n > q.points)
            issue(`Label voor punt ${point} buiten 1..${q.points}`, [...path, 'pointLabels']);
        }
      }
    }
    if (framework.youthWhen) {
      checkCondition(framework.youthWhen, ['youthWhen']);
      // The youth texts follow the person, so they hang on who they are, not on one story.
      if (
        byId.has(framework.youthWhen.question) &&
        !participantIds.has(framework.youthWhen.question)
      )
        issue('youthWhen verwijst naar een vraag over de deelnemer', ['youthWhen']);
    }
  });
export type TFramework = z.infer<typeof ZFramework>;
export type TFrameworkInput = z.input<typeof ZFramework>;

export { frameworkQuestions } from './framework-questions';
