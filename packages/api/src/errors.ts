import { DbConflictError, isStorageFailure } from '@duiding/db';
import type { TAnswerError, TAnswerErrorCode } from '@duiding/survey';
import { TRPCError } from '@trpc/server';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server/rpc';
import { ZodError } from 'zod';

export const APP_ERROR_CODES = [
  'NOT_FOUND',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'INVALID_ANSWERS',
  'COLLECTION_NOT_OPEN',
  'COLLECTION_CLOSED',
  'CONFLICT',
  'RATE_LIMITED',
  'PAYLOAD_TOO_LARGE',
  'BAD_INPUT',
  'UNSUPPORTED_MEDIA_TYPE',
  'STORAGE_UNAVAILABLE',
] as const;
export type TAppErrorCode = (typeof APP_ERROR_CODES)[number];

/**
 * An expected failure: a stable `code` the apps switch on, and a Dutch `message`
 * a person can act on. INVALID_ANSWERS carries the per-question errors.
 */
export class AppError extends Error {
  readonly code: TAppErrorCode;
  readonly answerErrors: TAnswerError[];

  constructor(code: TAppErrorCode, message: string, answerErrors: TAnswerError[] = []) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.answerErrors = answerErrors;
  }
}

/** How each application code travels over HTTP. */
const TRANSPORT_CODE: Record<TAppErrorCode, TRPC_ERROR_CODE_KEY> = {
  NOT_FOUND: 'NOT_FOUND',
  UNAUTHORIZED: 'UNAUTHORIZED',
  FORBIDDEN: 'FORBIDDEN',
  INVALID_ANSWERS: 'UNPROCESSABLE_CONTENT',
  COLLECTION_NOT_OPEN: 'PRECONDITION_FAILED',
  COLLECTION_CLOSED: 'PRECONDITION_FAILED',
  CONFLICT: 'CONFLICT',
  RATE_LIMITED: 'TOO_MANY_REQUESTS',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  BAD_INPUT: 'BAD_REQUEST',
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  STORAGE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
};

/**
 * The one place where application errors become tRPC errors (the base procedure's
 * middleware calls it). Data-layer conflicts count as application errors too.
 */
export function toTRPCError(cause: unknown): TRPCError | undefined {
  const appError =
    cause instanceof AppError
      ? cause
      : cause instanceof DbConflictError
        ? new AppError('CONFLICT', cause.message)
        : isStorageFailure(cause)
          ? // Disk full or a read-only data directory: nothing was stored, and a retry
            // succeeds once the operator has made room. The apps keep the answers meanwhile.
            new AppError(
              'STORAGE_UNAVAILABLE',
              'We kunnen je antwoorden nu even niet opslaan. Ze blijven op dit apparaat bewaard; probeer het over een paar minuten opnieuw.',
            )
          : undefined;
  if (!appError) return undefined;
  return new TRPCError({
    code: TRANSPORT_CODE[appError.code],
    message: appError.message,
    cause: appError,
  });
}

/** What the apps read from `error.data` and `error.message`. */
export interface TErrorDescription {
  /** Null for an unexpected failure: a bug, not something the person can fix. */
  appCode: TAppErrorCode | null;
  message: string;
  answerErrors: TAnswerError[];
}

const TRANSPORT_TO_APP: Partial<Record<TRPC_ERROR_CODE_KEY, [TAppErrorCode, string]>> = {
  NOT_FOUND: ['NOT_FOUND', 'Dit bestaat niet (meer).'],
  UNAUTHORIZED: ['UNAUTHORIZED', 'Log eerst in.'],
  FORBIDDEN: ['FORBIDDEN', 'Dit mag je niet bekijken of doen.'],
  PAYLOAD_TOO_LARGE: ['PAYLOAD_TOO_LARGE', 'Wat je instuurt is te groot.'],
  TOO_MANY_REQUESTS: ['RATE_LIMITED', 'Te veel pogingen. Wacht even en probeer het opnieuw.'],
  BAD_REQUEST: ['BAD_INPUT', 'Het verzoek klopt niet.'],
  PARSE_ERROR: ['BAD_INPUT', 'Het verzoek is niet te lezen.'],
  METHOD_NOT_SUPPORTED: ['BAD_INPUT', 'Het verzoek klopt niet.'],
  UNSUPPORTED_MEDIA_TYPE: ['UNSUPPORTED_MEDIA_TYPE', 'Dit soort verzoek wordt niet aangenomen.'],
};

/** Turns any tRPC error into what the apps get to see; used by the error formatter. */
export function describeError(error: TRPCError): TErrorDescription {
  const cause = error.cause;
  if (cause instanceof AppError) {
    return { appCode: cause.code, message: cause.message, answerErrors: cause.answerErrors };
  }
  if (cause instanceof ZodError) {
    const answerErrors = cause.issues.map(
      (issue): TAnswerError => ({
        question: issue.path.map(String).join('.'),
        code: ZOD_TO_ANSWER_CODE[issue.code] ?? 'wrong-type',
        message: issue.message,
      }),
    );
    const only = answerErrors.length === 1 ? answerErrors[0] : undefined;
    return {
      appCode: 'BAD_INPUT',
      message: only ? only.message : 'Niet alles is goed ingevuld. Kijk de gemarkeerde velden na.',
      answerErrors,
    };
  }
  const known = TRANSPORT_TO_APP[error.code];
  if (known) {
    // tRPC's own messages are English; a person gets the Dutch one.
    return { appCode: known[0], message: known[1], answerErrors: [] };
  }
  return {
    appCode: null,
    // Internal details (SQL, stack) never reach the browser.
    message: 'Er ging iets mis op de server. Probeer het later opnieuw.',
    answerErrors: [],
  };
}

const ZOD_TO_ANSWER_CODE: Partial<Record<string, TAnswerErrorCode>> = {
  too_big: 'too-long',
  too_small: 'too-short',
  invalid_type: 'wrong-type',
  unrecognized_keys: 'unknown-question',
};
