/*
 * The observation form as plain data: a subject, a text, a strength and the competing
 * interpretations. NarraFirma's practice asks for at least two readings of each
 * observation, so the form starts with two and asks for the second when it is empty.
 */

export type TStrength = 'weak' | 'medium' | 'strong';

export interface TInterpretationDraft {
  title: string;
  body: string;
}

export interface TObservationForm {
  /** `pattern:<frameworkId>:<patternKey>` or `collection:<collectionId>`. */
  subject: string;
  title: string;
  body: string;
  strength: TStrength | '';
  interpretations: TInterpretationDraft[];
}

export const EMPTY_OBSERVATION: TObservationForm = {
  subject: '',
  title: '',
  body: '',
  strength: '',
  interpretations: [
    { title: '', body: '' },
    { title: '', body: '' },
  ],
};

export type TObservationErrors = Partial<Record<string, string>>;

/** The field errors, by field id (`subject`, `title`, `strength`, `interpretation-1`, …). */
export function observationErrors(form: TObservationForm): TObservationErrors {
  const errors: TObservationErrors = {};
  if (!form.subject) errors.subject = 'Kies waar deze observatie over gaat.';
  if (!form.title.trim()) errors.title = 'Geef de observatie een korte titel.';
  if (!form.strength) errors.strength = 'Kies hoe sterk deze observatie is.';
  const seen = new Set<string>();
  form.interpretations.forEach((interpretation, i) => {
    const title = interpretation.title.trim();
    if (!title && i === 0) errors['interpretation-0'] = 'Schrijf een eerste duiding.';
    else if (!title && i === 1)
      errors['interpretation-1'] =
        'Schrijf ook een tweede duiding: hoe kun je deze observatie anders lezen?';
    else if (title && seen.has(title.toLocaleLowerCase('nl')))
      errors[`interpretation-${i}`] = 'Deze duiding heeft dezelfde titel als een andere.';
    if (title) seen.add(title.toLocaleLowerCase('nl'));
  });
  return errors;
}

/** The subject value as the API takes it. */
export function parseSubject(
  subject: string,
):
  | { kind: 'pattern'; frameworkId: string; patternKey: string }
  | { kind: 'collection'; collectionId: string }
  | undefined {
  const [kind, first, ...rest] = subject.split(':');
  if (kind === 'collection' && first) return { kind, collectionId: first };
  if (kind === 'pattern' && first && rest.length > 0)
    return { kind, frameworkId: first, patternKey: rest.join(':') };
  return undefined;
}

/** Interpretations with a title, as the API takes them. */
export function filledInterpretations(form: TObservationForm): TInterpretationDraft[] {
  return form.interpretations
    .filter((i) => i.title.trim())
    .map((i) => ({ title: i.title.trim(), body: i.body.trim() }));
}
