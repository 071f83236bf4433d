import { sql } from 'drizzle-orm';
import {
  type AnySQLiteColumn,
  check,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';

/*
 * Column choices that keep the schema portable to PostgreSQL through drizzle:
 * ids are text (UUIDs), moments are `timestamp_ms` integers (a `timestamp` in pg),
 * JSON is a `json` text column (a `jsonb` in pg), enums are text with a CHECK constraint.
 */

export const MEMBER_ROLES = [
  'owner',
  'researcher',
  'analyst',
  'moderator',
  'collector',
  'interpreter',
] as const;
export type TMemberRole = (typeof MEMBER_ROLES)[number];

export const COLLECTION_KINDS = ['public', 'panel_wave'] as const;
export type TCollectionKind = (typeof COLLECTION_KINDS)[number];

export const STORY_CHANNELS = ['web', 'assisted', 'paper', 'import'] as const;
export type TStoryChannel = (typeof STORY_CHANNELS)[number];

export const STORY_STATUSES = ['pending', 'approved', 'rejected', 'withdrawn'] as const;
export type TStoryStatus = (typeof STORY_STATUSES)[number];

export const STORY_LANGUAGES = ['nl', 'en'] as const;
export type TStoryLanguage = (typeof STORY_LANGUAGES)[number];

/** `column IN ('a', 'b')`, so the database refuses values the types would. */
const oneOf = (column: AnySQLiteColumn, values: readonly string[]) =>
  sql`${column} in ${sql.raw(`(${values.map((v) => `'${v}'`).join(', ')})`)}`;

const moment = (name: string) => integer(name, { mode: 'timestamp_ms' });

export const users = sqliteTable('users', {
  id: text('id').primaryKey(),
  /** Stored lower-cased, so the unique index is case-insensitive. */
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  /** `scrypt$N$r$p$salt$hash`, see api's password module. */
  passwordHash: text('password_hash').notNull(),
  /** An instance admin manages users and projects; project data still needs a role. */
  isAdmin: integer('is_admin', { mode: 'boolean' }).notNull().default(false),
  /** Set when an admin deactivates the account: it can no longer sign in. */
  deactivatedAt: moment('deactivated_at'),
  createdAt: moment('created_at').notNull(),
});

export const sessions = sqliteTable(
  'sessions',
  {
    /** SHA-256 of the cookie's token: a leaked database gives no usable session. */
    tokenHash: text('token_hash').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: moment('created_at').notNull(),
    /** The absolute end; the session also ends after idle time since `lastSeenAt`. */
    expiresAt: moment('expires_at').notNull(),
    /** Sessions from before this column count as idle, so they end at the upgrade. */
    lastSeenAt: moment('last_seen_at').notNull().default(sql`0`),
  },
  (t) => [index('sessions_user_idx').on(t.userId), index('sessions_expires_idx').on(t.expiresAt)],
);

/**
 * Browsers in which a user signed in before (a long-lived cookie, hashed here). During a
 * guessing attack on an account they still get in, while unknown browsers are slowed down.
 */
export const trustedDevices = sqliteTable(
  'trusted_devices',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: moment('created_at').notNull(),
    expiresAt: moment('expires_at').notNull(),
  },
  (t) => [index('trusted_devices_user_idx').on(t.userId)],
);

/** A one-time link that lets a new user set their name and password. */
export const invitations = sqliteTable(
  'invitations',
  {
    id: text('id').primaryKey(),
    /** SHA-256 of the link's token; the token itself is only in the link. */
    tokenHash: text('token_hash').notNull().unique(),
    email: text('email').notNull(),
    /** The project and role the invitee joins; null for an admin's invitation to the instance. */
    projectId: text('project_id').references(() => projects.id, { onDelete: 'cascade' }),
    role: text('role', { enum: MEMBER_ROLES }),
    invitedByUserId: text('invited_by_user_id').references(() => users.id, {
      onDelete: 'set null',
    }),
    createdAt: moment('created_at').notNull(),
    expiresAt: moment('expires_at').notNull(),
    acceptedAt: moment('accepted_at'),
  },
  (t) => [
    index('invitations_project_idx').on(t.projectId),
    check('invitations_role_check', sql`${t.role} is null or ${oneOf(t.role, MEMBER_ROLES)}`),
  ],
);

