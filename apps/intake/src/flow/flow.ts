import type { TAnswerError, TAudience, TFramework, TLocale } from '@duiding/survey/client';
import type { TIntakeDraft, TSubmitInput, TSubmitResult } from '../api-types';
import {
  answersToSend,
  defined,
  intakeSteps,
  stepErrors,
  stepKeyOf,
  type TIntakeState,
  type TStep,
} from './steps';
import type { TPageKey, TPlace } from './url';

/**
 * The intake as a pure state machine. Screens dispatch what the person did; the reducer
 * decides where they are, what is wrong, where focus goes and how the address follows.
 * Side effects (sending, saving, the address, storage, focus) live in the shell and read
 * the requests this state holds: `busy`, `nav` and `focus`.
 */
export interface TFlowState {
  answers: TIntakeState;
  /** The language the story was written in: the one shown when its text was last typed. */
  storyLanguage: TLocale | undefined;
  locale: TLocale;
  /** The person's own choice of texts; without one, their answer about who they are decides. */
  audienceChoice: TAudience | undefined;
  firstStory: boolean;
  place: TPlace;
  /** The step to return to from a page such as "saved" or "forget". */
  lastStep: TStep['key'];
  participantClientId: string;
  /** One id per story, made before the first try: a retried submit stores the story once. */
  storyClientId: string;
  /**
   * The personal code lives in memory only, never in storage: on a phone shared in a family
   * the next person must not find it (and with it, withdraw the stories).
   */
  participantCode: string | undefined;
  sentTitle: string;
  errors: TAnswerError[];
  problem: { kind: 'send' | 'save'; message: string } | undefined;
  busy: 'sending' | 'saving' | undefined;
  /** Answers on this device that are neither sent nor saved under a code. */
  unsent: boolean;
  /** A request to move focus; `n` counts requests, so the same target can be asked again. */
  focus: { to: 'heading' | 'summary'; n: number };
  /** How the address follows the place: a new history entry, or the current one replaced. */
  nav: { mode: 'push' | 'replace'; n: number };
}

export type TAnswerTarget =
  | { field: 'consent' }
  | { field: 'prompt' }
  | { field: 'title' }
  | { field: 'text' }
  | { field: 'participant'; id: string }
  | { field: 'signifier'; id: string };

export type TFlowAction =
  | { type: 'answer'; target: TAnswerTarget; value: unknown }
  | { type: 'next' }
  | { type: 'previous' }
  /** The browser's Back or Forward brought the person to a place. */
  | { type: 'visit'; place: TPlace }
  | { type: 'sent'; result: TSubmitResult }
  | { type: 'sendFailed'; message: string; answerErrors: TAnswerError[] }
  | { type: 'saveDraft' }
  | { type: 'saved'; code: string }
  | { type: 'saveFailed'; message: string }
  | { type: 'tellAnother'; storyClientId: string }
  | { type: 'show'; page: 'resume' | 'withdraw' | 'forget' }
  | { type: 'returnToStep' }
  | { type: 'forget'; ids: TFreshIds }
  | { type: 'resumed'; code: string; draft: TIntakeDraft; ids: TFreshIds }
  | { type: 'withdrawn'; code: string }
  | { type: 'setLocale'; locale: TLocale }
  | { type: 'setAudience'; audience: TAudience };

export interface TFreshIds {
  participantClientId: string;
  storyClientId: string;
}

const emptyAnswers: TIntakeState = {
  consent: false,
  participantAnswers: {},
  story: { promptId: '', title: '', text: '' },
  answers: {},
};

export function initialFlow(ids: TFreshIds, locale: TLocale): TFlowState {
  return {
    answers: emptyAnswers,
    storyLanguage: undefined,
    locale,
    audienceChoice: undefined,
    firstStory: true,
    place: { step: 'welcome' },
    lastStep: 'welcome',
    ...ids,
    participantCode: undefined,
    sentTitle: '',
    errors: [],
    problem: undefined,
    busy: undefined,
    unsent: false,
    focus: { to: 'heading', n: 0 },
    nav: { mode: 'replace', n: 0 },
  };
}

export function flowSteps(framework: TFramework, state: TFlowState): TStep[] {
  return intakeSteps(framework, state.answers, { firstStory: state.firstStory });
}

/** The step the person is on, or undefined on another page. */
export function currentStep(framework: TFramework, state: TFlowState): TStep | undefined {
  const { place } = state;
  if (!('step' in place)) return undefined;
  return flowSteps(framework, state).find((s) => s.key === place.step);
}

const moveFocus = (state: TFlowState, to: 'heading' | 'summary') => ({
  to,
  n: state.focus.n + 1,
});
const navigate = (state: TFlowState, mode: 'push' | 'replace') => ({
  mode,
  n: state.nav.n + 1,
});

