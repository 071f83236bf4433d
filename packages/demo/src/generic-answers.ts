import {
  DONT_KNOW,
  isVisible,
  NOT_APPLICABLE,
  type TAnswers,
  type TAnswerValue,
  type TQuestion,
  type TQuestionOf,
} from '@duiding/survey';
import { drawDyad, drawScale, drawStone, drawTriad, type TDraws } from './draws';
import { shortAnswers } from './story-text';

/** How often an optional question is answered, and "not applicable" / "don't know" chosen. */
const ANSWER_OPTIONAL = 0.6;
const NOT_APPLICABLE_SHARE = 0.04;
const DONT_KNOW_SHARE = 0.04;

/**
 * Per-question overrides: a generator that plants a pattern returns the value for that
 * question; `undefined` falls back to the neutral draw.
 */
export type TAnswerOverride = (question: TQuestion) => TAnswerValue | undefined;

/**
 * Answers for a list of questions, drawn per kind without any relation between them,
 * respecting visibility conditions (on earlier answers or on `context`), required
 * questions, min/max and exclusive options, so `validateResponse` accepts them.
 */
export function drawAnswers(
  draws: TDraws,
  questions: readonly TQuestion[],
  context: TAnswers,
  override: TAnswerOverride = () => undefined,
): TAnswers {
  const answers: TAnswers = {};
  const lookup = (id: string) => (id in answers ? answers[id] : context[id]);
  for (const question of questions) {
    if (!isVisible(question.visibleIf, lookup)) continue;
    if (!question.required && !draws.chance(ANSWER_OPTIONAL)) continue;
    const value = override(question) ?? drawNeutralAnswer(draws, question);
    if (value !== undefined) answers[question.id] = value;
  }
  return answers;
}

/** One answer without any planted effect; `undefined` leaves an optional question empty. */
export function drawNeutralAnswer(draws: TDraws, question: TQuestion): TAnswerValue | undefined {
  switch (question.kind) {
    case 'triad':
      if (question.allowNotApplicable && draws.chance(NOT_APPLICABLE_SHARE)) return NOT_APPLICABLE;
      return drawTriad(draws, [0, 0, 0], 0.9);
    case 'dyad':
      if (question.allowNotApplicable && draws.chance(NOT_APPLICABLE_SHARE)) return NOT_APPLICABLE;
      return drawDyad(draws, 0, 1);
    case 'stones':
      return drawStones(draws, question);
    case 'choice':
      return drawChoice(draws, question);
    case 'scale':
      if (question.allowDontKnow && draws.chance(DONT_KNOW_SHARE)) return DONT_KNOW;
      return drawScale(draws, question.points, 0);
    case 'text':
      return draws.pick(shortAnswers).slice(0, question.maxLength).trim();
    case 'number': {
      const min = question.min ?? 0;
      const max = question.max ?? min + 100;
      const value = min + draws.uniform() * (max - min);
      return question.integer ? Math.round(value) : Math.round(value * 10) / 10;
    }
  }
}

function drawStones(draws: TDraws, question: TQuestionOf<'stones'>): TAnswerValue {
  const placed: Record<string, { x: number; y: number }> = {};
  for (const stone of question.stones) {
    // Most people place the stones they know; a few stay in the box.
    if (draws.chance(0.75)) placed[stone.id] = drawStone(draws, [0, 0], 1);
  }
  const first = question.stones[0];
  if (Object.keys(placed).length === 0 && first) placed[first.id] = drawStone(draws, [0, 0], 1);
  return placed;
}

/** A choice with the rarely used "other" text now and then. */
export function drawChoice(
  draws: TDraws,
  question: TQuestionOf<'choice'>,
  weights?: readonly number[],
): TAnswerValue {
  const options = question.options;
  const w = weights ?? options.map((o) => (o.other || o.exclusive ? 0.3 : 1));
  if (!question.multiple) {
    const option = options[draws.weightedIndex(w)]!;
    return option.other ? { selected: option.id, other: draws.pick(otherTexts) } : option.id;
  }
  const min = Math.max(1, question.min ?? 1);
  const max = Math.min(question.max ?? options.length, options.length, 3);
  // An exclusive option ("niets") stands alone, so it cannot meet a minimum above one.
  const first = draws.weightedIndex(min > 1 ? w.map((x, i) => (options[i]?.exclusive ? 0 : x)) : w);
  const selected = [first];
  if (!options[first]?.exclusive) {
    const wanted = draws.integer(min, Math.max(min, max));
    // Further options drawn without replacement, never exclusive ones.
    for (let tries = 0; selected.length < wanted && tries < 20; tries++) {
      const next = draws.weightedIndex(w);
      if (!selected.includes(next) && !options[next]?.exclusive) selected.push(next);
    }
  }
  selected.sort((x, y) => x - y);
  const ids = selected.map((i) => options[i]!.id);
  return selected.some((i) => options[i]?.other)
    ? { selected: ids, other: draws.pick(otherTexts) }
    : ids;
}

const otherTexts = ['Via de huisarts', 'Logeerzorg', 'Een maatje', 'Schoolmaatschappelijk werk'];