export const projects = sqliteTable('projects', {
  id: text('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  createdAt: moment('created_at').notNull(),
});

export const projectMembers = sqliteTable(
  'project_members',
  {
    projectId: text('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', { enum: MEMBER_ROLES }).notNull(),
    createdAt: moment('created_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.projectId, t.userId] }),
    index('project_members_user_idx').on(t.userId),
    check('project_members_role_check', oneOf(t.role, MEMBER_ROLES)),
  ],
);

export const frameworks = sqliteTable(
  'frameworks',
  {
    id: text('id').primaryKey(),
    projectId: text('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    /** The framework's own id (`zhz_jeugdhulp`), stable across its versions. */
    key: text('key').notNull(),
    title: text('title').notNull(),
    createdAt: moment('created_at').notNull(),
  },
  (t) => [uniqueIndex('frameworks_project_key_idx').on(t.projectId, t.key)],
);

export const frameworkVersions = sqliteTable(
  'framework_versions',
  {
    id: text('id').primaryKey(),
    frameworkId: text('framework_id')
      .notNull()
      .references(() => frameworks.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    /** A `TFramework` from @duiding/survey. */
    definition: text('definition', { mode: 'json' }).notNull().$type<unknown>(),
    /** Set once; from then on the version is immutable (stories refer to its questions). */
    publishedAt: moment('published_at'),
    createdAt: moment('created_at').notNull(),
  },
  (t) => [uniqueIndex('framework_versions_framework_version_idx').on(t.frameworkId, t.version)],
);

export const collections = sqliteTable(
  'collections',
  {
    id: text('id').primaryKey(),
    projectId: text('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    frameworkVersionId: text('framework_version_id')
      .notNull()
      .references(() => frameworkVersions.id, { onDelete: 'restrict' }),
    slug: text('slug').notNull().unique(),
    title: text('title').notNull(),
    kind: text('kind', { enum: COLLECTION_KINDS }).notNull(),
    /** UTC moments; open while opensAt <= now < closesAt. */
    opensAt: moment('opens_at').notNull(),
    closesAt: moment('closes_at').notNull(),
    /** The languages offered, a subset of the framework's. */
    languages: text('languages', { mode: 'json' })
      .notNull()
      .$type<TStoryLanguage[]>()
      .default(sql`'["nl"]'`),
    /** A `TCollectionLanding` from @duiding/survey (intro, privacy, minutes, use, contact). */
    landing: text('landing', { mode: 'json' }).$type<unknown>(),
    /** A `TCollectionTheme` from @duiding/survey (name, logo, NL Design System colour tokens). */
    theme: text('theme', { mode: 'json' }).$type<unknown>(),
    createdAt: moment('created_at').notNull(),
  },
  (t) => [
    index('collections_project_idx').on(t.projectId),
    index('collections_window_idx').on(t.kind, t.opensAt, t.closesAt),
    check('collections_kind_check', oneOf(t.kind, COLLECTION_KINDS)),
  ],
);

export const participants = sqliteTable(
  'participants',
  {
    id: text('id').primaryKey(),
    collectionId: text('collection_id')
      .notNull()
      .references(() => collections.id, { onDelete: 'cascade' }),
    /** Made in the browser once per participant session; makes retries idempotent. */
    clientId: text('client_id').notNull().unique(),
    answers: text('answers', { mode: 'json' }).notNull().$type<Record<string, unknown>>(),
    /**
     * Keyed hash of the participant's personal code (see api's participant-code module);
     * the code itself is never stored. Null for stories that came without one (demo, import).
     */
    codeHash: text('code_hash').unique(),
    /** 'YYYY-MM-DD' only: no time of day is kept for anonymous people. */
    createdOn: text('created_on').notNull(),
  },
  (t) => [index('participants_collection_idx').on(t.collectionId)],
);

export const stories = sqliteTable(
  'stories',
  {
    id: text('id').primaryKey(),
    /** Made in the browser once per story; a repeated submit finds the first row. */
    clientId: text('client_id').notNull().unique(),
    collectionId: text('collection_id')
      .notNull()
      .references(() => collections.id, { onDelete: 'cascade' }),
    participantId: text('participant_id')
      .notNull()
      .references(() => participants.id, { onDelete: 'cascade' }),
    promptId: text('prompt_id').notNull(),
    title: text('title').notNull(),
    text: text('text').notNull(),
    language: text('language', { enum: STORY_LANGUAGES }).notNull(),
    channel: text('channel', { enum: STORY_CHANNELS }).notNull(),
    status: text('status', { enum: STORY_STATUSES }).notNull().default('pending'),
    /** Signifier answers by question id, canonical encoding of @duiding/survey. */
    answers: text('answers', { mode: 'json' }).notNull().$type<Record<string, unknown>>(),
    /** 'YYYY-MM-DD' only (privacy: no time of day, no IP, no user agent). */
    createdOn: text('created_on').notNull(),
  },
  (t) => [
    index('stories_collection_created_idx').on(t.collectionId, t.createdOn, t.id),
    index('stories_participant_idx').on(t.participantId),
    index('stories_status_idx').on(t.status),
    check('stories_language_check', oneOf(t.language, STORY_LANGUAGES)),
    check('stories_channel_check', oneOf(t.channel, STORY_CHANNELS)),
    check('stories_status_check', oneOf(t.status, STORY_STATUSES)),
  ],
);

export const drafts = sqliteTable(
  'drafts',
  {
    id: text('id').primaryKey(),
    collectionId: text('collection_id')
      .notNull()
      .references(() => collections.id, { onDelete: 'cascade' }),
    /** Keyed hash of the participant's personal code; the code itself is never stored. */
    resumeCodeHash: text('resume_code_hash').notNull().unique(),
    payload: text('payload', { mode: 'json' }).notNull().$type<unknown>(),
    /** 'YYYY-MM-DD' only, like the stories. */
    updatedOn: text('updated_on').notNull(),
    expiresAt: moment('expires_at').notNull(),
  },
  (t) => [
    index('drafts_collection_idx').on(t.collectionId),
    index('drafts_expires_idx').on(t.expiresAt),
  ],
);

/**
 * How many participants reached each step of a collection's intake: counts only, no id,
 * no day or time, so nobody's path can be followed.
 */
export const intakeStepCounts = sqliteTable(
  'intake_step_counts',
  {
    collectionId: text('collection_id')
      .notNull()
      .references(() => collections.id, { onDelete: 'cascade' }),
    step: text('step').notNull(),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.collectionId, t.step] })],
);

/** A link that lets a review group open a draft framework without an account. */
export const reviewLinks = sqliteTable(
  'review_links',
  {
    id: text('id').primaryKey(),
    frameworkVersionId: text('framework_version_id')
      .notNull()
      .references(() => frameworkVersions.id, { onDelete: 'cascade' }),
    /** SHA-256 of the link's token. */
    tokenHash: text('token_hash').notNull().unique(),
    createdByUserId: text('created_by_user_id').references(() => users.id, {
      onDelete: 'set null',
    }),
    createdAt: moment('created_at').notNull(),
    expiresAt: moment('expires_at').notNull(),
    revokedAt: moment('revoked_at'),
  },
  (t) => [index('review_links_version_idx').on(t.frameworkVersionId)],
);

/** A reviewer's comment on one question of a framework version; kept with the version. */
export const reviewComments = sqliteTable(
  'review_comments',
  {
    id: text('id').primaryKey(),
    frameworkVersionId: text('framework_version_id')
      .notNull()
      .references(() => frameworkVersions.id, { onDelete: 'cascade' }),
    reviewLinkId: text('review_link_id').references(() => reviewLinks.id, {
      onDelete: 'set null',
    }),
    /** A question id of the version, or `_general` for the questionnaire as a whole. */
    questionId: text('question_id').notNull(),
    /** What the reviewer chose to be called, if anything. */
    authorName: text('author_name'),
    body: text('body').notNull(),
    createdAt: moment('created_at').notNull(),
  },
  (t) => [index('review_comments_version_idx').on(t.frameworkVersionId, t.createdAt)],
);

export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** For entries about anonymous participants only the start of the day (see `dayOnly`). */
    at: moment('at').notNull(),
    /** True when `at` is kept to the day, as for anything about an anonymous participant. */
    dayOnly: integer('day_only', { mode: 'boolean' }).notNull().default(false),
    actorUserId: text('actor_user_id').references(() => users.id, { onDelete: 'set null' }),
    /** The project the entry belongs to; null for instance matters such as a sign-in. */
    projectId: text('project_id').references(() => projects.id),
    action: text('action').notNull(),
    subject: text('subject').notNull(),
    details: text('details', { mode: 'json' })
      .notNull()
      .$type<Record<string, unknown>>()
      .default(sql`'{}'`),
  },
  (t) => [
    index('audit_log_at_idx').on(t.at),
    index('audit_log_subject_idx').on(t.subject),
    index('audit_log_actor_idx').on(t.actorUserId),
    index('audit_log_project_idx').on(t.projectId, t.id),
    index('audit_log_action_idx').on(t.action),
  ],
);

