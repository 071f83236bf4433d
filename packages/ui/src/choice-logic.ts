import { readChoice, type TChoiceValue, type TQuestionOf } from '@duiding/survey/client';

type TChoiceQuestion = TQuestionOf<'choice'>;

export interface TChoiceState {
  selected: string[];
  other: string;
}

export function choiceState(value: TChoiceValue | undefined): TChoiceState {
  if (value === undefined) return { selected: [], other: '' };
  const { selected, other } = readChoice(value);
  return { selected, other: other ?? '' };
}

/** The most options the person may tick at once. */
export function choiceMax(question: TChoiceQuestion): number {
  return question.multiple ? (question.max ?? question.options.length) : 1;
}

/**
 * Ticks or unticks an option of a several-choice question: an exclusive option ("niets")
 * clears the others and is cleared by them; a full question takes no further option.
 */
export function toggleChoice(
  question: TChoiceQuestion,
  selected: readonly string[],
  optionId: string,
): string[] {
  if (selected.includes(optionId)) return selected.filter((id) => id !== optionId);
  const option = question.options.find((o) => o.id === optionId);
  if (!option) return [...selected];
  if (option.exclusive) return [optionId];
  const exclusive = new Set(question.options.filter((o) => o.exclusive).map((o) => o.id));
  const kept = selected.filter((id) => !exclusive.has(id));
  if (kept.length >= choiceMax(question)) return kept;
  return [...kept, optionId];
}

/** The canonical value: an id or ids, with the "other" text while an other-option is chosen. */
export function encodeChoice(
  question: TChoiceQuestion,
  { selected, other }: TChoiceState,
): TChoiceValue | undefined {
  if (selected.length === 0) return undefined;
  const picked = question.multiple ? selected : selected[0]!;
  const withOther = selected.some((id) => question.options.find((o) => o.id === id)?.other);
  return withOther ? { selected: picked, other } : picked;
}
