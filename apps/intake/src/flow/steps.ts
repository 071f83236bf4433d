// The steps of a story live in `@duiding/ui`, shared with the portal's assisted and paper entry.
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
  type TIntakeState,
  type TStep,
  visibleSignifiers,
} from '@duiding/ui';
