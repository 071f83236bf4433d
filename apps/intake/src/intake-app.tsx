import { isYouthAudience, type TAnswerError, type TFramework } from '@duiding/survey';
import { ErrorSummary, I18nProvider, readServerError } from '@duiding/ui';
import { useEffect, useRef, useState } from 'react';
import { api } from './api';
import { IntakeStep } from './intake-step';
import { randomId } from './random-id';
import {
  answersToSend,
  errorLink,
  intakeSteps,
  stepErrors,
  stepKeyOf,
  type TIntakeState,
  type TStep,
} from './steps';

export interface TOpenCollection {
  collection: { id: string; slug: string; title: string };
  framework: TFramework;
}

type TLoad =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | { status: 'ready'; open: TOpenCollection };

/** Loads the open collection; `?collectie=slug` picks one, else the current public one. */
export function IntakeApp() {
  const [load, setLoad] = useState<TLoad>({ status: 'loading' });
  useEffect(() => {
    const slug = new URLSearchParams(window.location.search).get('collectie') ?? undefined;
    api.intake.openCollection
      .query(slug ? { slug } : {})
      .then((open) => setLoad({ status: 'ready', open }))
      .catch((error: unknown) =>
        setLoad({ status: 'failed', message: readServerError(error).message }),
      );
  }, []);

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
  return <Intake open={load.open} submit={(input) => api.intake.submitStory.mutate(input)} />;
}

export interface TSubmitInput {
  clientId: string;
  collectionId: string;
  participant: { clientId: string; answers: Record<string, unknown> };
  story: { promptId: string; title: string; text: string; language: 'nl' | 'en' };
  answers: Record<string, unknown>;
}

const emptyStory = { promptId: '', title: '', text: '' };

/**
 * The intake of one open collection: welcome and consent, the participant questions once,
 * then per story the prompt, the story and its signifiers, one screen each.
 */
export function Intake({
  open,
  submit,
}: {
  open: TOpenCollection;
  submit: (input: TSubmitInput) => Promise<{ storyId: string; duplicate: boolean }>;
}) {
  const { framework, collection } = open;
  const [state, setState] = useState<TIntakeState>({
    consent: false,
    participantAnswers: {},
    story: emptyStory,
    answers: {},
  });
  const [participantClientId] = useState(randomId);
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
    document.title = `${stepKey === 'thanks' ? 'Dank je wel' : `Stap ${index + 1} van ${steps.length}`} – ${collection.title}`;
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
  }, [stepKey]);

  const goTo = (key: TStep['key'] | 'thanks') => {
    setErrors([]);
    setPageMessage(undefined);
    setStepKey(key);
    window.scrollTo?.(0, 0);
  };

  const onSubmitStory = async () => {
    setSubmitting(true);
    setPageMessage(undefined);
    try {
      await submit({
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
      });
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
      <header className="site-header">
        <span className="site-name">{collection.title}</span>
      </header>
      <main className="page">
        {stepKey === 'thanks' || !step ? (
          <section className="notice success" aria-labelledby="bedankt">
            <h1 id="bedankt">Dank je wel!</h1>
            <p>
              Je verhaal {savedTitle && <strong>"{savedTitle}"</strong>} is goed ontvangen en
              bewaard.
            </p>
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
                title={
                  errors.length > 0 ? 'Er is iets niet goed ingevuld' : 'Versturen is niet gelukt'
                }
                errors={errors.map(errorLink(framework))}
                message={pageMessage}
              />
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
              </div>
            </form>
          </>
        )}
      </main>
    </I18nProvider>
  );
}
