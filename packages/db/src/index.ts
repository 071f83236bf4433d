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
export * from './participant-codes';
export * from './platform-facts';
export * from './projects';
export * from './reviews';
export {
  COLLECTION_KINDS,
  MEMBER_ROLES,
  STORY_CHANNELS,
  STORY_LANGUAGES,
  STORY_STATUSES,
  type TCollectionKind,
  type TMemberRole,
  type TStoryChannel,
  type TStoryLanguage,
  type TStoryStatus,
} from './schema';
export * from './spent-proofs';
export * from './stories';
export * from './users';
