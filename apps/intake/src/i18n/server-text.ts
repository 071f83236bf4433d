import { readServerError, useI18n } from '@duiding/ui';
import type { TTextKey, TTranslate } from './texts';
import { useText } from './use-text';

/** Which call failed: the same code means another thing for each. */
export type TServerCall = 'send' | 'save' | 'resume' | 'stories' | 'withdraw' | 'open';

const BY_CODE: Record<TServerCall, Partial<Record<string, TTextKey>>> = {
  send: {
    RATE_LIMITED: 'serverBusySend',
    BAD_INPUT: 'serverSendAgain',
    NOT_FOUND: 'serverGone',
    PAYLOAD_TOO_LARGE: 'serverTooLarge',
  },
  save: {
    RATE_LIMITED: 'serverBusySave',
    NOT_FOUND: 'serverGone',
    PAYLOAD_TOO_LARGE: 'serverTooLarge',
    CONFLICT: 'otherCollection',
  },
  resume: { RATE_LIMITED: 'serverBusyCode', NOT_FOUND: 'serverNoDraft' },
  stories: { RATE_LIMITED: 'serverBusyCode', NOT_FOUND: 'serverCodeUnknown' },
  withdraw: { RATE_LIMITED: 'serverBusyCode', NOT_FOUND: 'serverNotUnderCode' },
  open: { NOT_FOUND: 'serverNotFound' },
};

/**
 * What to tell the person when a call fails, in the language they read. The server words
 * its messages in Dutch (the most precise, shown as they are to a Dutch reader); any other
 * reader gets the intake's own text for the failure's code.
 */
export function serverText(
  t: TTranslate,
  shown: { locale: string; audience: string },
  call: TServerCall,
  failure: unknown,
): string {
  const { message, appCode, answerErrors } = readServerError(failure);
  if (shown.locale === 'nl' && shown.audience === 'general') return message;
  if (appCode === 'INVALID_ANSWERS') {
    // Each answer's problem is shown at its question, in the person's language.
    return answerErrors.length > 1
      ? t('errManyAnswers', { n: answerErrors.length })
      : t('errOther');
  }
  if (appCode === undefined) {
    const reached = (failure as { data?: unknown } | null)?.data !== undefined;
    return t(reached ? 'serverBroken' : 'serverUnreachable');
  }
  if (appCode === 'COLLECTION_CLOSED') return t('serverClosed');
  if (appCode === 'COLLECTION_NOT_OPEN') return t('serverNotOpen');
  const key = BY_CODE[call][appCode];
  return key ? t(key) : shown.locale === 'nl' ? message : t('serverBroken');
}

/** `serverText` in the language and audience of the page. */
export function useServerText(): (call: TServerCall, failure: unknown) => string {
  const t = useText();
  const shown = useI18n();
  return (call, failure) => serverText(t, shown, call, failure);
}
