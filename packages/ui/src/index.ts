export { ChoiceInput } from './choice-input';
export { choiceMax, choiceState, encodeChoice, toggleChoice } from './choice-logic';
export { DyadInput, type TDyadAnswer } from './dyad-input';
export { ErrorSummary, type TErrorLink } from './error-summary';
export { FieldError } from './field-error';
export { idList, type TFieldIds, type TValueProps } from './field-props';
export { formatAnswer } from './format-answer';
export { formatDay } from './format-day';
export { I18nProvider, type TI18n, useI18n, useLocalize } from './i18n';
export {
  loadSignifierInputs,
  QuestionField,
  questionInputId,
  type TQuestionFieldProps,
} from './question-field';
export { randomId } from './random-id';
export { ScaleInput, type TScaleAnswer } from './scale-input';
export { readServerError, type TServerError } from './server-error';
export { DyadDrawing, StonesDrawing, TriadDrawing } from './signifier-drawings';
export { StonesInput } from './stones-input';
export { PromptChoice, StoryTextFields } from './story-fields';
export {
  answersToSend,
  CONSENT_INPUT_ID,
  defined,
  errorQuestionId,
  intakeSteps,
  promptInputId,
  STORY_INPUT_IDS,
  stepErrors,
  stepKeyOf,
  storyErrorLink,
  type TIntakeState,
  type TStep,
  visibleSignifiers,
} from './story-steps';
export { NumberAnswer, parseDutchNumber, TextAnswer } from './text-answer';
export { TriadInput, type TTriadAnswer } from './triad-input';
export { useDocumentTitle } from './use-document-title';
export { useLeaveWarning } from './use-leave-warning';
