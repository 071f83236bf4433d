import type { TAnswers, TAnswerValue, TStonesValue } from './answer';
import { DONT_KNOW, NOT_APPLICABLE, readChoice } from './answer-values';
import type { TCondition, TFramework, TQuestion, TQuestionOf } from './framework';
import type { TStoryInput } from './story-input';

// No zod at run time here: the browser validates with these functions (client.ts).

export type TAnswerErrorCode =
  | 'required'
  | 'unknown-question'
  | 'hidden'
  | 'wrong-type'
  | 'out-of-range'
  | 'triad-sum'
  | 'not-applicable-not-allowed'
  | 'unknown-option'
  | 'unknown-stone'
  | 'duplicate-option'
  | 'too-few'
  | 'too-many'
  | 'exclusive'
  | 'other-without-option'
  | 'too-long'
  | 'too-short'
  | 'not-integer'
  | 'unknown-prompt';

/** One problem with one answer; `message` is Dutch and says what to do. */
export interface TAnswerError {
  question: string;
  code: TAnswerErrorCode;
  message: string;
}

export type TValidation<T> = { ok: true; value: T } | { ok: false; errors: TAnswerError[] };

/** A triad's parts must sum to 1 within this; inputs round to 1e-4 at the finest. */
export const TRIAD_SUM_TOLERANCE = 1e-6;
const OTHER_TEXT_MAX = 500;

export interface TValidateOptions {
  /** Which questions the answers are for. */
  scope?: 'story' | 'participant';
  /** Answers given elsewhere that conditions may refer to (the participant's, for a story). */
  context?: Record<string, unknown>;
}

// Own properties only: an id like "constructor" must not find Object.prototype's.
function own(record: Record<string, unknown>, id: string): unknown {
  return Object.hasOwn(record, id) ? record[id] : undefined;
}

/*
 * What validation derives from a question list or a question (its ids, its options), kept
 * per object: a framework in use is published and never changes, and the server checks
 * every story against the same one. Module-level functions, not closures in each call: the
 * server runs this source through tsx, whose keepNames gives every named closure a
 * defineProperty call each time it is made (3 % of the server's CPU per story).
 */
const idsOfQuestions = new WeakMap<readonly TQuestion[], ReadonlySet<string>>();

function questionIds(questions: readonly TQuestion[]): ReadonlySet<string> {
  let ids = idsOfQuestions.get(questions);
  if (!ids) {
    ids = new Set(questions.map((q) => q.id));
    idsOfQuestions.set(questions, ids);
  }
  return ids;
}

/**
 * Checks answers against a framework: every answer belongs to a visible question, has the
 * right shape and range, and every visible required question is answered. Returns the
 * answers cleaned (texts trimmed, empty optional answers dropped) or every error at once.
 */
export function validateResponse(
  framework: TFramework,
  answers: Record<string, unknown>,
  { scope = 'story', context = {} }: TValidateOptions = {},
): TValidation<TAnswers> {
  const questions = scope === 'story' ? framework.signifiers : framework.participantQuestions;
  const ids = questionIds(questions);
  const errors: TAnswerError[] = [];
  const value: TAnswers = {};
  const lookup = (id: string) => (Object.hasOwn(answers, id) ? answers[id] : own(context, id));

  for (const id of Object.keys(answers)) {
    if (!ids.has(id)) {
      errors.push({ question: id, code: 'unknown-question', message: `Onbekende vraag "${id}".` });
    }
  }
  for (const question of questions) {
    const raw = own(answers, question.id);
    const visible = isVisible(question.visibleIf, lookup);
    const answered = !isEmptyAnswer(raw);
    if (!visible) {
      if (answered) {
        errors.push(error(question, 'hidden', 'Deze vraag hoort niet bij je eerdere antwoorden.'));
      }
      continue;
    }
    if (!answered) {
      if (question.required) errors.push(error(question, 'required', 'Beantwoord deze vraag.'));
      continue;
    }
    const result = validateAnswer(question, raw);
    if (result.ok) value[question.id] = result.value;
    else errors.push(...result.errors);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value };
}

/** Checks the chosen prompt, the title and the story text. */
export function validateStoryText(
  framework: TFramework,
  story: TStoryInput,
): TValidation<TStoryInput> {
  const errors: TAnswerError[] = [];
  const fields = framework.storyFields;
  if (!fields) {
    return {
      ok: false,
      errors: [
        { question: 'text', code: 'wrong-type', message: 'Deze vragenlijst vraagt geen verhaal.' },
      ],
    };
  }
  if (!framework.prompts.some((p) => p.id === story.promptId)) {
    errors.push({
      question: 'promptId',
      code: 'unknown-prompt',
      message: 'Kies een van de vragen om over te vertellen.',
    });
  }
  const title = story.title.trim();
  const text = story.text.trim();
  if (title.length === 0)
    errors.push({ question: 'title', code: 'required', message: 'Geef je verhaal een titel.' });
  if (title.length > fields.title.maxLength) {
    errors.push({
      question: 'title',
      code: 'too-long',
      message: `De titel is te lang: hooguit ${fields.title.maxLength} tekens.`,
    });
  }
  if (text.length === 0)
    errors.push({ question: 'text', code: 'required', message: 'Schrijf je verhaal.' });
  else if (text.length < fields.text.minLength) {
    errors.push({
      question: 'text',
      code: 'too-short',
      message: 'Schrijf minstens een zin over wat er gebeurde.',
    });
  }
  if (text.length > fields.text.maxLength) {
    errors.push({
      question: 'text',
      code: 'too-long',
      message: `Het verhaal is te lang: hooguit ${fields.text.maxLength.toLocaleString('nl-NL')} tekens.`,
    });
  }
  return errors.length > 0
    ? { ok: false, errors }
    : { ok: true, value: { promptId: story.promptId, title, text } };
}

