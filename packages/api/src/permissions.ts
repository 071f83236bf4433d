import type { TSuppressionAudience } from '@duiding/analytics';
import type { TMemberRole } from '@duiding/db';

/*
 * The one permission table (DESIGN.md): what each project role may do, and whether it
 * belongs to the research team or is outside it. Procedures name a capability through
 * `projectProcedure` (access.ts); no procedure compares role names itself.
 */

/** What a member of a project may be allowed to do. */
export const PROJECT_CAPABILITIES = [
  /** See the project, its collections and frameworks (names, versions, dashboards). */
  'project.read',
  /** Read stories (outside the team: approved ones only, never for a group under 10). */
  'stories.read',
  /** Read each story's participant answers (who told it: role, municipality, …). */
  'stories.readParticipantAnswers',
  /** Approve or reject stories, redact personal data. */
  'stories.moderate',
  /** Enter a story on someone's behalf (assisted or from paper). */
  'stories.enter',
  /** Export stories and answers. */
  'stories.export',
  /** Run analyses: pattern scans, charts, statistics. */
  'analysis.run',
  /** Invite people, change roles, remove members. */
  'team.manage',
  /** Create, edit and publish frameworks; share drafts for review. */
  'frameworks.design',
  /** Open, extend and close collections and panel waves. */
  'collections.manage',
  /** Read the project's audit log. */
  'audit.read',
  /** See marked patterns, observations, interpretations and themes (catalysis). */
  'interpretation.read',
  /** Take part in interpretation: mark patterns, write observations and interpretations, cluster them into themes. */
  'interpretation.write',
  /** Read the project's reports (always rendered with outside suppression). */
  'reports.read',
  /** Write draft reports: sections, charts, quotes, breakdowns. */
  'reports.write',
  /** Publish a report: it becomes immutable and gets a public link. */
  'reports.publish',
  /** Apply codes of the codebook to stories and passages; see the coders' agreement. */
  'stories.code',
  /** Add, rename, move and delete the codes of the project's codebook. */
  'codebook.manage',
  /** Set how long the project keeps its stories (delete or reduce after N months). */
  'retention.manage',
  /**
   * Download a collection as SenseMaker CSV, XLSX, JSON or SPSS. Outside the team the
   * files hold approved stories only and no participant answers (the export decides).
   */
  'exchange.export',
  /** Import SenseMaker, NarraFirma, Duiding or mapped CSV files as a new collection. */
  'exchange.import',
  /** Keep the professional panel: members (names, addresses), invitations, reminders, mail. */
  'panel.manage',
] as const;
export type TProjectCapability = (typeof PROJECT_CAPABILITIES)[number];

/** Who looks: the research team sees every number; `outside` sees suppressed output only. */
export type TAudience = 'team' | 'outside';

export interface TRoleDefinition {
  audience: TAudience;
  capabilities: readonly TProjectCapability[];
  /** How the portal names the role. */
  label: string;
}

export const ROLE_TABLE = {
  owner: {
    audience: 'team',
    label: 'Eigenaar',
    capabilities: PROJECT_CAPABILITIES,
  },
  researcher: {
    audience: 'team',
    label: 'Onderzoeker',
    capabilities: [
      'project.read',
      'stories.read',
      'stories.readParticipantAnswers',
      'stories.moderate',
      'stories.enter',
      'stories.export',
      'analysis.run',
      'frameworks.design',
      'collections.manage',
      'interpretation.read',
      'interpretation.write',
      'reports.read',
      'reports.write',
      'reports.publish',
      'stories.code',
      'codebook.manage',
      'exchange.export',
      'exchange.import',
      'panel.manage',
    ],
  },
  analyst: {
    audience: 'team',
    label: 'Analist',
    capabilities: [
      'project.read',
      'stories.read',
      'stories.readParticipantAnswers',
      'stories.export',
      'analysis.run',
      'interpretation.read',
      'interpretation.write',
      'reports.read',
      'reports.write',
      'stories.code',
      'exchange.export',
    ],
  },
  moderator: {
    audience: 'team',
    label: 'Moderator',
    capabilities: ['project.read', 'stories.read', 'stories.moderate'],
  },
  collector: {
    // Fieldworkers who help people tell a story; they see no one's stories.
    audience: 'outside',
    label: 'Verzamelaar',
    capabilities: ['project.read', 'stories.enter'],
  },
  interpreter: {
    // The participatory interpretation group: moderated stories and protected aggregates.
    audience: 'outside',
    label: 'Duider',
    capabilities: [
      'project.read',
      'stories.read',
      'analysis.run',
      'interpretation.read',
      'interpretation.write',
      'reports.read',
      // Approved stories with their redacted text, no participant answers.
      'exchange.export',
    ],
  },
} as const satisfies Record<TMemberRole, TRoleDefinition>;

/** What the instance admin may do: accounts and projects, not project data. */
export const ADMIN_CAPABILITIES = ['users.manage', 'projects.manage', 'audit.readAll'] as const;
export type TAdminCapability = (typeof ADMIN_CAPABILITIES)[number];

export function roleAllows(role: TMemberRole, capability: TProjectCapability): boolean {
  return (ROLE_TABLE[role].capabilities as readonly TProjectCapability[]).includes(capability);
}

export function audienceOf(role: TMemberRole): TAudience {
  return ROLE_TABLE[role].audience;
}

/** The audience in the terms of analytics' suppression. */
export function suppressionAudience(audience: TAudience): TSuppressionAudience {
  return audience === 'team' ? 'research-team' : 'outside';
}

/** What a procedure requires of its caller; kept in the procedure's meta for the matrix test. */
export type TAccess =
  | { kind: 'public' }
  | { kind: 'signedIn' }
  | { kind: 'admin'; capability: TAdminCapability }
  | { kind: 'project'; capability: TProjectCapability };

export interface TProcedureMeta {
  access?: TAccess;
}

/** What a caller may do in one project, handed to the procedure. */
export interface TProjectAccess {
  projectId: string;
  role: TMemberRole;
  audience: TAudience;
  can(capability: TProjectCapability): boolean;
}

export function projectAccess(projectId: string, role: TMemberRole): TProjectAccess {
  return {
    projectId,
    role,
    audience: audienceOf(role),
    can: (capability) => roleAllows(role, capability),
  };
}
