import type { TAnswerError, TFramework, TLocalizedText } from '@duiding/survey/client';
import { storyErrorLink, type TErrorLink } from '@duiding/ui';
import type { TTranslate } from '../i18n/texts';
import { errorQuestionId } from './steps';

/** The message of an error as shown; the intake's own (consent) in the person's language. */
export function errorMessage(t: TTranslate, error: TAnswerError): string {
  return errorQuestionId(error) === 'consent' ? t('consentRequired') : error.message;
}

/** A link from the error summary to the input the error is about, in the person's language. */
export function errorLink(
  framework: TFramework,
  text: (t: TLocalizedText) => string,
  t: TTranslate,
): (error: TAnswerError) => TErrorLink {
  return storyErrorLink(
    framework,
    text,
    { consent: t('consentQuestion'), prompt: t('promptTitle') },
    (error) => errorMessage(t, error),
  );
}
