import { isYouthAudience, type TAnswerError, type TFramework } from '@duiding/survey';
import { ErrorSummary, I18nProvider, readServerError } from '@duiding/ui';
import { useEffect, useRef, useState } from 'react';
import { api } from './api';
import { CodeProblem, ResumeScreen, WithdrawScreen } from './code-screens';
import { collectionFromAddress } from './collection-address';
import { CollectionEntry, type TOpenedCollection } from './collection-entry';
import { applyTheme, type TIntakeTheme } from './collection-theme';
import { HoneypotField, honeypotValue } from './honeypot-field';
import { IntakeStep } from './intake-step';
import { displayCode, type TCodeServer, type TIntakeDraft } from './participant-code';
import { ParticipantCodeBox } from './participant-code-box';
import { backgroundProofOfWork, type TProofOfWork, withProofOfWork } from './proof-of-work';
import { randomId } from './random-id';
import { SiteHeader } from './site-header';
import {
  answersToSend,
  errorLink,
  intakeSteps,
  stepErrors,
  stepKeyOf,
  type TIntakeState,
  type TStep,
} from './steps';
import { submitWithReservedCode } from './submit-with-code';

export interface TOpenCollection {
  collection: { id: string; slug: string; title: string };
  framework: TFramework;
  theme?: TIntakeTheme | null;
}

