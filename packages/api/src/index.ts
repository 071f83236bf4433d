export { generatePassword, hashPassword, verifyPassword } from './auth/password';
export { RATE_RULES, RateLimiter, type TRateRule } from './auth/rate-limit';
export { SESSION_COOKIE, SESSION_DAYS, type TCookieOptions } from './auth/session';
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
export type { TOpenCollectionOutput } from './intake/open-collection';
export type { TSubmitStoryInput } from './intake/submit-story.schema';
export type { TPortalStory, TProjectStoriesOutput } from './portal/stories';
export { type AppRouter, appRouter, createCaller } from './router';
export { amsterdamDay, amsterdamTime, formatDutchDate, RESEARCH_TIME_ZONE } from './time';
