import { listUserProjects, type TMemberRole, type TUser } from '@duiding/db';
import { accountProcedure, adminProcedure, openProcedure, projectProcedure } from '../access';
import { ROLE_TABLE, type TAudience, type TProjectCapability } from '../permissions';
import { router } from '../trpc';
import {
  acceptInvitationAndSignIn,
  changePassword,
  invitationPreview,
  signOutEverywhere,
} from './account';
import {
  ZAcceptInvitationInput,
  ZChangePasswordInput,
  ZInvitationTokenInput,
} from './account.schema';
import {
  adminCreateProject,
  adminDeactivateUser,
  adminInviteUser,
  adminProjects,
  adminReactivateUser,
  adminUsers,
} from './admin';
import { ZAdminInviteInput, ZCreateProjectInput, ZUserIdInput } from './admin.schema';
import { readAudit, ZAuditInput, ZProjectAuditInput } from './audit';
import {
  addObservation,
  addTheme,
  catalysisOverview,
  changeInterpretation,
  changeObservation,
  changeTheme,
  interpretObservation,
  markPattern,
  observationsOf,
  placeInTheme,
  removeInterpretation,
  removeObservation,
  removeTheme,
  reorderTheme,
  scanFrameworkPatterns,
} from './catalysis';
import {
  ZAddInterpretationInput,
  ZCreateObservationInput,
  ZCreateThemeInput,
  ZInterpretationInput,
  ZListObservationsInput,
  ZMarkPatternInput,
  ZMoveThemeInput,
  ZObservationInput,
  ZPlaceInterpretationInput,
  ZScanPatternsInput,
  ZThemeInput,
  ZUpdateInterpretationInput,
  ZUpdateObservationInput,
  ZUpdateThemeInput,
} from './catalysis.schema';
import {
  addCode,
  codebook,
  codeStory,
  codingAgreement,
  codingStory,
  editCode,
  relocateCode,
  removeCode,
  uncodeStory,
} from './codebook';
import {
  ZAgreementInput,
  ZApplyCodeInput,
  ZCodingStoryInput,
  ZCreateCodeInput,
  ZDeleteCodeInput,
  ZMoveCodeInput,
  ZRemoveCodingInput,
  ZUpdateCodeInput,
} from './codebook.schema';
import {
  closeCollectionNow,
  extendCollection,
  listCollections,
  openNewCollection,
  setPresentation,
} from './collections';
import {
  ZCollectionInput,
  ZCollectionPresentationInput,
  ZCreateCollectionInput,
  ZExtendCollectionInput,
} from './collections.schema';
import { collectionDashboard } from './dashboard';
import { enterStory, ZEnterStoryInput } from './enter-story';
import {
  exportableCollections,
  exportCollection,
  importCsv,
  importJson,
  importNarrafirma,
  importSensemaker,
  previewCsvFile,
} from './exchange';
import {
  ZExportCollectionInput,
  ZImportCsvInput,
  ZImportJsonInput,
  ZImportNarrafirmaInput,
  ZImportSensemakerInput,
  ZPreviewCsvInput,
} from './exchange.schema';
import { explorerRouter, patternsRouter } from './explorer/router';
import { exportStories, ZExportStoriesInput } from './export-stories';
import {
  copyVersion,
  createFramework,
  exportVersion,
  importFramework,
  listFrameworks,
  publishVersion,
  readVersion,
  saveDraft,
  versionComments,
} from './frameworks';
import {
  ZCopyVersionInput,
  ZCreateFrameworkInput,
  ZCreateReviewLinkInput,
  ZImportFrameworkInput,
  ZReviewLinkInput,
  ZSaveDraftInput,
  ZVersionInput,
} from './frameworks.schema';
import { meetingNotes, saveMeetingNote } from './meeting-notes';
import { moderateStory, ZModerateStoryInput } from './moderate';
import { decideModeration, moderationQueue, moderationStory } from './moderation';
import {
  ZModerationDecisionInput,
  ZModerationQueueInput,
  ZModerationStoryInput,
} from './moderation.schema';
import {
  addMember,
  importMembers,
  listMembers,
  listWaves,
  openWaveToPanel,
  panelMail,
  removePanelMember,
  retryMail,
  setPanelMemberStatusByTeam,
  waveResponse,
  waveResults,
} from './panel';
import {
  ZAddPanelMemberInput,
  ZImportPanelMembersInput,
  ZOpenPanelWaveInput,
  ZPanelMailInput,
  ZPanelWaveInput,
  ZRemovePanelMemberInput,
  ZRetryMailInput,
  ZSaveMeetingNoteInput,
  ZSetPanelMemberStatusInput,
} from './panel.schema';
import {
  addSection,
  changeReportTitle,
  changeSection,
  deleteSection,
  duplicate,
  moveSection,
  newReport,
  projectReports,
  publish,
  quoteCandidates,
  reportChoices,
  reportDetail,
  reportPreview,
} from './reports';
import {
  ZAddSectionInput,
  ZCreateReportInput,
  ZMoveSectionInput,
  ZQuoteCandidatesInput,
  ZRenameReportInput,
  ZReportInput,
  ZSectionInput,
  ZUpdateSectionInput,
} from './reports.schema';
import { changeRetention, retentionSetting, ZSetRetentionInput } from './retention';
import {
  commentOnReview,
  createDraftReviewLink,
  draftReviewLinks,
  openReview,
  revokeDraftReviewLink,
  ZReviewCommentInput,
  ZReviewTokenInput,
} from './review';
import { signIn, signOut } from './sign-in';
import { ZSignInInput } from './sign-in.schema';
import { projectStories } from './stories';
import { ZProjectStoriesInput } from './stories.schema';
import { storyPage, storyTable, storyTableLabels } from './story-table';
import { ZStoryPageInput, ZStoryTableInput } from './story-table.schema';
import { changeRole, inviteMember, listTeam, removeMember, withdrawInvitation } from './team';
import {
  ZChangeRoleInput,
  ZInvitationInput,
  ZInviteMemberInput,
  ZMemberInput,
} from './team.schema';

