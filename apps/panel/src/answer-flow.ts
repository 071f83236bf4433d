import type { TAnswerError, TFramework } from '@duiding/survey/client';
import { localize, validateResponse } from '@duiding/survey/client';
import type { TWaveAnswers } from './browser-store';

/*
 * The answering page as a state machine: what the member sees follows from the state,
 * and each step is a plain transition with its own test.
 */

export type TAnswerState =
  | { kind: 'loading' }
  | {
      kind: 'refused';
      title: string;
      message: string;
      /** The personal link itself opens nothing: no way on to "your page" either. */
      unknownLink?: boolean;
    }
  | {
      kind: 'form';
      framework: TFramework;
      title: string;
      closesAt: string;
      values: TWaveAnswers;
      errors: TAnswerError[];
      message: string | null;
      submitting: boolean;
      /**
       * Counts the times the member asked to send and something was wrong: only a new
       * count moves focus to the error summary, never a re-render while they type.
       */
      summaryFocus: number;
    }
  | { kind: 'done'; title: string };

export type TAnswerAction =
  | { type: 'loaded'; framework: TFramework; title: string; closesAt: string; values: TWaveAnswers }
  | { type: 'refused'; title: string; message: string; unknownLink?: boolean }
  | { type: 'answer'; field: 'profile' | 'answers'; id: string; value: unknown }
  | { type: 'submit' }
  | { type: 'invalid'; errors: TAnswerError[] }
  | { type: 'failed'; message: string }
  | { type: 'done' };

export function answerReducer(state: TAnswerState, action: TAnswerAction): TAnswerState {
  switch (action.type) {
    case 'loaded':
      return {
        kind: 'form',
        framework: action.framework,
        title: action.title,
        closesAt: action.closesAt,
        values: action.values,
        errors: [],
        message: null,
        submitting: false,
        summaryFocus: 0,
      };
    case 'refused':
      return {
        kind: 'refused',
        title: action.title,
        message: action.message,
        unknownLink: action.unknownLink,
      };
    case 'answer': {
      if (state.kind !== 'form') return state;
      const next = { ...state.values[action.field] };
      if (action.value === undefined) delete next[action.id];
      else next[action.id] = action.value;
      // An answer given clears its own error, and only its own.
      return {
        ...state,
        values: { ...state.values, [action.field]: next },
        errors: state.errors.filter((e) => e.question !== action.id),
      };
    }
    case 'submit':
      return state.kind === 'form' ? { ...state, submitting: true, message: null } : state;
    case 'invalid':
      return state.kind === 'form'
        ? {
            ...state,
            submitting: false,
            errors: action.errors,
            message: null,
            summaryFocus: state.summaryFocus + 1,
          }
        : state;
    case 'failed':
      return state.kind === 'form'
        ? {
            ...state,
            submitting: false,
            message: action.message,
            summaryFocus: state.summaryFocus + 1,
          }
        : state;
    case 'done':
      return state.kind === 'form' ? { kind: 'done', title: state.title } : state;
  }
}

/** The same checks as the server, so most problems show before anything is sent. */
export function checkAnswers(framework: TFramework, values: TWaveAnswers): TAnswerError[] {
  const profile = validateResponse(framework, values.profile, { scope: 'participant' });
  const answers = validateResponse(framework, values.answers, { context: values.profile });
  return [...(profile.ok ? [] : profile.errors), ...(answers.ok ? [] : answers.errors)];
}

/**
 * The error summary's links, each naming its question ("Waar werk je? Beantwoord deze
 * vraag."): a dozen bare "Beantwoord deze vraag." say nothing about where to go.
 */
export function errorLinks(
  framework: TFramework,
  errors: TAnswerError[],
  inputId: (questionId: string) => string,
): { target: string; message: string }[] {
  const questions = [...framework.participantQuestions, ...framework.signifiers];
  return errors.map((error) => {
    const question = questions.find((q) => q.id === error.question);
    const label = question ? localize(question.label, { locale: 'nl' }).trim() : '';
    const message = !label
      ? error.message
      : /[?!.:…]$/.test(label)
        ? `${label} ${error.message}`
        : `${label}: ${error.message}`;
    return { target: inputId(error.question), message };
  });
}
