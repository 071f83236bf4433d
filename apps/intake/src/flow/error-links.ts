import type { TAnswerError, TFramework, TLocalizedText } from '@duiding/survey/client';
import { questionInputId, type TErrorLink } from '@duiding/ui';
import type { TTranslate } from '../i18n/texts';
import { CONSENT_INPUT_ID, errorQuestionId, promptInputId, STORY_INPUT_IDS } from './steps';

/** The message of an error as shown; the intake's own (consent) in the person's language. */
export function errorMessage(t: TTranslate, error: TAnswerError): string {
  return errorQuestionId(error) === 'consent' ? t('consentRequired') : error.message;
}

/**
 * A link from the error summary to the input the error is about. The link names the
 * question, so a list read aloud is not three times "Beantwoord deze vraag.".
 */
export function errorLink(
  framework: TFramework,
  text: (t: TLocalizedText) => string,
  t: TTranslate,
) {
  return (error: TAnswerError): TErrorLink => {
    const id = errorQuestionId(error);
    const message = errorMessage(t, error);
    // "Wie ben je? Beantwoord deze vraag.", "Titel van je verhaal: Geef je verhaal een titel."
    const named = (label: string, target: string): TErrorLink => ({
      target,
      message: /[?!.:]$/.test(label.trim()) ? `${label.trim()} ${message}` : `${label}: ${message}`,
    });
    if (id === 'consent') return named(t('consentQuestion'), CONSENT_INPUT_ID);
    if (id === 'promptId')
      return named(t('promptTitle'), promptInputId(framework.prompts[0]?.id ?? ''));
    if ((id === 'title' || id === 'text') && framework.storyFields)
      return named(text(framework.storyFields[id].label), STORY_INPUT_IDS[id]);
    const question =
      framework.signifiers.find((q) => q.id === id) ??
      framework.participantQuestions.find((q) => q.id === id);
    return question
      ? named(text(question.label), questionInputId(id))
      : { target: questionInputId(id), message };
  };
}
