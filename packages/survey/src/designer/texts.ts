import type { TFramework } from '../framework';
import type { TLocalizedText } from '../text';

/** A path as people read it in an error: `signifiers[3].corners[1].label`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

const isLocalizedText = (value: unknown): value is TLocalizedText =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  typeof (value as { nl?: unknown }).nl === 'string';

export interface TTextAt {
  path: string;
  parts: (string | number)[];
  text: TLocalizedText;
}

/** Every text of a framework (or of one of its parts, such as a question) with its path, in the order the framework holds them. */
export function frameworkTexts(framework: unknown): TTextAt[] {
  const found: TTextAt[] = [];
  const walk = (value: unknown, path: (string | number)[]) => {
    if (isLocalizedText(value)) {
      found.push({ path: formatPath(path), parts: path, text: value });
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => {
        walk(item, [...path, i]);
      });
    } else if (typeof value === 'object' && value !== null) {
      // Conditions hold ids, not texts.
      for (const [key, item] of Object.entries(value))
        if (key !== 'visibleIf' && key !== 'youthWhen') walk(item, [...path, key]);
    }
  };
  walk(framework, []);
  return found;
}

export type TTranslationTarget = 'en' | 'youth';

export interface TMissingText {
  /** Where the text sits, e.g. `signifiers[2].left`. */
  path: string;
  /** The Dutch text, so the translator knows what to write. */
  nl: string;
}

/**
 * The texts still to translate, per target. English counts only when the framework offers
 * English; the youth (A2) texts only when the framework switches to them (`youthWhen`).
 * Without a youth text the general one is shown, so a missing youth text is a warning,
 * not an error.
 */
export function missingTranslations(
  framework: TFramework,
): Record<TTranslationTarget, TMissingText[]> {
  const texts = frameworkTexts(framework);
  const missing = (has: (t: TLocalizedText) => boolean) =>
    texts.filter(({ text }) => !has(text)).map(({ path, text }) => ({ path, nl: text.nl }));
  return {
    en: framework.languages.includes('en') ? missing((t) => Boolean(t.en?.trim())) : [],
    youth: framework.youthWhen ? missing((t) => Boolean(t.youth?.nl?.trim())) : [],
  };
}

/** A copy of `value` with the text at `parts` replaced by what `change` makes of it. */
export function updateTextAt<T>(
  value: T,
  parts: readonly (string | number)[],
  change: (text: TLocalizedText) => TLocalizedText,
): T {
  if (parts.length === 0) return change(value as TLocalizedText) as T;
  const [head, ...rest] = parts as [string | number, ...(string | number)[]];
  if (Array.isArray(value)) {
    const copy = [...value];
    copy[head as number] = updateTextAt(copy[head as number], rest, change);
    return copy as T;
  }
  const record = value as Record<string, unknown>;
  return { ...record, [head]: updateTextAt(record[head], rest, change) } as T;
}