export interface TMyProjectsOutput {
  projects: {
    id: string;
    slug: string;
    name: string;
    role: TMemberRole;
    /** From the permission table, so the portal shows only what the role may use. */
    audience: TAudience;
    capabilities: TProjectCapability[];
  }[];
}

/*
 * Every procedure here names what its caller needs (access.ts, permissions.ts); the
 * authorization-matrix test walks this router and fails on a procedure without it.
 */

const accountRouter = router({
  changePassword: accountProcedure
    .input(ZChangePasswordInput)
    .mutation(({ ctx, input }) => changePassword(ctx, input)),
  signOutEverywhere: accountProcedure.mutation(({ ctx }) => signOutEverywhere(ctx)),
  // A mutation, though it only reads: the token travels in the body, never in a URL or log.
  invitation: openProcedure
    .input(ZInvitationTokenInput)
    .mutation(({ ctx, input }) => invitationPreview(ctx, input)),
  acceptInvitation: openProcedure
    .input(ZAcceptInvitationInput)
    .mutation(({ ctx, input }) => acceptInvitationAndSignIn(ctx, input)),
});

const teamRouter = router({
  list: projectProcedure('team.manage').query(({ ctx }) => listTeam(ctx)),
  invite: projectProcedure('team.manage')
    .input(ZInviteMemberInput)
    .mutation(({ ctx, input }) => inviteMember(ctx, input)),
  changeRole: projectProcedure('team.manage')
    .input(ZChangeRoleInput)
    .mutation(({ ctx, input }) => changeRole(ctx, input)),
  remove: projectProcedure('team.manage')
    .input(ZMemberInput)
    .mutation(({ ctx, input }) => removeMember(ctx, input)),
  revokeInvitation: projectProcedure('team.manage')
    .input(ZInvitationInput)
    .mutation(({ ctx, input }) => withdrawInvitation(ctx, input)),
});

const adminRouter = router({
  users: adminProcedure('users.manage').query(({ ctx }) => adminUsers(ctx)),
  inviteUser: adminProcedure('users.manage')
    .input(ZAdminInviteInput)
    .mutation(({ ctx, input }) => adminInviteUser(ctx, input)),
  deactivateUser: adminProcedure('users.manage')
    .input(ZUserIdInput)
    .mutation(({ ctx, input }) => adminDeactivateUser(ctx, input)),
  reactivateUser: adminProcedure('users.manage')
    .input(ZUserIdInput)
    .mutation(({ ctx, input }) => adminReactivateUser(ctx, input)),
  projects: adminProcedure('projects.manage').query(({ ctx }) => adminProjects(ctx)),
  createProject: adminProcedure('projects.manage')
    .input(ZCreateProjectInput)
    .mutation(({ ctx, input }) => adminCreateProject(ctx, input)),
  audit: adminProcedure('audit.readAll')
    .input(ZAuditInput)
    .query(({ ctx, input }) => readAudit(ctx, input)),
});

