import { ErrorSummary, readServerError } from '@duiding/ui';
import { type FormEvent, useEffect, useState } from 'react';
import { api, type THome } from '../api';
import { forgetEverything } from '../browser-store';
import { routeHash } from '../route';
import { failedState, Loading, PanelPage, ProblemPage } from './layout';

type TProfile = THome['member']['profile'];

const FIELDS: {
  id: keyof TProfile;
  label: string;
  type: 'text' | 'email';
  autoComplete: string;
}[] = [
  { id: 'name', label: 'Naam', type: 'text', autoComplete: 'name' },
  { id: 'email', label: 'E-mailadres', type: 'email', autoComplete: 'email' },
  { id: 'organisation', label: 'Organisatie', type: 'text', autoComplete: 'organization' },
  { id: 'municipality', label: 'Gemeente', type: 'text', autoComplete: 'off' },
  { id: 'role', label: 'Functie', type: 'text', autoComplete: 'organization-title' },
];

type TState =
  | { kind: 'loading' }
  | { kind: 'failed'; title: string; message: string }
  | { kind: 'ready'; status: THome['member']['status']; profile: TProfile }
  | { kind: 'left' };

/** The member's own data: change it, pause, or leave (which deletes it). */
export function ProfilePage({
  token,
  unsubscribe = false,
}: {
  token: string;
  unsubscribe?: boolean;
}) {
  const [state, setState] = useState<TState>({ kind: 'loading' });
  const [draft, setDraft] = useState<TProfile | null>(null);
  const [message, setMessage] = useState<{
    kind: 'error' | 'saved';
    text: string;
    errors: { target: string; message: string }[];
  } | null>(null);
  const [confirmLeave, setConfirmLeave] = useState(false);
  useEffect(() => {
    api.panel.home.mutate({ token }).then(
      (home) => {
        setState({ kind: 'ready', status: home.member.status, profile: home.member.profile });
        setDraft(home.member.profile);
      },
      (error: unknown) => setState(failedState(error)),
    );
  }, [token]);
  if (state.kind === 'loading') return <Loading what="Je gegevens" />;
  if (state.kind === 'failed') return <ProblemPage title={state.title} message={state.message} />;
  if (state.kind === 'left') {
    return (
      <PanelPage title="Je bent afgemeld">
        <div className="notice success" role="status">
          <p>
            Je naam, e-mailadres en andere gegevens zijn verwijderd. Je krijgt geen mail meer van
            het panel. Eerdere antwoorden blijven meetellen; ze waren nooit aan jou gekoppeld.
          </p>
        </div>
      </PanelPage>
    );
  }
  const home = routeHash({ page: 'home', token });
  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft) return;
    try {
      const { profile } = await api.panel.updateProfile.mutate({ token, profile: draft });
      setState({ ...state, profile });
      setMessage({ kind: 'saved', text: 'Je gegevens zijn opgeslagen.', errors: [] });
    } catch (error) {
      const problem = readServerError(error);
      setMessage({
        kind: 'error',
        text: problem.answerErrors.length ? '' : problem.message,
        errors: problem.answerErrors.map((e) => ({
          target: `profiel-${e.question.replace('profile.', '')}`,
          message: e.message,
        })),
      });
    }
  };
  const failed = (error: unknown) =>
    setMessage({ kind: 'error', text: readServerError(error).message, errors: [] });
  const setStatus = async (status: 'active' | 'paused') => {
    try {
      const result =
        status === 'paused'
          ? await api.panel.pause.mutate({ token })
          : await api.panel.resume.mutate({ token });
      setState({ ...state, status: result.status });
      setMessage({
        kind: 'saved',
        text:
          status === 'paused'
            ? 'Je deelname staat op pauze: je krijgt geen uitnodigingen.'
            : 'Je doet weer mee.',
        errors: [],
      });
    } catch (error) {
      failed(error);
    }
  };
  const leave = async () => {
    try {
      await api.panel.leave.mutate({ token });
    } catch (error) {
      setConfirmLeave(false);
      failed(error);
      return;
    }
    forgetEverything();
    setState({ kind: 'left' });
  };
  return (
    <PanelPage title={unsubscribe ? 'Geen mail meer' : 'Jouw gegevens'}>
      {message?.kind === 'saved' && (
        <div className="notice success" role="status">
          <p>{message.text}</p>
        </div>
      )}
      {message?.kind === 'error' && (
        <ErrorSummary
          title="Niet opgeslagen"
          errors={message.errors}
          message={message.text || undefined}
        />
      )}
      {!unsubscribe && draft && (
        <form onSubmit={save} noValidate>
          {FIELDS.map((field) => {
            const inputId = `profiel-${field.id}`;
            const error = message?.errors.find((e) => e.target === inputId)?.message;
            return (
              <div className={error ? 'field has-error' : 'field'} key={field.id}>
                <label className="field-label" htmlFor={inputId}>
                  {field.label}
                </label>
                {error && (
                  <p id={`${inputId}-fout`} className="field-error">
                    <span className="visually-hidden">Fout: </span>
                    {error}
                  </p>
                )}
                <input
                  id={inputId}
                  type={field.type}
                  autoComplete={field.autoComplete}
                  value={draft[field.id]}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${inputId}-fout` : undefined}
                  onChange={(e) => setDraft({ ...draft, [field.id]: e.target.value })}
                />
              </div>
            );
          })}
          <div className="actions">
            <button type="submit" className="button">
              Gegevens opslaan
            </button>
          </div>
        </form>
      )}
      <h2>Pauzeren</h2>
      <p>
        {state.status === 'paused'
          ? 'Je deelname staat op pauze. Je krijgt geen uitnodigingen en herinneringen.'
          : 'Even geen tijd? Pauzeer je deelname; je gegevens blijven bewaard.'}
      </p>
      <button
        type="button"
        className="button button-secondary"
        onClick={() => setStatus(state.status === 'paused' ? 'active' : 'paused')}
      >
        {state.status === 'paused' ? 'Weer meedoen' : 'Deelname pauzeren'}
      </button>
      <h2>Afmelden</h2>
      <p>
        Afmelden verwijdert je naam, e-mailadres, organisatie, gemeente en functie. Je antwoorden
        blijven meetellen, maar waren nooit aan jou gekoppeld.
      </p>
      {confirmLeave ? (
        <div className="alert" role="alert">
          <p>Weet je het zeker? Dit kan niet ongedaan worden.</p>
          <div className="actions">
            <button type="button" className="button" onClick={leave}>
              Ja, meld me af en verwijder mijn gegevens
            </button>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => setConfirmLeave(false)}
            >
              Nee, toch niet
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          className="button button-secondary"
          onClick={() => setConfirmLeave(true)}
        >
          Afmelden uit het panel
        </button>
      )}
      <p>
        <a href={home}>Naar je persoonlijke pagina</a>
      </p>
    </PanelPage>
  );
}
