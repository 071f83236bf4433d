/**
 * Edit operations of the questionnaire designer. Each takes a framework and returns a new
 * one, leaving the input untouched, so the designer's reducer stays a list of plain calls
 * and undo is keeping the previous value. They keep ids unique and conditions pointing at
 * questions that exist; whether the result is publishable is `ZFramework`'s verdict.
 */
import type {
  TCondition,
  TFramework,
  TLabelled,
  TPrompt,
  TQuestion,
  TQuestionKind,
  TStoryFields,
} from '../framework';
import type { TLocalizedText } from '../text';

export type TQuestionList = 'signifiers' | 'participantQuestions';

/** The text slots the designer shows side by side. */
export type TTextSlot = 'nl' | 'en' | 'youth';

/** The signifier kinds in the order the designer offers them. */
export const QUESTION_KINDS: readonly TQuestionKind[] = [
  'triad',
  'dyad',
  'stones',
  'choice',
  'scale',
  'text',
  'number',
];

export const QUESTION_KIND_LABELS: Record<TQuestionKind, string> = {
  triad: 'Driehoek (triade)',
  dyad: 'Schuif tussen twee polen (dyade)',
  stones: 'Stenen op een veld',
  choice: 'Keuzevraag',
  scale: 'Schaal',
  text: 'Open tekst',
  number: 'Getal',
};

/** Moves one element of a list; an index outside the list is clamped. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const list = [...items];
  if (from < 0 || from >= list.length) return list;
  const target = Math.max(0, Math.min(list.length - 1, to));
  const [item] = list.splice(from, 1);
  list.splice(target, 0, item as T);
  return list;
}

/** Every id used by a question of the framework (both lists share one namespace). */
function questionIds(framework: TFramework): Set<string> {
  return new Set([...framework.signifiers, ...framework.participantQuestions].map((q) => q.id));
}

/** `base`, or `base_2`, `base_3`, … : the first that `taken` does not hold. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  const clean =
    base
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9_]+/g, '_')
      .replace(/^[^a-z]+/, '')
      .replace(/_+$/, '')
      .slice(0, 56) || 'vraag';
  if (!taken.has(clean)) return clean;
  for (let n = 2; ; n++) if (!taken.has(`${clean}_${n}`)) return `${clean}_${n}`;
}

const text = (nl: string): TLocalizedText => ({ nl });
const labelled = (id: string, nl: string): TLabelled => ({ id, label: text(nl) });

/** A new question of a kind with placeholder texts a designer overwrites. */
export function newQuestion(kind: TQuestionKind, id: string): TQuestion {
  const base = { id, label: text('Nieuwe vraag'), required: true };
  switch (kind) {
    case 'triad':
      return {
        ...base,
        kind,
        corners: [labelled('a', 'Hoek 1'), labelled('b', 'Hoek 2'), labelled('c', 'Hoek 3')],
        allowNotApplicable: true,
      };
    case 'dyad':
      return {
        ...base,
        kind,
        left: text('Links'),
        right: text('Rechts'),
        allowNotApplicable: true,
      };
    case 'stones':
      return {
        ...base,
        kind,
        x: { low: text('Weinig'), high: text('Veel') },
        y: { low: text('Laag'), high: text('Hoog') },
        stones: [labelled('steen_1', 'Steen 1'), labelled('steen_2', 'Steen 2')],
      };
    case 'choice':
      return {
        ...base,
        kind,
        multiple: false,
        options: [labelled('optie_1', 'Optie 1'), labelled('optie_2', 'Optie 2')],
      };
    case 'scale':
      return { ...base, kind, points: 5, allowDontKnow: false };
    case 'text':
      return { ...base, kind, multiline: true, maxLength: 10_000 };
    case 'number':
      return { ...base, kind, integer: true };
  }
}

