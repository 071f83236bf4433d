import { isYouthAudience, type TLocale } from '@duiding/survey/client';
import { I18nProvider, readServerError, useDocumentTitle } from '@duiding/ui';
import { Suspense, useEffect, useMemo, useReducer, useRef } from 'react';
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
import { CollectionEntry, preloadLandingPages } from './collection-entry';
import { applyTheme } from './collection-theme';
import { currentStep, draftOf, flowReducer, flowSteps, submitInput } from './flow/flow';
import { parseSnapshot, storageKey } from './flow/session-store';
import { startFlow } from './flow/start';
import { useFocusRequest } from './focus';
import { honeypotValue } from './honeypot-field';
import { chooseLocale } from './i18n/locale';
import { serverText } from './i18n/server-text';
import { loadTexts, translate } from './i18n/texts';
import { TextProvider, useShownLanguage } from './i18n/use-text';
import { onDemand } from './on-demand';
import { fetchOpenCollection } from './open-collection';
import { displayCode } from './participant-code';
import { backgroundProofOfWork, withProofOfWork } from './proof-of-work';
import { randomId } from './random-id';
import { CodeProblem } from './screens/code-problem';
import { LanguageSwitch } from './screens/language-switch';
import { ForgetScreen, SavedScreen, ThanksScreen } from './screens/pages';
import { StepForm } from './screens/step-form';
import { SiteHeader } from './site-header';
import { submitWithReservedCode } from './submit-with-code';

// Pages few people open come in chunks of their own, when opened.
export const ResumeScreen = onDemand(() =>
  import('./screens/resume-screen').then((m) => m.ResumeScreen),
);
export const WithdrawScreen = onDemand(() =>
  import('./screens/withdraw-screen').then((m) => m.WithdrawScreen),
);

/** The words of the page before a questionnaire is there: the browser's language. */
const browserLocale = (): TLocale =>
  navigator.language?.toLowerCase().startsWith('en') ? 'en' : 'nl';

/** What a collection's address needs before its first screen: the collection and its words. */
export async function loadCollection(address: {
  slug?: string;
  landing: boolean;
}): Promise<TOpenedCollection> {
  // The landing page's chunk and the English texts (for a reader who likely wants them)
  // come alongside the collection, not after it.
  const landingPages = address.landing ? preloadLandingPages() : undefined;
  const lang = new URLSearchParams(window.location.search).get('lang');
  if ((lang ?? browserLocale()).toLowerCase().startsWith('en')) {
    loadTexts('en', 'general').catch(() => {});
  }
  const open = await fetchOpenCollection(address.slug);
  applyTheme(open.theme);
  const languages = open.status === 'open' ? open.framework.languages : open.collection.languages;
  await Promise.all([
    loadTexts(startLocale(window.location.href, languages, open.collection.id), 'general'),
    open.status !== 'open' ? preloadLandingPages() : landingPages,
  ]);
  return open;
}

/** The language the first screen will be in (as `startFlow` chooses it). */
function startLocale(url: string, available: readonly TLocale[], collectionId: string) {
  return chooseLocale({
    param:
      new URL(url).searchParams.get('lang') ??
      parseSnapshot(readStored(storageKey(collectionId)))?.locale,
    browserLanguages: navigator.languages ?? [navigator.language],
    available,
  });
}

/** When even the collection could not be fetched: say so, in the browser's language. */
export function LoadFailed({ error }: { error: unknown }) {
  const t = translate(browserLocale(), 'general');
  useDocumentTitle(t('failedTitle'));
  return (
    <main className="page">
      <h1>{t('failedTitle')}</h1>
      <div className="alert" role="alert">
        <p>{serverText(t, { locale: browserLocale(), audience: 'general' }, 'open', error)}</p>
      </div>
    </main>
  );
}

/** Fetches the failure's words first when the browser reads English. */
export const loadFailureTexts = () => loadTexts(browserLocale(), 'general');

/** A collection's address, once `loadCollection` has what its first screen needs. */
export function IntakeApp({
  address,
  open,
}: {
  address: { landing: boolean };
  open: TOpenedCollection;
}) {
  useEffect(() => {
    // Solved in the background while the person reads and writes, once the first screen
    // is up: its script and CPU come after what the person sees.
    if (open.status !== 'open') return;
    const start = () => proofOfWork.prepare();
    if ('requestIdleCallback' in window) window.requestIdleCallback(start, { timeout: 2000 });
    else setTimeout(start, 500);
  }, [open.status]);
  return (
    <CollectionEntry
      opened={open}
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
  // The words change once the texts of the new language or audience are here.
  const shown = useShownLanguage(state.locale, audience);
  const t = useMemo(() => translate(shown.locale, shown.audience), [shown]);

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
          message: serverText(t, shown, 'send', error),
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
        dispatch({ type: 'saveFailed', message: serverText(t, shown, 'save', error) }),
      );
  }, [state.busy, codes, collection.id]);

  const steps = flowSteps(framework, state);
  const step = currentStep(framework, state);
  const { place } = state;
  const pageName =
    'page' in place
      ? {
          thanks: t('thanksTitle'),
          saved: t('savedTitle'),
          resume: t('resume'),
          withdraw: t('withdraw'),
          forget: t('forgetTitle'),
        }[place.page]
      : t('step', { n: steps.findIndex((s) => s.key === place.step) + 1, total: steps.length });
  useDocumentTitle(`${pageName} – ${collection.title}`, shown.locale);

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
    <I18nProvider locale={shown.locale} audience={shown.audience}>
      <TextProvider locale={shown.locale} audience={shown.audience}>
        <SiteHeader title={collection.title} theme={open.theme}>
          <LanguageSwitch
            locale={shown.locale}
            available={framework.languages}
            onChange={(locale: TLocale) => dispatch({ type: 'setLocale', locale })}
          />
        </SiteHeader>
        <main className="page">
          <Suspense fallback={<p role="status">{t('loadingPage')}</p>}>{screen}</Suspense>
        </main>
      </TextProvider>
    </I18nProvider>
  );
}
