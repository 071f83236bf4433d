/**
 * `@duiding/survey/client`: what a browser needs of the questionnaire, without zod. The
 * browser never parses a framework (the server sends one it has validated); it needs the
 * types, which questions are visible, and the same answer checks and Dutch messages as the
 * server. Every module behind this entry imports zod for types only, so a bundle that uses
 * it carries none of zod (see `pnpm bench:bundle`). Schemas stay in the main entry.
 */
export type {
  TAnswers,
  TAnswerValue,
  TChoiceValue,
  TStonesValue,
  TTriadValue,
} from './answer';
export { DONT_KNOW, NOT_APPLICABLE, readChoice } from './answer-values';
export type {
  TCollectionContact,
  TCollectionLanding,
  TCollectionTheme,
  TLandingText,
  TThemeLogo,
} from './collection-landing';
export type {
  TChoiceOption,
  TCondition,
  TFramework,
  TFrameworkInput,
  TLabelled,
  TPrompt,
  TQuestion,
  TQuestionKind,
  TQuestionOf,
  TStoryFields,
} from './framework';
export { frameworkQuestions } from './framework-questions';
export { localize, type TTextOptions } from './localize';
export { DYAD_BINS, resultBars, resultBucketsOf, type TResultBar } from './result-bucket';
export type { TStoryInput } from './story-input';
export type { TAudience, TLocale, TLocalizedText } from './text';
export {
  adjustThemeContrast,
  contrastRatio,
  HOUSE_COLOURS,
  type TContrastIssue,
  THEME_COLOUR_TOKENS,
  type TThemeColours,
  type TThemeColourToken,
  themeContrastIssues,
} from './theme-contrast';
export {
  isVisible,
  isYouthAudience,
  type TAnswerError,
  type TAnswerErrorCode,
  TRIAD_SUM_TOLERANCE,
  type TValidateOptions,
  type TValidation,
  validateAnswer,
  validateResponse,
  validateStoryText,
} from './validate';
