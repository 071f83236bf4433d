import type { TAnswerError, TFramework } from '@duiding/survey/client';
import { useI18n } from '@duiding/ui';
import { errorMessage } from '../flow/error-links';
import { errorQuestionId } from '../flow/steps';
import { useText } from '../i18n/use-text';

/** The message shown beside a question (by its id), in the person's language, if any. */
export function useErrorOf(framework: TFramework, errors: readonly TAnswerError[]) {
  const t = useText();
  const { locale } = useI18n();
  return (id: string): string | undefined => {
    const found = errors.find((e) => errorQuestionId(e) === id);
    return found && errorMessage(t, found, framework, locale);
  };
}
