import nl from 'zod/v4/locales/nl.js';
import { type TFramework, ZFramework } from '../framework';
import { formatPath } from './texts';

/** Far above any real questionnaire (the examples are about 30 KB). */
export const MAX_FRAMEWORK_JSON_LENGTH = 1_000_000;

export interface TImportError {
  /** Where the problem is, e.g. `signifiers[3].corners[1].label.en`; empty for the whole file. */
  path: string;
  message: string;
}

export type TImportResult =
  | { ok: true; framework: TFramework }
  | { ok: false; errors: TImportError[] };

/** Validates a value as a framework, with Dutch messages that each name their place. */
export function checkFramework(value: unknown): TImportResult {
  const result = ZFramework.safeParse(value, { error: nl().localeError });
  if (result.success) return { ok: true, framework: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((issue) => ({
      path: formatPath(issue.path),
      message: issue.message,
    })),
  };
}

/** Reads an exported framework file. */
export function importFrameworkJson(json: string): TImportResult {
  if (json.length > MAX_FRAMEWORK_JSON_LENGTH)
    return {
      ok: false,
      errors: [{ path: '', message: 'Het bestand is groter dan 1 MB; dit is geen vragenlijst.' }],
    };
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    return {
      ok: false,
      errors: [
        {
          path: '',
          message: `Dit is geen geldige JSON: ${error instanceof Error ? error.message : String(error)}`,
        },
      ],
    };
  }
  return checkFramework(value);
}

/** One error as a line: `signifiers[3].corners[1].label.en: …`. */
export function formatImportError({ path, message }: TImportError): string {
  return path ? `${path}: ${message}` : message;
}

/** The framework as the file the designer exports (stable key order, two-space indent). */
export function exportFrameworkJson(framework: TFramework): string {
  return `${JSON.stringify(framework, null, 2)}\n`;
}