const frameworksRouter = router({
  list: projectProcedure('project.read').query(({ ctx }) => listFrameworks(ctx)),
  version: projectProcedure('project.read')
    .input(ZVersionInput)
    .query(({ ctx, input }) => readVersion(ctx, input)),
  create: projectProcedure('frameworks.design')
    .input(ZCreateFrameworkInput)
    .mutation(({ ctx, input }) => createFramework(ctx, input)),
  saveDraft: projectProcedure('frameworks.design')
    .input(ZSaveDraftInput)
    .mutation(({ ctx, input }) => saveDraft(ctx, input)),
  publish: projectProcedure('frameworks.design')
    .input(ZVersionInput)
    .mutation(({ ctx, input }) => publishVersion(ctx, input)),
  copy: projectProcedure('frameworks.design')
    .input(ZCopyVersionInput)
    .mutation(({ ctx, input }) => copyVersion(ctx, input)),
  // A mutation, though it only reads: every export is audited.
  export: projectProcedure('frameworks.design')
    .input(ZVersionInput)
    .mutation(({ ctx, input }) => exportVersion(ctx, input)),
  import: projectProcedure('frameworks.design')
    .input(ZImportFrameworkInput)
    .mutation(({ ctx, input }) => importFramework(ctx, input)),
  comments: projectProcedure('frameworks.design')
    .input(ZVersionInput)
    .query(({ ctx, input }) => versionComments(ctx, input)),
  reviewLinks: projectProcedure('frameworks.design')
    .input(ZVersionInput)
    .query(({ ctx, input }) => draftReviewLinks(ctx, input)),
  createReviewLink: projectProcedure('frameworks.design')
    .input(ZCreateReviewLinkInput)
    .mutation(({ ctx, input }) => createDraftReviewLink(ctx, input)),
  revokeReviewLink: projectProcedure('frameworks.design')
    .input(ZReviewLinkInput)
    .mutation(({ ctx, input }) => revokeDraftReviewLink(ctx, input)),
});

const collectionsRouter = router({
  list: projectProcedure('project.read').query(({ ctx }) => listCollections(ctx)),
  create: projectProcedure('collections.manage')
    .input(ZCreateCollectionInput)
    .mutation(({ ctx, input }) => openNewCollection(ctx, input)),
  extend: projectProcedure('collections.manage')
    .input(ZExtendCollectionInput)
    .mutation(({ ctx, input }) => extendCollection(ctx, input)),
  close: projectProcedure('collections.manage')
    .input(ZCollectionInput)
    .mutation(({ ctx, input }) => closeCollectionNow(ctx, input)),
  setPresentation: projectProcedure('collections.manage')
    .input(ZCollectionPresentationInput)
    .mutation(({ ctx, input }) => setPresentation(ctx, input)),
  // Suppressed for small groups when the viewer is outside the research team.
  dashboard: projectProcedure('analysis.run')
    .input(ZCollectionInput)
    .query(({ ctx, input }) => collectionDashboard(ctx, input)),
});

/** For the review group: by the link's token, without an account, rate-limited. */
const reviewRouter = router({
  // Mutations, though `open` only reads: the token travels in the body, never in a URL.
  open: openProcedure.input(ZReviewTokenInput).mutation(({ ctx, input }) => openReview(ctx, input)),
  comment: openProcedure
    .input(ZReviewCommentInput)
    .mutation(({ ctx, input }) => commentOnReview(ctx, input)),
});