/** Small facts about the installation itself, such as "the demo was seeded". */
export const platformFacts = sqliteTable('platform_facts', {
  key: text('key').primaryKey(),
  value: text('value', { mode: 'json' }).notNull().$type<unknown>(),
  at: moment('at').notNull(),
});

/* ---- Codebook, coding, moderation and retention (issue 8) ---- */

export const MODERATION_DECISIONS = ['approve', 'reject'] as const;
export type TModerationDecision = (typeof MODERATION_DECISIONS)[number];

export const RETENTION_MODES = ['delete', 'reduce'] as const;
/** `delete`: the story goes; `reduce`: only its anonymous answers stay, without title or text. */
export type TRetentionMode = (typeof RETENTION_MODES)[number];

/** A project's codebook: codes in a tree (a root code has no parent), ordered among siblings. */
export const codes = sqliteTable(
  'codes',
  {
    id: text('id').primaryKey(),
    projectId: text('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    /** Restrict: a code with children is removed by moving or removing them first (in `db`). */
    parentId: text('parent_id').references((): AnySQLiteColumn => codes.id, {
      onDelete: 'restrict',
    }),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    /** Order among the code's siblings, from 0. */
    sortOrder: integer('sort_order').notNull().default(0),
    createdAt: moment('created_at').notNull(),
  },
  (t) => [
    index('codes_project_parent_idx').on(t.projectId, t.parentId, t.sortOrder),
    check('codes_sort_order_check', sql`${t.sortOrder} >= 0`),
  ],
);

/**
 * A code applied to a story by one coder: to the whole story (no offsets) or to the passage
 * `text.slice(start, end)` of its text (JavaScript string offsets). Coding is team work: the
 * coder is a user, never a participant. Removed with the story's text on withdrawal/retention.
 */
export const storyCodings = sqliteTable(
  'story_codings',
  {
    id: text('id').primaryKey(),
    storyId: text('story_id')
      .notNull()
      .references(() => stories.id, { onDelete: 'cascade' }),
    codeId: text('code_id')
      .notNull()
      .references(() => codes.id, { onDelete: 'cascade' }),
    coderUserId: text('coder_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    passageStart: integer('passage_start'),
    passageEnd: integer('passage_end'),
    createdAt: moment('created_at').notNull(),
  },
  (t) => [
    index('story_codings_story_idx').on(t.storyId),
    index('story_codings_code_idx').on(t.codeId, t.storyId),
    index('story_codings_coder_idx').on(t.coderUserId),
    /** One whole-story application of a code per coder. */
    uniqueIndex('story_codings_whole_unique')
      .on(t.storyId, t.codeId, t.coderUserId)
      .where(sql`passage_start is null`),
    uniqueIndex('story_codings_passage_unique')
      .on(t.storyId, t.codeId, t.coderUserId, t.passageStart, t.passageEnd)
      .where(sql`passage_start is not null`),
    check(
      'story_codings_passage_check',
      sql`(${t.passageStart} is null and ${t.passageEnd} is null) or (${t.passageStart} >= 0 and ${t.passageEnd} > ${t.passageStart})`,
    ),
  ],
);

/** One marked span of personal data, with offsets into the original title or text. */
export interface TRedactionSpan {
  field: 'title' | 'text';
  start: number;
  end: number;
  /** A `TPersonalDataKind` of @duiding/moderation, or `other` for one the moderator marked. */
  kind: string;
}

/**
 * The redacted title and text a moderator approved: what anyone outside the research team
 * gets instead of the story's own. One per story; replaced when the story is moderated again.
 */
export const storyRedactions = sqliteTable('story_redactions', {
  storyId: text('story_id')
    .primaryKey()
    .references(() => stories.id, { onDelete: 'cascade' }),
  title: text('title').notNull(),
  text: text('text').notNull(),
  /** The spans that were redacted, for the record and for a later re-moderation. */
  spans: text('spans', { mode: 'json' }).notNull().$type<TRedactionSpan[]>(),
  approvedByUserId: text('approved_by_user_id').references(() => users.id, {
    onDelete: 'set null',
  }),
  approvedAt: moment('approved_at').notNull(),
});

/** Every moderation decision on a story: who, when, approve or reject, and why. */
export const moderationDecisions = sqliteTable(
  'moderation_decisions',
  {
    id: text('id').primaryKey(),
    storyId: text('story_id')
      .notNull()
      .references(() => stories.id, { onDelete: 'cascade' }),
    decidedByUserId: text('decided_by_user_id').references(() => users.id, {
      onDelete: 'set null',
    }),
    decidedAt: moment('decided_at').notNull(),
    decision: text('decision', { enum: MODERATION_DECISIONS }).notNull(),
    reason: text('reason').notNull().default(''),
  },
  (t) => [
    index('moderation_decisions_story_idx').on(t.storyId, t.decidedAt),
    check('moderation_decisions_decision_check', oneOf(t.decision, MODERATION_DECISIONS)),
  ],
);

/** A project's retention: stories older than `afterMonths` are deleted or reduced by the daily job. */
export const retentionPolicies = sqliteTable(
  'retention_policies',
  {
    projectId: text('project_id')
      .primaryKey()
      .references(() => projects.id, { onDelete: 'cascade' }),
    afterMonths: integer('after_months').notNull(),
    mode: text('mode', { enum: RETENTION_MODES }).notNull(),
    updatedByUserId: text('updated_by_user_id').references(() => users.id, {
      onDelete: 'set null',
    }),
    updatedAt: moment('updated_at').notNull(),
  },
  (t) => [
    check('retention_policies_months_check', sql`${t.afterMonths} between 1 and 1200`),
    check('retention_policies_mode_check', oneOf(t.mode, RETENTION_MODES)),
  ],
);

/*
 * Catalysis (NarraFirma's practice): a pattern marked remarkable or not, observations on a
 * pattern or on a collection (a panel wave's meeting notes), each with competing
 * interpretations, and themes that cluster interpretations and become a report's headings.
 */

export const OBSERVATION_STRENGTHS = ['weak', 'medium', 'strong'] as const;
export type TObservationStrength = (typeof OBSERVATION_STRENGTHS)[number];

/**
 * A pattern of the scan marked remarkable or not. A pattern is named by the scan's id
 * (`left×right`), which is stable across scans of the same framework, so the mark is kept
 * per framework (the framework's row, stable across its versions).
 */
export const patternMarks = sqliteTable(
  'pattern_marks',
  {
    projectId: text('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    frameworkId: text('framework_id')
      .notNull()
      .references(() => frameworks.id, { onDelete: 'cascade' }),
    /** The scan's `TPattern.id`, e.g. `ervaring×rol`. */
    patternKey: text('pattern_key').notNull(),
    remarkable: integer('remarkable', { mode: 'boolean' }).notNull(),
    /** The pattern's Dutch sentence when it was marked, so the list reads without a new scan. */
    description: text('description').notNull(),
    markedByUserId: text('marked_by_user_id').references(() => users.id, {
      onDelete: 'set null',
    }),
    markedAt: moment('marked_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.projectId, t.frameworkId, t.patternKey] }),
    index('pattern_marks_framework_idx').on(t.frameworkId),
  ],
);

/** What someone noticed: about a pattern of the scan, or about a collection (wave) as a whole. */
export const observations = sqliteTable(
  'observations',
  {
    id: text('id').primaryKey(),
    projectId: text('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    /** With `patternKey`: the observation is about that pattern of this framework. */
    frameworkId: text('framework_id').references(() => frameworks.id, { onDelete: 'cascade' }),
    patternKey: text('pattern_key'),
    /** Or: the observation is about a collection or panel wave (e.g. a meeting's notes). */
    collectionId: text('collection_id').references(() => collections.id, {
      onDelete: 'cascade',
    }),
    title: text('title').notNull(),
    body: text('body').notNull(),
    strength: text('strength', { enum: OBSERVATION_STRENGTHS }).notNull(),
    authorUserId: text('author_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: moment('created_at').notNull(),
    updatedAt: moment('updated_at').notNull(),
  },
  (t) => [
    index('observations_project_idx').on(t.projectId, t.createdAt),
    index('observations_pattern_idx').on(t.frameworkId, t.patternKey),
    index('observations_collection_idx').on(t.collectionId),
    check('observations_strength_check', oneOf(t.strength, OBSERVATION_STRENGTHS)),
    // Exactly one subject: a pattern (framework and key together) or a collection.
    check(
      'observations_subject_check',
      sql`(${t.patternKey} is not null and ${t.frameworkId} is not null and ${t.collectionId} is null) or (${t.patternKey} is null and ${t.frameworkId} is null and ${t.collectionId} is not null)`,
    ),
  ],
);

/** A heading that clusters interpretations; in the report it becomes a section heading. */
export const themes = sqliteTable(
  'themes',
  {
    id: text('id').primaryKey(),
    projectId: text('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    position: integer('position').notNull(),
    createdAt: moment('created_at').notNull(),
  },
  (t) => [index('themes_project_idx').on(t.projectId, t.position)],
);

/** One of the competing explanations of an observation; placed in at most one theme. */
export const interpretations = sqliteTable(
  'interpretations',
  {
    id: text('id').primaryKey(),
    observationId: text('observation_id')
      .notNull()
      .references(() => observations.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    body: text('body').notNull(),
    themeId: text('theme_id').references(() => themes.id, { onDelete: 'set null' }),
    /** Order within its theme (or among the unclustered ones). */
    position: integer('position').notNull().default(0),
    authorUserId: text('author_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: moment('created_at').notNull(),
    updatedAt: moment('updated_at').notNull(),
  },
  (t) => [
    index('interpretations_observation_idx').on(t.observationId, t.createdAt),
    index('interpretations_theme_idx').on(t.themeId, t.position),
  ],
);

export const REPORT_SECTION_KINDS = [
  'text',
  'chart',
  'quote',
  'observation',
  'themes',
  'municipalities',
] as const;
export type TReportSectionKind = (typeof REPORT_SECTION_KINDS)[number];

/** A report: editable sections while a draft; frozen from the moment it is published. */
export const reports = sqliteTable(
  'reports',
  {
    id: text('id').primaryKey(),
    projectId: text('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    createdByUserId: text('created_by_user_id').references(() => users.id, {
      onDelete: 'set null',
    }),
    createdAt: moment('created_at').notNull(),
    updatedAt: moment('updated_at').notNull(),
    /** Set once, by publishing; from then on the sections refuse every change. */
    publishedAt: moment('published_at'),
  },
  (t) => [index('reports_project_idx').on(t.projectId, t.updatedAt)],
);

/** A draft section; `spec` is a `TReportSectionSpec` of api (what to show, not the numbers). */
export const reportSections = sqliteTable(
  'report_sections',
  {
    id: text('id').primaryKey(),
    reportId: text('report_id')
      .notNull()
      .references(() => reports.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    kind: text('kind', { enum: REPORT_SECTION_KINDS }).notNull(),
    heading: text('heading').notNull().default(''),
    spec: text('spec', { mode: 'json' }).notNull().$type<unknown>(),
    updatedAt: moment('updated_at').notNull(),
  },
  (t) => [
    index('report_sections_report_idx').on(t.reportId, t.position),
    check('report_sections_kind_check', oneOf(t.kind, REPORT_SECTION_KINDS)),
  ],
);

/**
 * The published report: the rendered, suppressed content frozen at publishing (never a live
 * query), served at `/r/<publicToken>` without an account. The token is an unguessable
 * address of public content, so it is kept as is (authors copy the link again later).
 */
export const reportPublications = sqliteTable('report_publications', {
  reportId: text('report_id')
    .primaryKey()
    .references(() => reports.id, { onDelete: 'cascade' }),
  projectId: text('project_id')
    .notNull()
    .references(() => projects.id, { onDelete: 'cascade' }),
  publicToken: text('public_token').notNull().unique(),
  /** A `TPublishedReport` of api: headings, texts, suppressed tables and chart data. */
  snapshot: text('snapshot', { mode: 'json' }).notNull().$type<unknown>(),
  publishedByUserId: text('published_by_user_id').references(() => users.id, {
    onDelete: 'set null',
  }),
  publishedAt: moment('published_at').notNull(),
});
/**
 * Proof-of-work solutions already spent (intake), by their challenge's signature, until the
 * challenge expires: kept in the database so a restart does not let one be used again.
 * Nothing about the sender; expired rows are purged.
 */
export const spentProofsOfWork = sqliteTable(
  'spent_proofs_of_work',
  {
    signature: text('signature').primaryKey(),
    expiresAt: moment('expires_at').notNull(),
  },
  (t) => [index('spent_proofs_of_work_expires_idx').on(t.expiresAt)],
);

/* ---------------------------------------------------------------------------------------
 * The professional panel. Identities (members, invitations, mail) and answers live in
 * tables that share no key: an answer row names its wave, nothing else. See the README's
 * privacy section for the threat model.
 */

export const PANEL_MEMBER_STATUSES = ['active', 'paused', 'left'] as const;
export type TPanelMemberStatus = (typeof PANEL_MEMBER_STATUSES)[number];

export const PANEL_INVITATION_STATES = ['invited', 'reminded', 'answered'] as const;
export type TPanelInvitationState = (typeof PANEL_INVITATION_STATES)[number];

export const MAIL_KINDS = ['invitation', 'reminder', 'thanks', 'welcome'] as const;
export type TMailKind = (typeof MAIL_KINDS)[number];

export const MAIL_STATUSES = ['queued', 'sent', 'failed', 'bounced'] as const;
export type TMailStatus = (typeof MAIL_STATUSES)[number];

/** A professional in a project's panel. Leaving blanks every personal column. */
export const panelMembers = sqliteTable(
  'panel_members',
  {
    id: text('id').primaryKey(),
    projectId: text('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    /** Null once the member left: their personal data is gone, the row only counts. */
    name: text('name'),
    /** Stored lower-cased; unique within the project while the member is in it. */
    email: text('email'),
    organisation: text('organisation'),
    municipality: text('municipality'),
    role: text('role'),
    status: text('status', { enum: PANEL_MEMBER_STATUSES }).notNull().default('active'),
    /** The consent record: when, to which text, and how it was given. */
    consentAt: moment('consent_at'),
    consentText: text('consent_text'),
    consentSource: text('consent_source'),
    consentRecordedByUserId: text('consent_recorded_by_user_id').references(() => users.id, {
      onDelete: 'set null',
    }),
    /** The personal link's token is derived from a server key and this generation. */
    linkGeneration: integer('link_generation').notNull().default(1),
    /** SHA-256 of the personal link's token; null once the member left. */
    linkTokenHash: text('link_token_hash').unique(),
    createdAt: moment('created_at').notNull(),
    leftAt: moment('left_at'),
  },
  (t) => [
    uniqueIndex('panel_members_project_email_idx').on(t.projectId, t.email),
    index('panel_members_project_idx').on(t.projectId, t.status),
    check('panel_members_status_check', oneOf(t.status, PANEL_MEMBER_STATUSES)),
  ],
);

/**
 * One member invited to one wave. It knows whether the member answered (for reminders),
 * never which answer is theirs, and keeps no moment of answering at all.
 */
export const panelInvitations = sqliteTable(
  'panel_invitations',
  {
    id: text('id').primaryKey(),
    collectionId: text('collection_id')
      .notNull()
      .references(() => collections.id, { onDelete: 'cascade' }),
    memberId: text('member_id')
      .notNull()
      .references(() => panelMembers.id, { onDelete: 'cascade' }),
    state: text('state', { enum: PANEL_INVITATION_STATES }).notNull().default('invited'),
    /** The member's browser fetched its one blind-signed answer token (no time kept). */
    tokenIssued: integer('token_issued', { mode: 'boolean' }).notNull().default(false),
    /**
     * SHA-256 of the blinded message that was signed, so that the same browser can ask
     * again for the same signature when the reply was lost (a reload, a dropped line).
     * A blinded value fits every token (some blinding factor maps it to any of them), so
     * it links the invitation to no answer.
     */
    blindedHash: text('blinded_hash'),
    reminders: integer('reminders').notNull().default(0),
    invitedAt: moment('invited_at').notNull(),
    /** When the last invitation or reminder mail was written: reminders count from it. */
    lastMailAt: moment('last_mail_at').notNull(),
  },
  (t) => [
    uniqueIndex('panel_invitations_wave_member_idx').on(t.collectionId, t.memberId),
    index('panel_invitations_member_idx').on(t.memberId),
    check('panel_invitations_state_check', oneOf(t.state, PANEL_INVITATION_STATES)),
  ],
);

/**
 * A collection of kind `panel_wave` opened to the panel: its blind-signature key pair
 * (RFC 9474, RSABSSA-SHA384-PSS-Randomized) and when reminders go out.
 */
export const panelWaves = sqliteTable('panel_waves', {
  collectionId: text('collection_id')
    .primaryKey()
    .references(() => collections.id, { onDelete: 'cascade' }),
  /** SPKI, base64url: the browser blinds with it. */
  publicKey: text('public_key').notNull(),
  /** JWK; signs blinded messages only, so even its holder cannot link a token to a member. */
  privateKey: text('private_key', { mode: 'json' }).notNull().$type<unknown>(),
  /** A reminder goes this many days after the last mail to a member who did not answer… */
  reminderAfterDays: integer('reminder_after_days').notNull(),
  /** …at most this many times. */
  maxReminders: integer('max_reminders').notNull(),
  openedAt: moment('opened_at').notNull(),
  /** When the thank-you mails (with the results) were written, after the wave closed. */
  thanksWrittenAt: moment('thanks_written_at'),
});

/**
 * A panel answer: the wave and the answers, nothing else. Made WITHOUT ROWID in the
 * custom migration, so the rows sit in the order of their random ids, not of arrival.
 */
export const panelAnswers = sqliteTable(
  'panel_answers',
  {
    id: text('id').primaryKey(),
    collectionId: text('collection_id')
      .notNull()
      .references(() => collections.id, { onDelete: 'cascade' }),
    answers: text('answers', { mode: 'json' }).notNull().$type<Record<string, unknown>>(),
    /** 'YYYY-MM-DD' only. */
    receivedOn: text('received_on').notNull(),
  },
  (t) => [index('panel_answers_collection_idx').on(t.collectionId)],
);

/** SHA-256 of each spent answer token: a token counts once. WITHOUT ROWID, like the answers. */
export const panelSpentTokens = sqliteTable('panel_spent_tokens', {
  tokenHash: text('token_hash').primaryKey(),
  collectionId: text('collection_id')
    .notNull()
    .references(() => collections.id, { onDelete: 'cascade' }),
});

/**
 * Mail waiting to be sent, written in the same transaction as what causes it; a
 * background job sends it with retries. The body (with the personal link) is emptied
 * once the message is sent.
 */
export const mailOutbox = sqliteTable(
  'mail_outbox',
  {
    id: text('id').primaryKey(),
    projectId: text('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    memberId: text('member_id').references(() => panelMembers.id, { onDelete: 'cascade' }),
    collectionId: text('collection_id').references(() => collections.id, {
      onDelete: 'cascade',
    }),
    kind: text('kind', { enum: MAIL_KINDS }).notNull(),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    /** The unsubscribe link, for the List-Unsubscribe header. */
    unsubscribeUrl: text('unsubscribe_url'),
    status: text('status', { enum: MAIL_STATUSES }).notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: moment('next_attempt_at').notNull(),
    lastError: text('last_error'),
    createdAt: moment('created_at').notNull(),
    sentAt: moment('sent_at'),
  },
  (t) => [
    index('mail_outbox_due_idx').on(t.status, t.nextAttemptAt),
    index('mail_outbox_project_idx').on(t.projectId, t.createdAt),
    index('mail_outbox_member_idx').on(t.memberId),
    check('mail_outbox_kind_check', oneOf(t.kind, MAIL_KINDS)),
    check('mail_outbox_status_check', oneOf(t.status, MAIL_STATUSES)),
  ],
);
