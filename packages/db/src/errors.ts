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
  | 'panel-token-spent';

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
