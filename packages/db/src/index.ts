export * from './audit';
export * from './backup';
export * from './collections';
export * from './dashboard';
export {
  checkDatabase,
  inTransaction,
  MIGRATIONS_FOLDER,
  openDatabase,
  type TDatabase,
  type TDbExecutor,
  type TOpenDatabaseOptions,
} from './database';
export * from './drafts';
export * from './errors';
export * from './frameworks';
export * from './group-commit';
export * from './invitations';
export * from './mail-outbox';
export * from './panel-members';
export * from './panel-waves';
export * from './participant-codes';
export * from './platform-facts';
export * from './privacy-audit';
export * from './projects';
export * from './reviews';
export {
  COLLECTION_KINDS,
  MAIL_KINDS,
  MAIL_STATUSES,
  MEMBER_ROLES,
  PANEL_INVITATION_STATES,
  PANEL_MEMBER_STATUSES,
  STORY_CHANNELS,
  STORY_LANGUAGES,
  STORY_STATUSES,
  type TCollectionKind,
  type TMailKind,
  type TMailStatus,
  type TMemberRole,
  type TPanelInvitationState,
  type TPanelMemberStatus,
  type TStoryChannel,
  type TStoryLanguage,
  type TStoryStatus,
} from './schema';
export * from './stories';
export * from './users';