/** Adds a new question of `kind` at `index` (default: the end); returns it with its id. */
export function addQuestion(
  framework: TFramework,
  list: TQuestionList,
  kind: TQuestionKind,
  index?: number,
): { framework: TFramework; question: TQuestion } {
  const question = newQuestion(kind, uniqueId(kind, questionIds(framework)));
  const items = [...framework[list]];
  items.splice(index ?? items.length, 0, question);
  return { framework: { ...framework, [list]: items }, question };
}

/** The questions whose visibility depends on `questionId`, and whether youthWhen does. */
export function dependentsOf(framework: TFramework, questionId: string) {
  const questions = [...framework.signifiers, ...framework.participantQuestions].filter(
    (q) => q.visibleIf?.question === questionId,
  );
  return { questions, youthWhen: framework.youthWhen?.question === questionId };
}

/**
 * Removes a question. Conditions that looked at it go too (a condition on a question that
 * no longer exists can never be met); `dependentsOf` lets the designer say so first.
 */
export function removeQuestion(
  framework: TFramework,
  list: TQuestionList,
  questionId: string,
): TFramework {
  const drop = (q: TQuestion): TQuestion => {
    if (q.visibleIf?.question !== questionId) return q;
    const { visibleIf: _, ...rest } = q;
    return rest as TQuestion;
  };
  const next: TFramework = {
    ...framework,
    signifiers: framework.signifiers.filter((q) => q.id !== questionId).map(drop),
    participantQuestions: framework.participantQuestions
      .filter((q) => q.id !== questionId)
      .map(drop),
  };
  if (list === 'participantQuestions' && framework.youthWhen?.question === questionId) {
    const { youthWhen: _, ...rest } = next;
    return rest as TFramework;
  }
  return next;
}

/** Moves a question to `toIndex` within its list. */
export function moveQuestion(
  framework: TFramework,
  list: TQuestionList,
  questionId: string,
  toIndex: number,
): TFramework {
  const from = framework[list].findIndex((q) => q.id === questionId);
  if (from < 0) return framework;
  return { ...framework, [list]: moveItem(framework[list], from, toIndex) };
}

/** One place up (-1) or down (+1): the keyboard's "omhoog" and "omlaag". */
export function moveQuestionBy(
  framework: TFramework,
  list: TQuestionList,
  questionId: string,
  delta: -1 | 1,
): TFramework {
  const from = framework[list].findIndex((q) => q.id === questionId);
  return from < 0 ? framework : moveQuestion(framework, list, questionId, from + delta);
}

/**
 * Replaces a question by what `change` makes of it. A new id is kept unique and the
 * conditions that pointed at the old id follow it.
 */
export function updateQuestion(
  framework: TFramework,
  list: TQuestionList,
  questionId: string,
  change: (question: TQuestion) => TQuestion,
): TFramework {
  const current = framework[list].find((q) => q.id === questionId);
  if (!current) return framework;
  let updated = change(current);
  if (updated.id !== questionId) {
    const taken = questionIds(framework);
    taken.delete(questionId);
    updated = { ...updated, id: uniqueId(updated.id, taken) };
  }
  const newId = updated.id;
  const follow = (q: TQuestion): TQuestion =>
    q.visibleIf?.question === questionId && newId !== questionId
      ? { ...q, visibleIf: { ...q.visibleIf, question: newId } }
      : q;
  const next: TFramework = {
    ...framework,
    signifiers: framework.signifiers.map((q) =>
      list === 'signifiers' && q.id === questionId ? updated : follow(q),
    ),
    participantQuestions: framework.participantQuestions.map((q) =>
      list === 'participantQuestions' && q.id === questionId ? updated : follow(q),
    ),
  };
  if (framework.youthWhen?.question === questionId && newId !== questionId)
    next.youthWhen = { ...framework.youthWhen, question: newId };
  return next;
}

/**
 * The choice questions a question may depend on: participant questions asked before it
 * and, for story questions, every participant question and earlier story question (the
 * rule `ZFramework` checks).
 */