/** Catalysis: the team and the interpretation group mark, observe, interpret and cluster. */
const catalysisRouter = router({
  overview: projectProcedure('interpretation.read').query(({ ctx }) => catalysisOverview(ctx)),
  // The scan's ranked patterns to mark (approved stories only outside the team).
  patterns: projectProcedure('interpretation.read')
    .input(ZScanPatternsInput)
    .query(({ ctx, input }) => scanFrameworkPatterns(ctx, input)),
  markPattern: projectProcedure('interpretation.write')
    .input(ZMarkPatternInput)
    .mutation(({ ctx, input }) => markPattern(ctx, input)),
  observations: projectProcedure('interpretation.read')
    .input(ZListObservationsInput)
    .query(({ ctx, input }) => observationsOf(ctx, input)),
  addObservation: projectProcedure('interpretation.write')
    .input(ZCreateObservationInput)
    .mutation(({ ctx, input }) => addObservation(ctx, input)),
  changeObservation: projectProcedure('interpretation.write')
    .input(ZUpdateObservationInput)
    .mutation(({ ctx, input }) => changeObservation(ctx, input)),
  removeObservation: projectProcedure('interpretation.write')
    .input(ZObservationInput)
    .mutation(({ ctx, input }) => removeObservation(ctx, input)),
  addInterpretation: projectProcedure('interpretation.write')
    .input(ZAddInterpretationInput)
    .mutation(({ ctx, input }) => interpretObservation(ctx, input)),
  changeInterpretation: projectProcedure('interpretation.write')
    .input(ZUpdateInterpretationInput)
    .mutation(({ ctx, input }) => changeInterpretation(ctx, input)),
  removeInterpretation: projectProcedure('interpretation.write')
    .input(ZInterpretationInput)
    .mutation(({ ctx, input }) => removeInterpretation(ctx, input)),
  placeInterpretation: projectProcedure('interpretation.write')
    .input(ZPlaceInterpretationInput)
    .mutation(({ ctx, input }) => placeInTheme(ctx, input)),
  addTheme: projectProcedure('interpretation.write')
    .input(ZCreateThemeInput)
    .mutation(({ ctx, input }) => addTheme(ctx, input)),
  changeTheme: projectProcedure('interpretation.write')
    .input(ZUpdateThemeInput)
    .mutation(({ ctx, input }) => changeTheme(ctx, input)),
  removeTheme: projectProcedure('interpretation.write')
    .input(ZThemeInput)
    .mutation(({ ctx, input }) => removeTheme(ctx, input)),
  moveTheme: projectProcedure('interpretation.write')
    .input(ZMoveThemeInput)
    .mutation(({ ctx, input }) => reorderTheme(ctx, input)),
});

/** Reports: drafts, a preview with outside suppression, publishing with a public link. */
const reportsRouter = router({
  list: projectProcedure('reports.read').query(({ ctx }) => projectReports(ctx)),
  get: projectProcedure('reports.read')
    .input(ZReportInput)
    .query(({ ctx, input }) => reportDetail(ctx, input)),
  // Always rendered as outside viewers see it, whoever asks.
  preview: projectProcedure('reports.read')
    .input(ZReportInput)
    .query(({ ctx, input }) => reportPreview(ctx, input)),
  choices: projectProcedure('reports.write').query(({ ctx }) => reportChoices(ctx)),
  quoteCandidates: projectProcedure('reports.write')
    .input(ZQuoteCandidatesInput)
    .query(({ ctx, input }) => quoteCandidates(ctx, input)),
  create: projectProcedure('reports.write')
    .input(ZCreateReportInput)
    .mutation(({ ctx, input }) => newReport(ctx, input)),
  rename: projectProcedure('reports.write')
    .input(ZRenameReportInput)
    .mutation(({ ctx, input }) => changeReportTitle(ctx, input)),
  addSection: projectProcedure('reports.write')
    .input(ZAddSectionInput)
    .mutation(({ ctx, input }) => addSection(ctx, input)),
  changeSection: projectProcedure('reports.write')
    .input(ZUpdateSectionInput)
    .mutation(({ ctx, input }) => changeSection(ctx, input)),
  removeSection: projectProcedure('reports.write')
    .input(ZSectionInput)
    .mutation(({ ctx, input }) => deleteSection(ctx, input)),
  moveSection: projectProcedure('reports.write')
    .input(ZMoveSectionInput)
    .mutation(({ ctx, input }) => moveSection(ctx, input)),
  copy: projectProcedure('reports.write')
    .input(ZReportInput)
    .mutation(({ ctx, input }) => duplicate(ctx, input)),
  publish: projectProcedure('reports.publish')
    .input(ZReportInput)
    .mutation(({ ctx, input }) => publish(ctx, input)),
});