type TLoad =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | { status: 'ready'; open: TOpenedCollection };

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
        <p role="status">Even geduld, de vragenlijst wordt geladen…</p>
      </main>
    );
  }
  if (load.status === 'failed') {
    return (
      <main className="page">
        <h1>Vertellen kan nu niet</h1>
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
    />
  );
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

const noCodeServer: TCodeServer = {
  saveDraft: () => Promise.reject(new Error('no server')),
  loadDraft: () => Promise.reject(new Error('no server')),
  myStories: () => Promise.reject(new Error('no server')),
  withdraw: () => Promise.reject(new Error('no server')),
};

export interface TSubmitInput {
  clientId: string;
  collectionId: string;
  participant: { clientId: string; answers: Record<string, unknown> };
  story: { promptId: string; title: string; text: string; language: 'nl' | 'en' };
  answers: Record<string, unknown>;
  /** The participant's code from an earlier story or a saved draft, or one just reserved. */
  participantCode?: string;
  /** With a code just reserved: the server's ticket for it (see submit-with-code). */
  codeTicket?: string;
  proofOfWork?: TProofOfWork;
  /** The honeypot's content; people leave it empty. */
  website?: string;
}

export interface TSubmitResult {
  storyId: string;
  duplicate: boolean;
  participantCode?: string;
}

/** What is on the page besides the screens of a story. */
type TView = 'flow' | 'resume' | 'withdraw' | 'saved';

const emptyStory = { promptId: '', title: '', text: '' };

/**
 * The intake of one open collection: welcome and consent, the participant questions once,
 * then per story the prompt, the story and its signifiers, one screen each.
 */
export function Intake({
  open,
  submit,
  codes = noCodeServer,
}: {
  open: TOpenCollection;
  submit: (input: TSubmitInput) => Promise<TSubmitResult>;
  codes?: TCodeServer;
}) {
  const { framework, collection } = open;
  const [state, setState] = useState<TIntakeState>({
    consent: false,
    participantAnswers: {},
    story: emptyStory,
    answers: {},
  });
  const [participantClientId, setParticipantClientId] = useState(randomId);
  // The personal code lives in memory only, never in localStorage or a cookie: on a phone
  // shared in a family, the next person must not find it (and with it, withdraw the stories).
  const [participantCode, setParticipantCode] = useState<string>();
  const [view, setView] = useState<TView>('flow');
  const [saving, setSaving] = useState(false);
  const [failureTitle, setFailureTitle] = useState('Versturen is niet gelukt');
  // One id per story, made before the first try: a retried submit stores the story once.
  const [storyClientId, setStoryClientId] = useState(randomId);
  const [firstStory, setFirstStory] = useState(true);
  const [stepKey, setStepKey] = useState<TStep['key'] | 'thanks'>('welcome');
  const [errors, setErrors] = useState<TAnswerError[]>([]);
  const [pageMessage, setPageMessage] = useState<string>();
  const [submitting, setSubmitting] = useState(false);
  const [savedTitle, setSavedTitle] = useState('');
  const [audienceChoice, setAudienceChoice] = useState<'general' | 'youth'>();

  const steps = intakeSteps(framework, state, { firstStory });
  const index = steps.findIndex((s) => s.key === stepKey);
  const step = steps[index];
  const youthByAnswer = isYouthAudience(framework, state.participantAnswers);
  const audience = audienceChoice ?? (youthByAnswer ? 'youth' : 'general');
  const hasErrors = errors.length > 0 || pageMessage !== undefined;
  // The page opens at its top as any page does; only later screens take focus.
  const firstScreen = useRef(true);

  // Each new screen starts at its heading, so a screen reader and Tab begin at the top.
  useEffect(() => {
    const screen =
      view === 'resume'
        ? 'Verder met je code'
        : view === 'withdraw'
          ? 'Verhaal terugtrekken'
          : view === 'saved'
            ? 'Je verhaal is bewaard'
            : stepKey === 'thanks'
              ? 'Dank je wel'
              : `Stap ${index + 1} van ${steps.length}`;
    document.title = `${screen} – ${collection.title}`;
    if (firstScreen.current || hasErrors) {
      firstScreen.current = false;
      return;
    }
    const heading = document.querySelector<HTMLElement>('main h1');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
    // Only a change of screen moves focus, not typing on it.
  }, [stepKey, view]);

  const goTo = (key: TStep['key'] | 'thanks') => {
    setErrors([]);
    setPageMessage(undefined);
    setStepKey(key);
    setView('flow');
    window.scrollTo?.(0, 0);
  };

  const showView = (next: TView) => {
    setErrors([]);
    setPageMessage(undefined);
    setView(next);
    window.scrollTo?.(0, 0);
  };

  const currentDraft = (): TIntakeDraft => ({
    participantAnswers: defined(state.participantAnswers),
    story: {
      ...(state.story.promptId ? { promptId: state.story.promptId } : {}),
      title: state.story.title,
      text: state.story.text,
      language: 'nl',
    },
    answers: defined(state.answers),
    step: stepKey,
  });

  const onSaveDraft = async () => {
    if (saving) return;
    setSaving(true);
    setPageMessage(undefined);
    try {
      const { code } = await codes.saveDraft({
        ...(participantCode ? { code: participantCode } : {}),
        collectionId: collection.id,
        draft: currentDraft(),
      });
      setParticipantCode(code);
      showView('saved');
    } catch (error) {
      setErrors([]);
      setFailureTitle('Bewaren is niet gelukt');
      setPageMessage(readServerError(error).message);
    } finally {
      setSaving(false);
    }
  };

  const onDraftLoaded = (code: string, loaded: Awaited<ReturnType<TCodeServer['loadDraft']>>) => {
    if (loaded.collectionId !== collection.id) {
      throw new CodeProblem(
        'Dit bewaarde verhaal hoort bij een ander onderzoek. Open de link van dat onderzoek.',
      );
    }
    const { draft } = loaded;
    const resumed: TIntakeState = {
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
    setState(resumed);
    setParticipantCode(displayCode(code));
    // A new session for this participant: the server finds them by their code.
    setParticipantClientId(randomId());
    setStoryClientId(randomId());
    setFirstStory(true);
    const resumedSteps = intakeSteps(framework, resumed, { firstStory: true });
    goTo(resumedSteps.some((s) => s.key === draft.step) ? (draft.step as TStep['key']) : 'prompt');
  };

  const onSubmitStory = async () => {
    setSubmitting(true);
    setPageMessage(undefined);
    setFailureTitle('Versturen is niet gelukt');
    try {
      const result = await submit({
        clientId: storyClientId,
        collectionId: collection.id,
        participant: {
          clientId: participantClientId,
          answers: Object.fromEntries(
            Object.entries(state.participantAnswers).filter(([, v]) => v !== undefined),
          ),
        },
        story: {
          promptId: state.story.promptId,
          title: state.story.title.trim(),
          text: state.story.text.trim(),
          language: 'nl',
        },
        answers: answersToSend(framework, state),
        ...(participantCode ? { participantCode } : {}),
      });
      if (result.participantCode) setParticipantCode(result.participantCode);
      setSavedTitle(state.story.title.trim());
      goTo('thanks');
    } catch (error) {
      const problem = readServerError(error);
      const firstWithError = steps.find((s) =>
        problem.answerErrors.some((e) => stepKeyOf(framework, e.question) === s.key),
      );
      if (firstWithError) {
        setStepKey(firstWithError.key);
        setErrors(
          problem.answerErrors.filter(
            (e) => stepKeyOf(framework, e.question) === firstWithError.key,
          ),
        );
      } else {
        setErrors([]);
        setPageMessage([problem.message, ...problem.answerErrors.map((e) => e.message)].join(' '));
      }
    } finally {
      setSubmitting(false);
    }
  };

  const onNext = () => {
    if (!step || submitting) return;
    const found = stepErrors(framework, state, step);
    if (found.length > 0) {
      setPageMessage(undefined);
      setErrors(found);
      return;
    }
    const next = steps[index + 1];
    if (next) goTo(next.key);
    else void onSubmitStory();
  };

  const tellAnother = () => {
    setState((s) => ({ ...s, story: emptyStory, answers: {} }));
    setStoryClientId(randomId());
    setFirstStory(false);
    setSavedTitle('');
    goTo('prompt');
  };

  const update = (change: (s: TIntakeState) => TIntakeState, questionId: string) => {
    setState(change);
    setErrors((list) => list.filter((e) => !e.question.endsWith(questionId)));
  };

  return (
    <I18nProvider locale="nl" audience={audience}>
      <SiteHeader title={collection.title} theme={open.theme} />
      <main className="page">
        {view === 'resume' ? (
          <ResumeScreen server={codes} onLoaded={onDraftLoaded} onBack={() => goTo('welcome')} />
        ) : view === 'withdraw' ? (
          <WithdrawScreen
            server={codes}
            onWithdrawn={(code) => {
              if (participantCode && displayCode(code) === participantCode) {
                setParticipantCode(undefined);
              }
            }}
            onBack={() => goTo(firstStory ? 'welcome' : 'prompt')}
          />
        ) : view === 'saved' && participantCode ? (
          <section aria-labelledby="bewaard">
            <h1 id="bewaard">Je verhaal is bewaard</h1>
            <p>
              Je kunt nu stoppen. Wil je later verder? Kies dan op de eerste pagina "Verder met je
              code" en vul deze code in. We bewaren je verhaal 30 dagen.
            </p>
            <ParticipantCodeBox code={participantCode} />
            <div className="actions">
              <button type="button" className="button" onClick={() => goTo(stepKey)}>
                Nu verder schrijven
              </button>
            </div>
          </section>
        ) : stepKey === 'thanks' || !step ? (
          <section className="notice success" aria-labelledby="bedankt">
            <h1 id="bedankt">Dank je wel!</h1>
            <p>
              Je verhaal {savedTitle && <strong>"{savedTitle}"</strong>} is goed ontvangen en
              bewaard.
            </p>
            {participantCode && <ParticipantCodeBox code={participantCode} />}
            <p>Heb je nog een ervaring? Je mag meer verhalen vertellen.</p>
            <div className="actions">
              <button type="button" className="button" onClick={tellAnother}>
                Nog een verhaal vertellen
              </button>
            </div>
          </section>
        ) : (
          <>
            {index > 0 && (
              <button
                type="button"
                className="button-link"
                onClick={() => goTo(steps[index - 1]!.key)}
              >
                ← Vorige stap
              </button>
            )}
            <p className="progress">
              Stap {index + 1} van {steps.length}
            </p>
            {youthByAnswer && (
              <p className="notice">
                {audience === 'youth'
                  ? 'Je ziet nu de vragen in makkelijke woorden, voor jongeren. '
                  : 'Je ziet nu de gewone vragen. '}
                <button
                  type="button"
                  className="button-link"
                  onClick={() => setAudienceChoice(audience === 'youth' ? 'general' : 'youth')}
                >
                  {audience === 'youth' ? 'Toon de gewone vragen' : 'Toon de vragen voor jongeren'}
                </button>
              </p>
            )}
            <form
              noValidate
              onSubmit={(event) => {
                event.preventDefault();
                onNext();
              }}
            >
              <ErrorSummary
                title={errors.length > 0 ? 'Er is iets niet goed ingevuld' : failureTitle}
                errors={errors.map(errorLink(framework))}
                message={pageMessage}
              />
              <HoneypotField />
              <IntakeStep
                step={step}
                framework={framework}
                state={state}
                errors={errors}
                update={update}
              />
              <div className="actions">
                <button type="submit" className="button" aria-disabled={submitting || undefined}>
                  {index + 1 < steps.length
                    ? 'Volgende'
                    : submitting
                      ? 'Bezig met versturen…'
                      : 'Verstuur je verhaal'}
                </button>
                {(step.key === 'story' || step.key.startsWith('q:')) && (
                  <button
                    id="bewaar-concept"
                    type="button"
                    className="button button-secondary"
                    aria-disabled={saving || undefined}
                    onClick={() => void onSaveDraft()}
                  >
                    {saving ? 'Bezig met bewaren…' : 'Bewaren en later verder'}
                  </button>
                )}
              </div>
            </form>
            {step.key === 'welcome' && firstStory && (
              <section className="notice" aria-labelledby="al-meegedaan">
                <h2 id="al-meegedaan">Al eerder meegedaan?</h2>
                <p>Met je persoonlijke code kun je verder schrijven of je verhalen terugtrekken.</p>
                <div className="actions">
                  <button
                    id="verder-met-code"
                    type="button"
                    className="button button-secondary"
                    onClick={() => showView('resume')}
                  >
                    Verder met je code
                  </button>
                  <button
                    id="verhaal-terugtrekken"
                    type="button"
                    className="button button-secondary"
                    onClick={() => showView('withdraw')}
                  >
                    Verhaal terugtrekken
                  </button>
                </div>
              </section>
            )}
          </>
        )}
      </main>
    </I18nProvider>
  );
}

function defined(answers: Record<string, unknown>) {
  return Object.fromEntries(Object.entries(answers).filter(([, v]) => v !== undefined));
}