export function conditionCandidates(
  framework: TFramework,
  list: TQuestionList,
  questionId: string,
): Extract<TQuestion, { kind: 'choice' }>[] {
  const index = framework[list].findIndex((q) => q.id === questionId);
  const before =
    list === 'participantQuestions'
      ? framework.participantQuestions.slice(0, Math.max(0, index))
      : [...framework.participantQuestions, ...framework.signifiers.slice(0, Math.max(0, index))];
  return before.filter((q): q is Extract<TQuestion, { kind: 'choice' }> => q.kind === 'choice');
}

/** Sets or clears (`undefined`) when a question is shown. */
export function setCondition(
  framework: TFramework,
  list: TQuestionList,
  questionId: string,
  condition: TCondition | undefined,
): TFramework {
  return updateQuestion(framework, list, questionId, (q) => {
    if (condition) return { ...q, visibleIf: condition };
    const { visibleIf: _, ...rest } = q;
    return rest as TQuestion;
  });
}

export function addPrompt(framework: TFramework, index?: number): TFramework {
  const id = uniqueId('vertelvraag', new Set(framework.prompts.map((p) => p.id)));
  const prompts = [...framework.prompts];
  prompts.splice(index ?? prompts.length, 0, labelled(id, 'Vertel over een moment waarop …'));
  return { ...framework, prompts };
}

export function removePrompt(framework: TFramework, promptId: string): TFramework {
  return { ...framework, prompts: framework.prompts.filter((p) => p.id !== promptId) };
}

export function movePrompt(framework: TFramework, promptId: string, toIndex: number): TFramework {
  const from = framework.prompts.findIndex((p) => p.id === promptId);
  return from < 0
    ? framework
    : { ...framework, prompts: moveItem(framework.prompts, from, toIndex) };
}

export function updatePrompt(framework: TFramework, promptId: string, prompt: TPrompt): TFramework {
  return {
    ...framework,
    prompts: framework.prompts.map((p) => (p.id === promptId ? prompt : p)),
  };
}

/** Sets the story fields; a panel framework has none (`undefined`). */
export function setStoryFields(
  framework: TFramework,
  storyFields: TStoryFields | undefined,
): TFramework {
  if (storyFields) return { ...framework, storyFields };
  const { storyFields: _, ...rest } = framework;
  return rest as TFramework;
}

/** The story fields a new stories framework starts with. */
export function defaultStoryFields(): TStoryFields {
  return {
    title: { label: text('Geef je verhaal een titel'), maxLength: 120 },
    text: { label: text('Vertel je verhaal'), minLength: 20, maxLength: 50_000 },
  };
}

/** The text of one slot; empty when it is not written. */
export function readSlot(value: TLocalizedText | undefined, slot: TTextSlot): string {
  if (!value) return '';
  if (slot === 'youth') return value.youth?.nl ?? '';
  return value[slot] ?? '';
}

/** Writes one slot; an empty English or youth text is removed rather than kept as "". */
export function writeSlot(value: TLocalizedText, slot: TTextSlot, written: string): TLocalizedText {
  if (slot === 'nl') return { ...value, nl: written };
  if (slot === 'en') {
    const { en: _, ...rest } = value;
    return written.trim() ? { ...rest, en: written } : rest;
  }
  const { nl: _, ...youthRest } = value.youth ?? {};
  const youth = written.trim() ? { ...youthRest, nl: written } : youthRest;
  const { youth: __, ...rest } = value;
  return Object.keys(youth).length > 0 ? { ...rest, youth } : rest;
}

/** A blank draft: one prompt, story fields, one triad, ready to edit. */
export function blankFramework(id: string, kind: 'stories' | 'panel' = 'stories'): TFramework {
  const framework: TFramework = {
    id,
    version: 1,
    kind,
    title: text('Nieuwe vragenlijst'),
    languages: ['nl'],
    prompts: [],
    sections: [],
    signifiers: [newQuestion('triad', 'triad')],
    participantQuestions: [],
  };
  return kind === 'stories'
    ? addPrompt({ ...framework, storyFields: defaultStoryFields() })
    : framework;
}