/** Moderation: the queue, one story with the detector's proposals, and the decision. */
const moderationRouter = router({
  queue: projectProcedure('stories.moderate')
    .input(ZModerationQueueInput)
    .query(({ ctx, input }) => moderationQueue(ctx, input)),
  story: projectProcedure('stories.moderate')
    .input(ZModerationStoryInput)
    .query(({ ctx, input }) => moderationStory(ctx, input)),
  decide: projectProcedure('stories.moderate')
    .input(ZModerationDecisionInput)
    .mutation(({ ctx, input }) => decideModeration(ctx, input)),
});

/** The codebook (a tree of codes) and the agreement between coders. */
const codebookRouter = router({
  list: projectProcedure('stories.code').query(({ ctx }) => codebook(ctx)),
  add: projectProcedure('codebook.manage')
    .input(ZCreateCodeInput)
    .mutation(({ ctx, input }) => addCode(ctx, input)),
  edit: projectProcedure('codebook.manage')
    .input(ZUpdateCodeInput)
    .mutation(({ ctx, input }) => editCode(ctx, input)),
  move: projectProcedure('codebook.manage')
    .input(ZMoveCodeInput)
    .mutation(({ ctx, input }) => relocateCode(ctx, input)),
  delete: projectProcedure('codebook.manage')
    .input(ZDeleteCodeInput)
    .mutation(({ ctx, input }) => removeCode(ctx, input)),
  agreement: projectProcedure('stories.code')
    .input(ZAgreementInput)
    .query(({ ctx, input }) => codingAgreement(ctx, input)),
});

/** Coding one story: its text, the codes on it, applying and removing one's own. */
const codingRouter = router({
  story: projectProcedure('stories.code')
    .input(ZCodingStoryInput)
    .query(({ ctx, input }) => codingStory(ctx, input)),
  add: projectProcedure('stories.code')
    .input(ZApplyCodeInput)
    .mutation(({ ctx, input }) => codeStory(ctx, input)),
  remove: projectProcedure('stories.code')
    .input(ZRemoveCodingInput)
    .mutation(({ ctx, input }) => uncodeStory(ctx, input)),
});

const retentionRouter = router({
  get: projectProcedure('retention.manage').query(({ ctx }) => retentionSetting(ctx)),
  set: projectProcedure('retention.manage')
    .input(ZSetRetentionInput)
    .mutation(({ ctx, input }) => changeRetention(ctx, input)),
});

/** Export and import of collections (SenseMaker, NarraFirma, XLSX, JSON, SPSS, CSV). */
const exchangeRouter = router({
  collections: projectProcedure('exchange.export').query(({ ctx }) => exportableCollections(ctx)),
  // A mutation, though it only reads: every export is audited.
  export: projectProcedure('exchange.export')
    .input(ZExportCollectionInput)
    .mutation(({ ctx, input }) => exportCollection(ctx, input)),
  importSensemaker: projectProcedure('exchange.import')
    .input(ZImportSensemakerInput)
    .mutation(({ ctx, input }) => importSensemaker(ctx, input)),
  importNarrafirma: projectProcedure('exchange.import')
    .input(ZImportNarrafirmaInput)
    .mutation(({ ctx, input }) => importNarrafirma(ctx, input)),
  importJson: projectProcedure('exchange.import')
    .input(ZImportJsonInput)
    .mutation(({ ctx, input }) => importJson(ctx, input)),
  previewCsv: projectProcedure('exchange.import')
    .input(ZPreviewCsvInput)
    .mutation(({ ctx, input }) => previewCsvFile(ctx, input)),
  importCsv: projectProcedure('exchange.import')
    .input(ZImportCsvInput)
    .mutation(({ ctx, input }) => importCsv(ctx, input)),
});