/** To a new place, as a person moving on: a history entry, focus at its heading. */
function goTo(state: TFlowState, place: TPlace, mode: 'push' | 'replace' = 'push'): TFlowState {
  return {
    ...state,
    place,
    lastStep: 'step' in place ? place.step : state.lastStep,
    errors: [],
    problem: undefined,
    focus: moveFocus(state, 'heading'),
    nav: navigate(state, mode),
  };
}

function applyAnswer(answers: TIntakeState, target: TAnswerTarget, value: unknown): TIntakeState {
  switch (target.field) {
    case 'consent':
      return { ...answers, consent: value === true };
    case 'prompt':
      return { ...answers, story: { ...answers.story, promptId: String(value ?? '') } };
    case 'title':
      return { ...answers, story: { ...answers.story, title: String(value ?? '') } };
    case 'text':
      return { ...answers, story: { ...answers.story, text: String(value ?? '') } };
    case 'participant':
      return {
        ...answers,
        participantAnswers: { ...answers.participantAnswers, [target.id]: value },
      };
    case 'signifier':
      return { ...answers, answers: { ...answers.answers, [target.id]: value } };
  }
}

const targetQuestion = (target: TAnswerTarget) =>
  target.field === 'participant' || target.field === 'signifier'
    ? target.id
    : target.field === 'prompt'
      ? 'promptId'
      : target.field;

/**
 * The first step before `key` that still has a problem: Forward, a reload or an old link
 * may not skip a step that was never answered.
 */
function firstOpenStepBefore(framework: TFramework, state: TFlowState, key: TStep['key']) {
  const steps = flowSteps(framework, state);
  const index = steps.findIndex((s) => s.key === key);
  if (index < 0) return undefined;
  return steps.slice(0, index).find((s) => stepErrors(framework, state.answers, s).length > 0)?.key;
}

/** The place to show for a place asked for (from the address or history), made valid. */
export function reachablePlace(framework: TFramework, state: TFlowState, place: TPlace): TPlace {
  if ('page' in place) {
    if (place.page === 'thanks' && !state.sentTitle) return { step: state.lastStep };
    if (place.page === 'saved' && !state.participantCode) return { step: state.lastStep };
    if (place.page === 'forget' && !state.unsent) return { step: state.lastStep };
    return place;
  }
  // A story once sent is not opened again by Back: a retry would be a duplicate, not a change.
  if (state.sentTitle) return { page: 'thanks' };
  const steps = flowSteps(framework, state);
  if (!steps.some((s) => s.key === place.step)) return { step: steps[0]?.key ?? 'welcome' };
  const open = firstOpenStepBefore(framework, state, place.step);
  return { step: open ?? place.step };
}

