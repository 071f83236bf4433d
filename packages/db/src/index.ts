export * from './audit';
export * from './backup';
export * from './catalysis';
export * from './codebook';
export * from './collections';
export * from './dashboard';
export {
  changedRowCount,
  checkDatabase,
  inReadTransaction,
  inTransaction,
  MIGRATIONS_FOLDER,
  openDatabase,
  type TDatabase,
  type TDbExecutor,
  type TOpenDatabaseOptions,
} from './database';
export * from './drafts';
export * from './errors';
export * from './explorer';
export * from './exports';
export * from './frameworks';
export * from './group-commit';
export * from './imports';
export * from './invitations';
export * from './mail-outbox';
export * from './moderation';
export * from './page-owners';
export * from './panel-members';
export * from './panel-waves';
export * from './participant-codes';
export * from './platform-facts';
export * from './privacy-audit';
export * from './privacy-check';
export * from './projects';
export * from './reports';
export * from './retention';
export * from './reviews';
export {
  COLLECTION_KINDS,
  MAIL_KINDS,
  MAIL_STATUSES,
  MEMBER_ROLES,
  MODERATION_DECISIONS,
  OBSERVATION_STRENGTHS,
  PANEL_INVITATION_STATES,
  PANEL_MEMBER_STATUSES,
  REPORT_SECTION_KINDS,
  RETENTION_MODES,
  STORY_CHANNELS,
  STORY_LANGUAGES,
  STORY_STATUSES,
  type TCollectionKind,
  type TMailKind,
  type TMailStatus,
  type TMemberRole,
  type TModerationDecision,
  type TObservationStrength,
  type TPanelInvitationState,
  type TPanelMemberStatus,
  type TRedactionSpan,
  type TReportSectionKind,
  type TRetentionMode,
  type TStoryChannel,
  type TStoryLanguage,
  type TStoryStatus,
} from './schema';
export * from './spent-proofs';
export * from './stories';
export * from './story-search';
export { parseStorySearch, type TStoryTextQuery } from './story-search-query';
export * from './story-writer';
export * from './users';
