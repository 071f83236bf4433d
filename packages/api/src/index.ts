export { generatePassword, hashPassword, verifyPassword } from './auth/password';
export { RATE_RULES, RateLimiter, type TRateRule } from './auth/rate-limit';
export {
  SESSION_ABSOLUTE_MS,
  SESSION_COOKIE,
  SESSION_IDLE_MS,
  type TCookieOptions,
} from './auth/session';
export { ANSWER_JSON_BOUNDS, measureJson, type TJsonBounds, zBoundedJson } from './bounded-json';
export {
  createApiContext,
  createApiServices,
  type TApiContext,
  type TApiServices,
  type TCookieJar,
  type TRequestInfo,
} from './context';
export {
  APP_ERROR_CODES,
  AppError,
  describeError,
  type TAppErrorCode,
  type TErrorDescription,
} from './errors';
export {
  buildCollectionExport,
  EXPORT_FORMATS,
  type TCollectionExport,
  type TExportFile,
  type TExportFormat,
} from './exchange/collection-export';
export {
  planImport,
  storeImport,
  type TImportOutcome,
  type TImportSource,
} from './exchange/collection-import';
export { httpErrorResponse, type THttpErrorResponse } from './http-error';
export { DRAFT_DAYS, type TLoadDraftOutput } from './intake/drafts';
export { MAX_DRAFT_BYTES, type TIntakeDraft, type TSaveDraftInput } from './intake/drafts.schema';
export type { TOpenCollectionOutput } from './intake/open-collection';
export {
  formatParticipantCode,
  generateParticipantCode,
  normaliseParticipantCode,
} from './intake/participant-code';
export type { TSubmitStoryOutput } from './intake/submit-story';
export type { TSubmitStoryInput } from './intake/submit-story.schema';
export type { TMyStoriesOutput } from './intake/withdraw';
export type { TPanelWaveOutput } from './panel/answering';
export { obtainAnswerTokenLikeABrowser, spentTokenHash } from './panel/blind-token';
export { panelLinks } from './panel/link-token';
export type { TPanelHomeOutput } from './panel/member-page';
export {
  deliverOutbox,
  MAX_MAIL_ATTEMPTS,
  PermanentMailError,
  retryDelayMs,
  type TMailTransport,
} from './panel/outbox';
export type { TWaveResults } from './panel/results';
export { runPanelSchedule } from './panel/schedule';
export { newPanelMember, openWaveForPanel, type TPanelServices } from './panel/wave-opening';
export {
  automaticRedaction,
  proposeRedaction,
  storiesForAudience,
  type TAudienceText,
  type TTextSource,
  textForAudience,
} from './portal/audience-text';
export type { TCatalysisOutput, TScannedPattern } from './portal/catalysis';
export { MAX_IMPORT_CHARS } from './portal/exchange.schema';
export type {
  TPublishedReport,
  TRenderedSection,
  TReportCell,
  TReportTable,
} from './portal/report-render';
export { readPublicReport } from './portal/reports';
export type { TPortalStory, TProjectStoriesOutput } from './portal/stories';
export { type AppRouter, appRouter, createCaller } from './router';
export { neutraliseText } from './safe-text';
export { amsterdamDay, amsterdamTime, formatDutchDate, RESEARCH_TIME_ZONE } from './time';