/** The professional panel: members, waves, response, mail, results (portal/panel.ts). */
const panelRouter = router({
  members: projectProcedure('panel.manage').query(({ ctx }) => listMembers(ctx)),
  addMember: projectProcedure('panel.manage')
    .input(ZAddPanelMemberInput)
    .mutation(({ ctx, input }) => addMember(ctx, input)),
  importMembers: projectProcedure('panel.manage')
    .input(ZImportPanelMembersInput)
    .mutation(({ ctx, input }) => importMembers(ctx, input)),
  setMemberStatus: projectProcedure('panel.manage')
    .input(ZSetPanelMemberStatusInput)
    .mutation(({ ctx, input }) => setPanelMemberStatusByTeam(ctx, input)),
  // Deletes the member's personal data, as their own "afmelden" does.
  removeMember: projectProcedure('panel.manage')
    .input(ZRemovePanelMemberInput)
    .mutation(({ ctx, input }) => removePanelMember(ctx, input)),
  waves: projectProcedure('project.read').query(({ ctx }) => listWaves(ctx)),
  openWave: projectProcedure('panel.manage')
    .input(ZOpenPanelWaveInput)
    .mutation(({ ctx, input }) => openWaveToPanel(ctx, input)),
  response: projectProcedure('panel.manage')
    .input(ZPanelWaveInput)
    .query(({ ctx, input }) => waveResponse(ctx, input)),
  mail: projectProcedure('panel.manage')
    .input(ZPanelMailInput)
    .query(({ ctx, input }) => panelMail(ctx, input)),
  retryMail: projectProcedure('panel.manage')
    .input(ZRetryMailInput)
    .mutation(({ ctx, input }) => retryMail(ctx, input)),
  // Suppressed as for an outside audience: the summary and the meeting are shared.
  results: projectProcedure('analysis.run')
    .input(ZPanelWaveInput)
    .query(({ ctx, input }) => waveResults(ctx, input)),
  // The meeting's notes: observations on the wave, one per slide.
  meetingNotes: projectProcedure('interpretation.read')
    .input(ZPanelWaveInput)
    .query(({ ctx, input }) => meetingNotes(ctx, input)),
  saveMeetingNote: projectProcedure('interpretation.write')
    .input(ZSaveMeetingNoteInput)
    .mutation(({ ctx, input }) => saveMeetingNote(ctx, input)),
});

export const portalRouter = router({
  signIn: openProcedure.input(ZSignInInput).mutation(({ ctx, input }) => signIn(ctx, input)),
  signOut: openProcedure.mutation(({ ctx }) => signOut(ctx)),
  me: openProcedure.query(({ ctx }): { user: TUser | null } => ({
    user: ctx.session?.user ?? null,
  })),
  projects: accountProcedure.query(
    ({ ctx }): TMyProjectsOutput => ({
      projects: listUserProjects(ctx.db, ctx.session.user.id).map((project) => ({
        ...project,
        audience: ROLE_TABLE[project.role].audience,
        capabilities: [...ROLE_TABLE[project.role].capabilities],
      })),
    }),
  ),
  stories: projectProcedure('stories.read')
    .input(ZProjectStoriesInput)
    .query(({ ctx, input }) => projectStories(ctx, input)),
  // A mutation, though it only reads: every export is audited.
  exportStories: projectProcedure('stories.export')
    .input(ZExportStoriesInput)
    .mutation(({ ctx, input }) => exportStories(ctx, input)),
  enterStory: projectProcedure('stories.enter')
    .input(ZEnterStoryInput)
    .mutation(({ ctx, input }) => enterStory(ctx, input)),
  moderateStory: projectProcedure('stories.moderate')
    .input(ZModerateStoryInput)
    .mutation(({ ctx, input }) => moderateStory(ctx, input)),
  audit: projectProcedure('audit.read')
    .input(ZProjectAuditInput)
    .query(({ ctx, input }) => readAudit(ctx, input)),
  // Outside the team: approved stories only, redacted text, no participant answers.
  storyTable: projectProcedure('stories.read')
    .input(ZStoryTableInput)
    .query(({ ctx, input }) => storyTable(ctx, input)),
  storyTableLabels: projectProcedure('stories.read').query(({ ctx }) => storyTableLabels(ctx)),
  story: projectProcedure('stories.read')
    .input(ZStoryPageInput)
    .query(({ ctx, input }) => storyPage(ctx, input)),
  account: accountRouter,
  team: teamRouter,
  frameworks: frameworksRouter,
  collections: collectionsRouter,
  review: reviewRouter,
  admin: adminRouter,
  catalysis: catalysisRouter,
  reports: reportsRouter,
  explorer: explorerRouter,
  patterns: patternsRouter,
  moderation: moderationRouter,
  codebook: codebookRouter,
  coding: codingRouter,
  retention: retentionRouter,
  exchange: exchangeRouter,
  panel: panelRouter,
});
