// Types only: the pure package needs the survey's shapes, not its zod schemas at runtime.
export type {
  TAnswers,
  TAnswerValue,
  TChoiceValue,
  TFramework,
  TQuestion,
  TStonesValue,
  TTriadValue,
} from '@duiding/survey';
export type TStoryLanguage = 'nl' | 'en';
