export type TDbConflictReason =
  | 'email-taken'
  | 'slug-taken'
  | 'published-version'
  | 'unpublished-version'
  | 'participant-in-other-collection'
  | 'story-in-other-collection'
  | 'last-owner'
  | 'invitation-used'
  | 'framework-key-taken'
  | 'report-published'
  | 'too-few-interpretations'
  | 'code-name-taken'
  | 'code-cycle'
  | 'code-in-use'
  | 'story-withdrawn'
  | 'passage-out-of-range'
  | 'panel-token-spent'
  | 'proof-of-work-spent';

/**
 * A write the data rules refuse (a published framework version is immutable, an e-mail
 * address is taken). The api maps it to its own CONFLICT error.
 */
export class DbConflictError extends Error {
  readonly reason: TDbConflictReason;

  constructor(reason: TDbConflictReason, message: string) {
    super(message);
    this.name = 'DbConflictError';
    this.reason = reason;
  }
}

/** SQLite result codes that mean the disk or the data directory refuses writes for now. */
const STORAGE_FAILURE_CODES = ['SQLITE_FULL', 'SQLITE_READONLY', 'SQLITE_IOERR', 'SQLITE_CANTOPEN'];

/**
 * Whether a write failed because the storage refused it (disk full, a read-only data
 * directory, an I/O error), not because of what was written. Such a write stored nothing
 * (its transaction rolled back) and can be tried again once space returns.
 */
export function isStorageFailure(error: unknown): boolean {
  // drizzle wraps the driver's error; the SQLite code sits on the cause.
  for (let e = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (
      typeof code === 'string' &&
      STORAGE_FAILURE_CODES.some((c) => code === c || code.startsWith(`${c}_`))
    )
      return true;
  }
  return false;
}
