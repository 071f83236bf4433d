/** What every answer input gets from `QuestionField`: ids to name and describe it. */
export interface TFieldIds {
  /** The id of the input's main control; the other ids derive from it. */
  id: string;
  /** The element that names the question (legend or label). */
  labelId: string;
  /** Help and error texts, space separated, or undefined. */
  describedBy?: string | undefined;
  invalid?: boolean | undefined;
}

export interface TValueProps<V> {
  value: V | undefined;
  onChange: (value: V | undefined) => void;
}

/** Joins ids for aria-describedby, leaving out the missing ones. */
export function idList(...ids: (string | false | undefined | null)[]): string | undefined {
  const list = ids.filter((id): id is string => typeof id === 'string' && id.length > 0);
  return list.length > 0 ? list.join(' ') : undefined;
}
