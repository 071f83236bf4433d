import { localize, type TQuestion } from '@duiding/survey/client';
import {
  ErrorSummary,
  I18nProvider,
  QuestionField,
  questionInputId,
  readServerError,
} from '@duiding/ui';
import { type FormEvent, useCallback, useEffect, useReducer, useRef } from 'react';
import { answerReducer, checkAnswers, errorLinks } from '../answer-flow';
import { api } from '../api';
import { readLastProfile, readWave, saveLastProfile, updateWave } from '../browser-store';
import { routeHash } from '../route';
import { formatDate, Loading, PanelPage, ProblemPage } from './layout';

const REFUSAL_TITLES: Record<string, string> = {
  UNAUTHORIZED: 'Deze link werkt niet',
  NOT_FOUND: 'Deze ronde is niet voor jou',
  CONFLICT: 'Al beantwoord',
  COLLECTION_CLOSED: 'Deze ronde is gesloten',
  COLLECTION_NOT_OPEN: 'Deze ronde is nog niet begonnen',
  BAD_INPUT: 'Deze link werkt niet',
  RATE_LIMITED: 'Even wachten',
};

/**
 * Answering one wave. The answer token is fetched through the personal link with the first
 * answer (so fetching and spending lie minutes apart, and a glance at the link on one device
 * does not bind the wave to it); the answer goes without the link.
 */