/** Whether a question is shown, given the answers so far. */
export function isVisible(
  condition: TCondition | undefined,
  lookup: (questionId: string) => unknown,
): boolean {
  if (!condition) return true;
  const raw = lookup(condition.question);
  const selected = isChoiceLike(raw) ? readChoice(raw).selected : [];
  if (condition.anyOf && !condition.anyOf.some((id) => selected.includes(id))) return false;
  if (condition.noneOf?.some((id) => selected.includes(id))) return false;
  return true;
}

/** Whether the participant now sees the youth texts, by the framework's `youthWhen`. */
export function isYouthAudience(
  framework: TFramework,
  participantAnswers: Record<string, unknown>,
) {
  return (
    framework.youthWhen !== undefined &&
    isVisible(framework.youthWhen, (id) => participantAnswers[id])
  );
}

function isIds(v: unknown): boolean {
  return typeof v === 'string' || (Array.isArray(v) && v.every((id) => typeof id === 'string'));
}

function isChoiceLike(
  raw: unknown,
): raw is string | string[] | { selected: string | string[]; other: string } {
  if (isIds(raw)) return true;
  // A malformed `selected` (a number, a list of numbers) is a wrong type, not a crash.
  return typeof raw === 'object' && raw !== null && 'selected' in raw && isIds(raw.selected);
}

function isEmptyAnswer(raw: unknown): boolean {
  return (
    raw === undefined ||
    raw === null ||
    (typeof raw === 'string' && raw.trim() === '') ||
    (Array.isArray(raw) && raw.length === 0)
  );
}

function error(question: TQuestion, code: TAnswerErrorCode, message: string): TAnswerError {
  return { question: question.id, code, message };
}

type TAnswerResult = { ok: true; value: TAnswerValue } | { ok: false; errors: TAnswerError[] };

/** Checks one non-empty answer against its question. */
export function validateAnswer(question: TQuestion, raw: unknown): TAnswerResult {
  switch (question.kind) {
    case 'triad':
    case 'dyad': {
      if (raw === NOT_APPLICABLE) {
        return question.allowNotApplicable
          ? { ok: true, value: NOT_APPLICABLE }
          : failure(
              question,
              'not-applicable-not-allowed',
              'Bij deze vraag kun je "niet van toepassing" niet kiezen.',
            );
      }
      if (question.kind === 'dyad') {
        if (typeof raw !== 'number')
          return failure(question, 'wrong-type', 'Zet de schuif op een plek.');
        return isUnit(raw)
          ? { ok: true, value: raw }
          : failure(question, 'out-of-range', 'De schuif staat buiten de lijn.');
      }
      if (
        typeof raw !== 'object' ||
        raw === null ||
        !('a' in raw) ||
        !('b' in raw) ||
        !('c' in raw)
      ) {
        return failure(question, 'wrong-type', 'Zet de stip ergens in de driehoek.');
      }
      const { a, b, c } = raw as Record<string, unknown>;
      if (Object.keys(raw).length !== 3 || !isUnit(a) || !isUnit(b) || !isUnit(c)) {
        return failure(question, 'out-of-range', 'De stip staat buiten de driehoek.');
      }
      if (Math.abs(a + b + c - 1) > TRIAD_SUM_TOLERANCE) {
        return failure(
          question,
          'triad-sum',
          'De drie delen van de driehoek tellen niet op tot 100%.',
        );
      }
      return { ok: true, value: { a, b, c } };
    }
    case 'stones':
      return validateStones(question, raw);
    case 'choice':
      return validateChoice(question, raw);
    case 'scale': {
      if (raw === DONT_KNOW) {
        return question.allowDontKnow
          ? { ok: true, value: DONT_KNOW }
          : failure(
              question,
              'not-applicable-not-allowed',
              'Bij deze vraag kun je "weet ik niet" niet kiezen.',
            );
      }
      if (typeof raw !== 'number' || !Number.isFinite(raw))
        return failure(question, 'wrong-type', 'Kies een van de punten.');
      if (!Number.isInteger(raw))
        return failure(question, 'not-integer', 'Kies een van de punten.');
      if (raw < 1 || raw > question.points)
        return failure(question, 'out-of-range', `Kies een punt van 1 tot ${question.points}.`);
      return { ok: true, value: raw };
    }
    case 'text': {
      if (typeof raw !== 'string') return failure(question, 'wrong-type', 'Vul hier tekst in.');
      const text = raw.trim();
      if (text.length > question.maxLength) {
        return failure(
          question,
          'too-long',
          `Je antwoord is te lang: hooguit ${question.maxLength} tekens.`,
        );
      }
      return { ok: true, value: text };
    }
    case 'number': {
      if (typeof raw !== 'number' || !Number.isFinite(raw))
        return failure(question, 'wrong-type', 'Vul een getal in.');
      if (question.integer && !Number.isInteger(raw))
        return failure(question, 'not-integer', 'Vul een heel getal in.');
      if (
        (question.min !== undefined && raw < question.min) ||
        (question.max !== undefined && raw > question.max)
      ) {
        return failure(
          question,
          'out-of-range',
          `Vul een getal in van ${question.min ?? '…'} tot ${question.max ?? '…'}.`,
        );
      }
      return { ok: true, value: raw };
    }
  }
}

