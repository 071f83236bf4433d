import type {
  TAnswerError,
  TFramework,
  TLocale,
  TLocalizedText,
  TQuestion,
} from '@duiding/survey/client';
import { questionInputId, type TErrorLink } from '@duiding/ui';
import type { TTextKey, TTranslate } from '../i18n/texts';
import { CONSENT_INPUT_ID, errorQuestionId, promptInputId, STORY_INPUT_IDS } from './steps';

/** The intake's words for a problem of a question of this kind. */
function questionErrorKey(question: TQuestion, code: TAnswerError['code']): TTextKey {
  const kind = question.kind;
  switch (code) {
    case 'required':
      return kind === 'stones' ? 'errStonesRequired' : 'errRequired';
    case 'hidden':
      return 'errHidden';
    case 'too-few':
      return 'errTooFew';
    case 'too-many':
      return 'errTooMany';
    case 'duplicate-option':
      return 'errDuplicate';
    case 'exclusive':
      return 'errExclusive';
    case 'other-without-option':
      return 'errOtherWithout';
    case 'too-long':
      return kind === 'choice' ? 'errOtherTooLong' : 'errTextTooLong';
    case 'triad-sum':
      return 'errTriadSum';
    case 'not-applicable-not-allowed':
      return kind === 'scale' ? 'errDontKnow' : 'errNotApplicable';
    case 'not-integer':
      return kind === 'number' ? 'errWholeNumber' : 'errScale';
    case 'out-of-range':
      return (
        (
          {
            number: 'errNumberRange',
            scale: 'errScaleRange',
            dyad: 'errDyadRange',
            triad: 'errTriadRange',
            stones: 'errStonesRange',
          } as const
        )[kind as 'number'] ?? 'errOther'
      );
    case 'wrong-type':
      return (
        (
          {
            dyad: 'errDyad',
            triad: 'errTriad',
            scale: 'errScale',
            text: 'errText',
            number: 'errNumber',
            stones: 'errStones',
            choice: 'errChoice',
          } as const
        )[kind] ?? 'errOther'
      );
    default:
      return 'errOther';
  }
}

/**
 * The message of an error as shown, in the person's language and audience: the survey's
 * validation words its problems in Dutch only, so the intake says them itself, by code.
 */
export function errorMessage(
  t: TTranslate,
  error: TAnswerError,
  framework?: TFramework,
  locale: TLocale = 'nl',
): string {
  const id = errorQuestionId(error);
  if (id === 'consent') return t('consentRequired');
  if (!framework) return error.message;
  const count = (n: number) => n.toLocaleString(locale === 'en' ? 'en-GB' : 'nl-NL');
  const fields = framework.storyFields;
  if (id === 'promptId') return t('errPrompt');
  if (id === 'language') return t('errLanguage');
  if ((id === 'title' || id === 'text') && fields) {
    if (error.code === 'too-long') {
      return t(id === 'title' ? 'errTitleTooLong' : 'errStoryTooLong', {
        n: count(fields[id].maxLength),
      });
    }
    if (id === 'text' && error.code === 'too-short') return t('errStoryTooShort');
    if (error.code === 'required')
      return t(id === 'title' ? 'errTitleRequired' : 'errStoryRequired');
    return t('errOther');
  }
  const question =
    framework.signifiers.find((q) => q.id === id) ??
    framework.participantQuestions.find((q) => q.id === id);
  if (!question) return t('errOther');
  const key = questionErrorKey(question, error.code);
  const vars: Record<string, string> = {};
  if (question.kind === 'choice') {
    vars.n = count(
      error.code === 'too-few'
        ? (question.min ?? 1)
        : error.code === 'too-many'
          ? (question.max ?? question.options.length)
          : 500,
    );
  }
  if (question.kind === 'text') vars.n = count(question.maxLength);
  if (question.kind === 'scale') vars.n = count(question.points);
  if (question.kind === 'number') {
    vars.min = question.min === undefined ? '…' : count(question.min);
    vars.max = question.max === undefined ? '…' : count(question.max);
  }
  return t(key, vars);
}

/**
 * A link from the error summary to the input the error is about. The link names the
 * question, so a list read aloud is not three times "Beantwoord deze vraag.".
 */
export function errorLink(
  framework: TFramework,
  text: (t: TLocalizedText) => string,
  t: TTranslate,
  locale: TLocale,
) {
  return (error: TAnswerError): TErrorLink => {
    const id = errorQuestionId(error);
    const message = errorMessage(t, error, framework, locale);
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