export function WavePage({ token, collectionId }: { token: string; collectionId: string }) {
  const [state, dispatch] = useReducer(answerReducer, { kind: 'loading' });
  const home = routeHash({ page: 'home', token });
  const publicKey = useRef<string | null>(null);
  const signing = useRef<Promise<void> | null>(null);

  /** This browser's answer token, fetched once (a reload mid-signing asks for the same). */
  const ensureToken = useCallback((): Promise<void> => {
    if (readWave(collectionId).token) return Promise.resolve();
    signing.current ??= (async () => {
      const key = publicKey.current;
      if (!key) throw new Error('De vragenlijst is nog niet geladen.');
      // Loaded only here: the blind-signature code is most of the panel's bytes.
      const { blindAnswerToken, finishAnswerToken } = await import('../blind-token');
      const pending = readWave(collectionId).pending ?? (await blindAnswerToken(key));
      updateWave(collectionId, { pending });
      const { blindSignature } = await api.panel.issueToken.mutate({
        token,
        collectionId,
        blindedMessage: pending.blindedMessage,
      });
      const answerToken = await finishAnswerToken(key, pending, blindSignature);
      updateWave(collectionId, { token: answerToken, pending: undefined });
    })().catch((error: unknown) => {
      signing.current = null;
      throw error;
    });
    return signing.current;
  }, [token, collectionId]);

  useEffect(() => {
    let live = true;
    const refuse = (error: unknown) => {
      const { appCode, message } = readServerError(error);
      if (live)
        dispatch({
          type: 'refused',
          title: REFUSAL_TITLES[appCode ?? ''] ?? 'Er ging iets mis',
          message,
          unknownLink: appCode === 'UNAUTHORIZED' || appCode === 'BAD_INPUT',
        });
    };
    const kept = readWave(collectionId);
    if (kept.sent) {
      dispatch({
        type: 'refused',
        title: 'Al beantwoord',
        message: 'Je hebt deze ronde al beantwoord in deze browser. Bedankt!',
      });
      return;
    }
    const open = async () => {
      const wave = await api.panel.wave.mutate({ token, collectionId });
      if (!kept.token) {
        if (wave.paused) {
          dispatch({
            type: 'refused',
            title: 'Je deelname staat op pauze',
            message:
              'Zolang je deelname op pauze staat, kun je niet antwoorden. Zet hem weer aan op je persoonlijke pagina, onder "Jouw gegevens", en open deze link daarna opnieuw.',
          });
          return;
        }
        if (wave.tokenIssued && !kept.pending) {
          dispatch({
            type: 'refused',
            title: 'Begonnen in een andere browser',
            message:
              'Je bent deze ronde in een andere browser of op een ander apparaat begonnen. Maak hem daar af: per uitnodiging kan één keer geantwoord worden, en de sleutel daarvoor staat alleen in die browser.',
          });
          return;
        }
      }
      publicKey.current = wave.publicKey;
      // A signing cut off by a reload is finished now, with the same blinded key.
      if (!kept.token && kept.pending) await ensureToken();
      if (live)
        dispatch({
          type: 'loaded',
          framework: wave.framework,
          title: wave.title,
          closesAt: wave.closesAt,
          values: kept.draft ?? { profile: readLastProfile(), answers: {} },
        });
    };
    // A failed signing or a lost connection while fetching the token says so, too.
    open().catch(refuse);
    return () => {
      live = false;
    };
  }, [token, collectionId, ensureToken]);

  const summaryFocus = state.kind === 'form' ? state.summaryFocus : 0;
  useEffect(() => {
    if (summaryFocus > 0) document.querySelector<HTMLElement>('main [role="alert"]')?.focus();
  }, [summaryFocus]);

  if (state.kind === 'loading') return <Loading what="De vragenlijst" />;
  if (state.kind === 'refused')
    return (
      <ProblemPage
        title={state.title}
        message={state.message}
        homeHref={state.unknownLink ? undefined : home}
      />
    );
  if (state.kind === 'done') {
    return (
      <PanelPage title="Bedankt voor je antwoord">
        <div className="notice success" role="status">
          <p>Je antwoord op {state.title} is opgeslagen, zonder iets dat naar jou verwijst.</p>
        </div>
        <p>
          Als de ronde gesloten is, zie je hier hoe collega’s antwoordden, met jouw antwoord erbij
          (dat staat alleen in deze browser).
        </p>
        <p>
          <a href={home}>Naar je persoonlijke pagina</a>
        </p>
      </PanelPage>
    );
  }

  const { framework, values } = state;
  const errorOf = (id: string) => state.errors.find((e) => e.question === id)?.message;
  const change = (field: 'profile' | 'answers', id: string, value: unknown) => {
    dispatch({ type: 'answer', field, id, value });
    const next = { ...values, [field]: { ...values[field], [id]: value } };
    updateWave(collectionId, { draft: next });
    // The first answer fetches the answer token; sending waits for it (and retries it).
    ensureToken().catch(() => {});
  };
  const field = (question: TQuestion, kind: 'profile' | 'answers') => (
    <QuestionField
      key={question.id}
      as="h2"
      question={question}
      value={values[kind][question.id]}
      error={errorOf(question.id)}
      onChange={(value) => change(kind, question.id, value)}
    />
  );
  const sections = [
    ...framework.sections.map((s) => ({ id: s.id, title: s.title.nl })),
    { id: '', title: 'Overige vragen' },
  ];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (state.submitting) return;
    const problems = checkAnswers(framework, values);
    if (problems.length > 0) {
      dispatch({ type: 'invalid', errors: problems });
      return;
    }
    dispatch({ type: 'submit' });
    try {
      await ensureToken();
    } catch (error) {
      dispatch({ type: 'failed', message: readServerError(error).message });
      return;
    }
    const kept = readWave(collectionId);
    if (!kept.token) {
      dispatch({
        type: 'failed',
        message: 'De antwoordsleutel ontbreekt in deze browser. Laad de pagina opnieuw.',
      });
      return;
    }
    try {
      await api.panel.submitAnswer.mutate({ collectionId, ...kept.token, ...values });
    } catch (error) {
      const problem = readServerError(error);
      if (problem.answerErrors.length > 0) {
        dispatch({ type: 'invalid', errors: problem.answerErrors });
        return;
      }
      // The token is spent, and only this browser had it: an earlier send arrived, but its
      // reply did not. The answer is in (as it was sent then); say thank you, as that send
      // would have, and stop the reminders.
      if (problem.appCode !== 'CONFLICT') {
        dispatch({ type: 'failed', message: problem.message });
        return;
      }
    }
    updateWave(collectionId, { sent: values, draft: undefined });
    saveLastProfile(values.profile);
    dispatch({ type: 'done' });
    // Stops the reminders; if it fails now, the personal page says it again later.
    api.panel.confirmAnswered.mutate({ token, collectionId }).then(
      () => updateWave(collectionId, { confirmed: true }),
      () => {},
    );
  };

  return (
    <I18nProvider locale="nl" audience="general">
      <PanelPage title={state.title}>
        {framework.intro && <p>{localize(framework.intro, { locale: 'nl' })}</p>}
        <p>
          Open tot {formatDate(state.closesAt)}. Wat je invult, wordt in deze browser bewaard: je
          kunt stoppen en later verdergaan.
        </p>
        <form onSubmit={submit} noValidate>
          <ErrorSummary
            errors={errorLinks(framework, state.errors, questionInputId)}
            message={state.message ?? undefined}
            focusOnChange={false}
          />
          <section aria-labelledby="over-jou">
            <h2 id="over-jou" className="panel-section">
              Over jou
            </h2>
            <p className="field-help">Alleen in grote groepen te zien, nooit met je naam.</p>
            {framework.participantQuestions.map((q) => field(q, 'profile'))}
          </section>
          {sections.map((section) => {
            const questions = framework.signifiers.filter((q) => (q.section ?? '') === section.id);
            if (questions.length === 0) return null;
            return (
              <section key={section.id || 'rest'} aria-labelledby={`deel-${section.id || 'rest'}`}>
                <h2 id={`deel-${section.id || 'rest'}`} className="panel-section">
                  {section.title}
                </h2>
                {questions.map((q) => field(q, 'answers'))}
              </section>
            );
          })}
          <div className="actions">
            <button type="submit" className="button" disabled={state.submitting}>
              {state.submitting ? 'Versturen…' : 'Antwoord versturen'}
            </button>
          </div>
        </form>
      </PanelPage>
    </I18nProvider>
  );
}
