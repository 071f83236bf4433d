import { isYouthAudience, type TLocale } from '@duiding/survey/client';
import { I18nProvider, readServerError } from '@duiding/ui';
import { useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { api } from './api';
import type {
  TCodeServer,
  TOpenCollection,
  TOpenedCollection,
  TSubmitInput,
  TSubmitResult,
} from './api-types';
import {
  readStored,
  useAddress,
  useLeaveWarning,
  useSessionStore,
  useStepReports,
} from './browser-shell';
import { collectionFromAddress } from './collection-address';
import { CollectionEntry } from './collection-entry';
import { applyTheme } from './collection-theme';
import { currentStep, draftOf, flowReducer, flowSteps, submitInput } from './flow/flow';
import { storageKey } from './flow/session-store';
import { startFlow } from './flow/start';
import { useFocusRequest } from './focus';
import { honeypotValue } from './honeypot-field';
import { type TTranslate, translate } from './i18n/texts';
import { TextProvider } from './i18n/use-text';
import { displayCode } from './participant-code';
import { backgroundProofOfWork, withProofOfWork } from './proof-of-work';
import { randomId } from './random-id';
import { CodeProblem } from './screens/code-form';
import { LanguageSwitch } from './screens/language-switch';
import { ForgetScreen, SavedScreen, ThanksScreen } from './screens/pages';
import { ResumeScreen } from './screens/resume-screen';
import { StepForm } from './screens/step-form';
import { WithdrawScreen } from './screens/withdraw-screen';
import { SiteHeader } from './site-header';
import { submitWithReservedCode } from './submit-with-code';

type TLoad =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | { status: 'ready'; open: TOpenedCollection };

/** The words of the page before a questionnaire is there: the browser's language. */
const pageText = (): TTranslate =>
  translate(navigator.language?.toLowerCase().startsWith('en') ? 'en' : 'nl', 'general');

/** Loads the open collection; `?collectie=slug` picks one, else the current public one. */
export function IntakeApp() {
  const [load, setLoad] = useState<TLoad>({ status: 'loading' });
  const [address] = useState(() => collectionFromAddress(window.location));
  useEffect(() => {
    const { slug } = address;
    api.intake.openCollection
      .query(slug ? { slug } : {})
      .then((open) => {
        applyTheme(open.theme);
        // Solved in the background while the person reads and writes.
        if (open.status === 'open') proofOfWork.prepare();
        setLoad({ status: 'ready', open });
      })
      .catch((error: unknown) =>
        setLoad({ status: 'failed', message: readServerError(error).message }),
      );
  }, [address]);

  if (load.status === 'loading') {
    return (
      <main className="page">
        <p role="status">{pageText()('loading')}</p>
      </main>
    );
  }
  if (load.status === 'failed') {
    return (
      <main className="page">
        <h1>{pageText()('failedTitle')}</h1>
        <div className="alert" role="alert">
          <p>{load.message}</p>
        </div>
      </main>
    );
  }
  return (
    <CollectionEntry
      opened={load.open}
      landingRoute={address.landing}
      submit={submitStory}
      codes={codeServer}
      reportStep={reportStep}
    />
  );
}

/**
 * Counts how far people get (per collection and step, no id, no time): fire and forget,
 * so a lost count never stops anyone.
 */
function reportStep(collectionId: string, step: string): void {
  api.intake.stepReached.mutate({ collectionId, step }).catch(() => {});
}

const proofOfWork = backgroundProofOfWork({
  fetchChallenge: () => api.intake.powChallenge.mutate(),
});

const submitStory = submitWithReservedCode(
  () => api.intake.reserveCode.mutate(),
  withProofOfWork(proofOfWork, honeypotValue, (input: TSubmitInput) =>
    api.intake.submitStory.mutate(input),
  ),
);

const codeServer: TCodeServer = {
  saveDraft: (input) => api.intake.saveDraft.mutate(input),
  loadDraft: (input) => api.intake.loadDraft.mutate(input),
  myStories: (input) => api.intake.myStories.mutate(input),
  withdraw: (input) => api.intake.withdraw.mutate(input),
};

const noServer = () => Promise.reject(new Error('no server'));
const noCodeServer: TCodeServer = {
  saveDraft: noServer,
  loadDraft: noServer,
  myStories: noServer,
  withdraw: noServer,
};

const freshIds = () => ({ participantClientId: randomId(), storyClientId: randomId() });

/**
 * The intake of one open collection: welcome and consent, the participant questions once,
 * then per story the prompt, the story and its signifiers, one screen each. This shell
 * runs what the flow asks for: the address, storage, the leave warning, focus, the server.
 */
export function Intake({
  open,
  submit,
  codes = noCodeServer,
  reportStep,
}: {
  open: TOpenCollection;
  submit: (input: TSubmitInput) => Promise<TSubmitResult>;
  codes?: TCodeServer;
  /**
   * Told once per step a person reaches (its name as in the address), so the team sees
   * where people stop; fire-and-forget, it never holds up the flow.
   */
  reportStep?: (step: string) => void;
}) {
  const { framework, collection } = open;
  const key = storageKey(collection.id);
  const reducer = useMemo(() => flowReducer(framework), [framework]);
  const [state, dispatch] = useReducer(reducer, undefined, () =>
    startFlow({
      framework,
      ids: freshIds(),
      url: window.location.href,
      browserLanguages: navigator.languages ?? [navigator.language],
      stored: readStored(key),
    }),
  );
  const youthByAnswer = isYouthAudience(framework, state.answers.participantAnswers);
  const audience = state.audienceChoice ?? (youthByAnswer ? 'youth' : 'general');
  const t = useMemo(() => translate(state.locale, audience), [state.locale, audience]);

  useFocusRequest(state.focus);
  useAddress(state, dispatch);
  useSessionStore(key, state);
  useLeaveWarning(state.unsent);
  useStepReports(state, reportStep);

  const latest = useRef(state);
  latest.current = state;
  useEffect(() => {
    if (state.busy !== 'sending') return;
    submit(submitInput(framework, collection.id, latest.current))
      .then((result) => dispatch({ type: 'sent', result }))
      .catch((error: unknown) => {
        const problem = readServerError(error);
        dispatch({
          type: 'sendFailed',
          message: problem.message,
          answerErrors: problem.answerErrors,
        });
      });
  }, [state.busy, submit, framework, collection.id]);

  useEffect(() => {
    if (state.busy !== 'saving') return;
    const current = latest.current;
    codes
      .saveDraft({
        ...(current.participantCode ? { code: current.participantCode } : {}),
        collectionId: collection.id,
        draft: draftOf(current),
      })
      .then(({ code }) => dispatch({ type: 'saved', code }))
      .catch((error: unknown) =>
        dispatch({ type: 'saveFailed', message: readServerError(error).message }),
      );
  }, [state.busy, codes, collection.id]);

  const steps = flowSteps(framework, state);
  const step = currentStep(framework, state);
  useEffect(() => {
    document.documentElement.lang = state.locale;
    const { place } = state;
    const name =
      'page' in place
        ? {
            thanks: t('thanksTitle'),
            saved: t('savedTitle'),
            resume: t('resume'),
            withdraw: t('withdraw'),
            forget: t('forgetTitle'),
          }[place.page]
        : t('step', { n: steps.findIndex((s) => s.key === place.step) + 1, total: steps.length });
    document.title = `${name} – ${collection.title}`;
  });

  const { place } = state;
  let screen: React.ReactNode;
  if ('step' in place && step) {
    screen = <StepForm framework={framework} state={state} dispatch={dispatch} step={step} />;
  } else if ('page' in place && place.page === 'resume') {
    screen = (
      <ResumeScreen
        server={codes}
        onBack={() => dispatch({ type: 'returnToStep' })}
        onLoaded={(code, loaded) => {
          if (loaded.collectionId !== collection.id) throw new CodeProblem(t('otherCollection'));
          dispatch({
            type: 'resumed',
            code: displayCode(code),
            draft: loaded.draft,
            ids: freshIds(),
          });
        }}
      />
    );
  } else if ('page' in place && place.page === 'withdraw') {
    screen = (
      <WithdrawScreen
        server={codes}
        onWithdrawn={(code) => dispatch({ type: 'withdrawn', code: displayCode(code) })}
        onBack={() => dispatch({ type: 'returnToStep' })}
      />
    );
  } else if ('page' in place && place.page === 'saved') {
    screen = <SavedScreen state={state} dispatch={dispatch} />;
  } else if ('page' in place && place.page === 'forget') {
    screen = (
      <ForgetScreen
        dispatch={dispatch}
        onForget={() => dispatch({ type: 'forget', ids: freshIds() })}
      />
    );
  } else {
    screen = (
      <ThanksScreen
        state={state}
        onTellAnother={() => dispatch({ type: 'tellAnother', storyClientId: randomId() })}
      />
    );
  }

  return (
    <I18nProvider locale={state.locale} audience={audience}>
      <TextProvider locale={state.locale} audience={audience}>
        <SiteHeader title={collection.title} theme={open.theme}>
          <LanguageSwitch
            locale={state.locale}
            available={framework.languages}
            onChange={(locale: TLocale) => dispatch({ type: 'setLocale', locale })}
          />
        </SiteHeader>
        <main className="page">{screen}</main>
      </TextProvider>
    </I18nProvider>
  );
}
