import type { TChoiceValue } from './answer';

// Answer constants and helpers without zod, so that the browser entry (client.ts) needs none.

/** A triad or dyad the participant marked as "not applicable to my story". */
export const NOT_APPLICABLE = 'na';
/** A scale item answered with "weet ik niet". */
export const DONT_KNOW = 'dk';

export function readChoice(value: TChoiceValue): { selected: string[]; other?: string } {
  if (typeof value === 'string') return { selected: [value] };
  if (Array.isArray(value)) return { selected: value };
  const selected = typeof value.selected === 'string' ? [value.selected] : value.selected;
  return { selected, other: value.other };
}