export function flowReducer(framework: TFramework) {
  return (state: TFlowState, action: TFlowAction): TFlowState => {
    switch (action.type) {
      case 'answer': {
        const question = targetQuestion(action.target);
        const writesStory = action.target.field === 'title' || action.target.field === 'text';
        // No focus or navigation change: the person is typing or choosing.
        return {
          ...state,
          answers: applyAnswer(state.answers, action.target, action.value),
          storyLanguage: writesStory ? state.locale : state.storyLanguage,
          errors: state.errors.filter((e) => !e.question.endsWith(question)),
          unsent: true,
        };
      }
      case 'next': {
        const step = currentStep(framework, state);
        if (!step || state.busy) return state;
        const found = stepErrors(framework, state.answers, step);
        if (found.length > 0) {
          return {
            ...state,
            errors: found,
            problem: undefined,
            focus: moveFocus(state, 'summary'),
          };
        }
        const steps = flowSteps(framework, state);
        const next = steps[steps.findIndex((s) => s.key === step.key) + 1];
        if (next) return goTo(state, { step: next.key });
        return { ...state, errors: [], problem: undefined, busy: 'sending' };
      }
      case 'previous': {
        const steps = flowSteps(framework, state);
        const index = steps.findIndex((s) => 'step' in state.place && s.key === state.place.step);
        const previous = steps[index - 1];
        return previous ? goTo(state, { step: previous.key }) : state;
      }
      case 'visit': {
        // The address already says where: no new entry, but a replaced one if it had to change.
        const place = reachablePlace(framework, state, action.place);
        const same = JSON.stringify(place) === JSON.stringify(action.place);
        const moved = goTo(state, place, 'replace');
        return same ? { ...moved, nav: state.nav } : moved;
      }
      case 'sent':
        return {
          ...goTo(state, { page: 'thanks' }),
          busy: undefined,
          unsent: false,
          sentTitle: state.answers.story.title.trim(),
          participantCode: action.result.participantCode ?? state.participantCode,
        };
      case 'sendFailed': {
        const steps = flowSteps(framework, state);
        const firstWithError = steps.find((s) =>
          action.answerErrors.some((e) => stepKeyOf(framework, e.question) === s.key),
        );
        if (firstWithError) {
          const errors = action.answerErrors.filter(
            (e) => stepKeyOf(framework, e.question) === firstWithError.key,
          );
          const moved =
            'step' in state.place && state.place.step === firstWithError.key
              ? state
              : goTo(state, { step: firstWithError.key });
          return { ...moved, busy: undefined, errors, focus: moveFocus(moved, 'summary') };
        }
        const message = [action.message, ...action.answerErrors.map((e) => e.message)].join(' ');
        return {
          ...state,
          busy: undefined,
          errors: [],
          problem: { kind: 'send', message },
          focus: moveFocus(state, 'summary'),
        };
      }
      case 'saveDraft':
        return state.busy ? state : { ...state, busy: 'saving', problem: undefined };
      case 'saved':
        return {
          ...goTo(state, { page: 'saved' }),
          busy: undefined,
          unsent: false,
          participantCode: action.code,
        };
      case 'saveFailed':
        return {
          ...state,
          busy: undefined,
          errors: [],
          problem: { kind: 'save', message: action.message },
          focus: moveFocus(state, 'summary'),
        };
      case 'tellAnother':
        return {
          ...goTo(
            {
              ...state,
              answers: { ...state.answers, story: emptyAnswers.story, answers: {} },
              storyLanguage: undefined,
              storyClientId: action.storyClientId,
              firstStory: false,
              sentTitle: '',
            },
            { step: 'prompt' },
          ),
        };
      case 'show':
        return goTo(state, { page: action.page });
      case 'returnToStep':
        return goTo(state, reachablePlace(framework, state, { step: state.lastStep }));
      case 'forget':
        // Everything of this person goes; the language they read stays, as the page's.
        return {
          ...initialFlow(action.ids, state.locale),
          focus: moveFocus(state, 'heading'),
          nav: navigate(state, 'push'),
        };
      case 'resumed': {
        const { draft } = action;
        const answers: TIntakeState = {
          // Consent was given before the draft could be saved.
          consent: true,
          participantAnswers: draft.participantAnswers,
          story: {
            promptId: draft.story.promptId ?? '',
            title: draft.story.title ?? '',
            text: draft.story.text ?? '',
          },
          answers: draft.answers,
        };
        const resumed: TFlowState = {
          ...state,
          ...action.ids,
          answers,
          storyLanguage: draft.story.language,
          participantCode: action.code,
          firstStory: true,
          unsent: false,
        };
        const steps = flowSteps(framework, resumed);
        const step = steps.find((s) => s.key === draft.step)?.key ?? 'prompt';
        return goTo(resumed, { step });
      }
      case 'withdrawn':
        return state.participantCode === action.code
          ? { ...state, participantCode: undefined }
          : state;
      case 'setLocale':
        return { ...state, locale: action.locale, nav: navigate(state, 'replace') };
      case 'setAudience':
        return { ...state, audienceChoice: action.audience };
    }
  };
}

/** What is sent for the current story: hidden questions' answers are dropped, not refused. */
export function submitInput(
  framework: TFramework,
  collectionId: string,
  state: TFlowState,
): TSubmitInput {
  const { answers } = state;
  return {
    clientId: state.storyClientId,
    collectionId,
    participant: {
      clientId: state.participantClientId,
      answers: defined(answers.participantAnswers),
    },
    story: {
      promptId: answers.story.promptId,
      title: answers.story.title.trim(),
      text: answers.story.text.trim(),
      language: state.storyLanguage ?? state.locale,
    },
    answers: answersToSend(framework, answers),
    ...(state.participantCode ? { participantCode: state.participantCode } : {}),
  };
}

/** What a saved draft holds: the answers so far and the step to come back to. */
export function draftOf(state: TFlowState): TIntakeDraft {
  const { answers } = state;
  return {
    participantAnswers: defined(answers.participantAnswers),
    story: {
      ...(answers.story.promptId ? { promptId: answers.story.promptId } : {}),
      title: answers.story.title,
      text: answers.story.text,
      language: state.storyLanguage ?? state.locale,
    },
    answers: defined(answers.answers),
    step: state.lastStep,
  };
}

/** Whether the person is about to leave a screen: the next one, or sending. */
export function isLastStep(framework: TFramework, state: TFlowState): boolean {
  const steps = flowSteps(framework, state);
  return 'step' in state.place && steps.at(-1)?.key === state.place.step;
}

export type { TPageKey, TPlace };