function failure(question: TQuestion, code: TAnswerErrorCode, message: string): TAnswerResult {
  return { ok: false, errors: [error(question, code, message)] };
}

function isUnit(n: unknown): n is number {
  return typeof n === 'number' && Number.isFinite(n) && n >= 0 && n <= 1;
}

function validateStones(question: TQuestionOf<'stones'>, raw: unknown): TAnswerResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return failure(question, 'wrong-type', 'Leg de stenen op het veld.');
  }
  const known = stoneIds(question);
  const value: TStonesValue = {};
  for (const [stoneId, placement] of Object.entries(raw)) {
    if (!known.has(stoneId))
      return failure(question, 'unknown-stone', `Onbekende steen "${stoneId}".`);
    if (placement === null || placement === undefined) continue;
    const { x, y } = placement as { x?: unknown; y?: unknown };
    if (typeof x !== 'number' || typeof y !== 'number' || ![x, y].every((n) => n >= 0 && n <= 1)) {
      return failure(question, 'out-of-range', 'Een steen ligt buiten het veld.');
    }
    value[stoneId] = { x, y };
  }
  if (Object.keys(value).length === 0 && question.required)
    return failure(question, 'required', 'Leg minstens één steen neer.');
  return { ok: true, value };
}

function validateChoice(question: TQuestionOf<'choice'>, raw: unknown): TAnswerResult {
  if (!isChoiceLike(raw)) return failure(question, 'wrong-type', 'Kies een antwoord.');
  if (typeof raw === 'object' && !Array.isArray(raw) && typeof raw.other !== 'string') {
    return failure(question, 'wrong-type', 'Kies een antwoord.');
  }
  const { selected, other } = readChoice(raw);
  const single =
    typeof raw === 'string' || (!Array.isArray(raw) && typeof raw.selected === 'string');
  if (question.multiple === single) {
    return failure(
      question,
      'wrong-type',
      question.multiple ? 'Geef je keuzes als lijst.' : 'Kies één antwoord.',
    );
  }
  const options = choiceOptions(question);
  const unknown = selected.find((id) => !options.has(id));
  if (unknown !== undefined)
    return failure(question, 'unknown-option', `Onbekend antwoord "${unknown}".`);
  if (new Set(selected).size !== selected.length)
    return failure(question, 'duplicate-option', 'Je koos een antwoord twee keer.');
  if (question.multiple) {
    const min = question.min ?? 1;
    const max = question.max ?? question.options.length;
    if (selected.length < min)
      return failure(question, 'too-few', `Kies minstens ${min} antwoorden.`);
    if (selected.length > max)
      return failure(question, 'too-many', `Kies hooguit ${max} antwoorden.`);
    if (selected.length > 1 && selected.some((id) => options.get(id)?.exclusive)) {
      return failure(question, 'exclusive', 'Dit antwoord kun je niet combineren met andere.');
    }
  }
  const otherText = other?.trim();
  if (otherText) {
    if (!selected.some((id) => options.get(id)?.other)) {
      return failure(question, 'other-without-option', 'Kies "anders" als je zelf iets invult.');
    }
    if (otherText.length > OTHER_TEXT_MAX)
      return failure(question, 'too-long', `Hooguit ${OTHER_TEXT_MAX} tekens.`);
    return { ok: true, value: { selected: single ? selected[0]! : selected, other: otherText } };
  }
  return { ok: true, value: single ? selected[0]! : selected };
}

const idsOfStones = new WeakMap<TQuestionOf<'stones'>, ReadonlySet<string>>();

function stoneIds(question: TQuestionOf<'stones'>): ReadonlySet<string> {
  let ids = idsOfStones.get(question);
  if (!ids) {
    ids = new Set(question.stones.map((s) => s.id));
    idsOfStones.set(question, ids);
  }
  return ids;
}

type TChoiceOption = TQuestionOf<'choice'>['options'][number];
const optionsOfChoices = new WeakMap<TQuestionOf<'choice'>, ReadonlyMap<string, TChoiceOption>>();

function choiceOptions(question: TQuestionOf<'choice'>): ReadonlyMap<string, TChoiceOption> {
  let options = optionsOfChoices.get(question);
  if (!options) {
    options = new Map(question.options.map((o) => [o.id, o]));
    optionsOfChoices.set(question, options);
  }
  return options;
}
