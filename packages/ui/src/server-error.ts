import type { TAnswerError } from '@duiding/survey/client';

/** What the apps show of a failed call: a Dutch message and, maybe, per-question errors. */
export interface TServerError {
  message: string;
  appCode: string | undefined;
  answerErrors: TAnswerError[];
}

const NETWORK_MESSAGE =
  'De server is niet bereikbaar. Controleer je internetverbinding en probeer het opnieuw.';
const UNKNOWN_MESSAGE = 'Er ging iets mis op de server. Probeer het over een paar minuten opnieuw.';

/**
 * Reads a tRPC client error by its shape (the apps' error formatter puts `appCode` and
 * `answerErrors` in `data`), so this package needs no dependency on the API.
 */
export function readServerError(error: unknown): TServerError {
  const data = (error as { data?: unknown } | null)?.data as
    | { appCode?: unknown; answerErrors?: unknown }
    | null
    | undefined;
  if (!data) return { message: NETWORK_MESSAGE, appCode: undefined, answerErrors: [] };
  const appCode = typeof data.appCode === 'string' ? data.appCode : undefined;
  const answerErrors = Array.isArray(data.answerErrors)
    ? (data.answerErrors as TAnswerError[]).filter(
        (e) => typeof e?.question === 'string' && typeof e?.message === 'string',
      )
    : [];
  const message =
    appCode && error instanceof Error && error.message ? error.message : UNKNOWN_MESSAGE;
  return { message, appCode, answerErrors };
}
