/**
 * A choice answer in the canonical encoding of the survey package: one option id, several,
 * or either with an "other" text.
 */
export type ChoiceValue =
  | string
  | readonly string[]
  | { readonly selected: string | readonly string[]; readonly other: string };

export interface ChoiceDescription {
  /** Respondents who answered (not not-applicable). */
  readonly n: number;
  readonly nNotApplicable: number;
  /**
   * Per option: how many respondents chose it, and that count over n. For multi-select the
   * shares are per respondent and may sum to more than 1.
   */
  readonly options: readonly {
    readonly optionId: string;
    readonly count: number;
    readonly share: number;
  }[];
  /** Selected ids that are not among the framework's options, with counts. */
  readonly unknownOptions: readonly { readonly optionId: string; readonly count: number }[];
  /** The non-empty "other" texts, in input order. */
  readonly otherTexts: readonly string[];
}

/** Counts and shares of a choice signifier over the framework's option ids. */
export function describeChoice(
  values: readonly (ChoiceValue | null)[],
  optionIds: readonly string[],
): ChoiceDescription {
  const counts = new Map<string, number>(optionIds.map((id) => [id, 0]));
  const unknown = new Map<string, number>();
  const otherTexts: string[] = [];
  let n = 0;
  for (const value of values) {
    if (value === null) continue;
    n++;
    let selected: string | readonly string[];
    if (typeof value === 'string' || Array.isArray(value)) {
      selected = value as string | readonly string[];
    } else {
      const withOther = value as {
        readonly selected: string | readonly string[];
        readonly other: string;
      };
      selected = withOther.selected;
      if (withOther.other.trim() !== '') otherTexts.push(withOther.other);
    }
    // A respondent counts once per option, even if an id were repeated.
    const ids = typeof selected === 'string' ? [selected] : new Set(selected);
    for (const id of ids) {
      const known = counts.get(id);
      if (known === undefined) unknown.set(id, (unknown.get(id) ?? 0) + 1);
      else counts.set(id, known + 1);
    }
  }
  return {
    n,
    nNotApplicable: values.length - n,
    options: optionIds.map((optionId) => {
      const count = counts.get(optionId) ?? 0;
      return { optionId, count, share: n === 0 ? 0 : count / n };
    }),
    unknownOptions: [...unknown].map(([optionId, count]) => ({ optionId, count })),
    otherTexts,
  };
}
