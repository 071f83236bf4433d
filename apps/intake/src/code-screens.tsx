import { ErrorSummary, readServerError } from '@duiding/ui';
import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { formatDay, type TCodeServer } from './participant-code';

export const CODE_INPUT_ID = 'code-invoer';

const NO_ERRORS: never[] = [];

/** A problem the intake itself finds with a code (not the server), shown as it is. */
export class CodeProblem extends Error {}

const problemMessage = (failure: unknown) =>
  failure instanceof CodeProblem ? failure.message : readServerError(failure).message;

/** Moves focus to the heading of a part that just appeared, so a screen reader starts there. */
function useFocusOnShow<T extends HTMLElement>(key: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [key]);
  return ref;
}

function BackButton({ onBack }: { onBack: () => void }) {
  return (
    <button type="button" className="button-link" onClick={onBack}>
      ← Terug naar het begin
    </button>
  );
}

/** A form that asks for the personal code; errors land in a focused alert with a link. */
function CodeForm({
  submitLabel,
  busyLabel,
  errorTitle,
  onCode,
  children,
}: {
  submitLabel: string;
  busyLabel: string;
  errorTitle: string;
  onCode: (code: string) => Promise<void>;
  children?: ReactNode;
}) {
  const [code, setCode] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  // The summary takes focus whenever its list changes, so the list must change only with
  // the error, not on every keystroke.
  const errorLinks = useMemo(
    () => (error ? [{ target: CODE_INPUT_ID, message: error }] : []),
    [error],
  );
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (busy) return;
        if (code.trim() === '') {
          setError('Vul je persoonlijke code in.');
          return;
        }
        setBusy(true);
        setError(undefined);
        onCode(code)
          .catch((failure: unknown) => setError(problemMessage(failure)))
          .finally(() => setBusy(false));
      }}
    >
      <ErrorSummary title={errorTitle} errors={errorLinks} />
      {children}
      <div className={`field${error ? ' has-error' : ''}`}>
        <label className="field-label" htmlFor={CODE_INPUT_ID}>
          Je persoonlijke code
        </label>
        <p id={`${CODE_INPUT_ID}-hint`} className="field-help">
          Bijvoorbeeld K7QP-MW3D-9XRT. Streepjes en hoofdletters mogen, maar hoeven niet.
        </p>
        {error && (
          <p id={`${CODE_INPUT_ID}-error`} className="field-error">
            <span className="visually-hidden">Fout: </span>
            {error}
          </p>
        )}
        <input
          id={CODE_INPUT_ID}
          type="text"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={40}
          value={code}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${CODE_INPUT_ID}-hint${error ? ` ${CODE_INPUT_ID}-error` : ''}`}
          onChange={(event) => setCode(event.currentTarget.value)}
        />
      </div>
      <div className="actions">
        <button type="submit" className="button" aria-disabled={busy || undefined}>
          {busy ? busyLabel : submitLabel}
        </button>
      </div>
    </form>
  );
}

/** "Verder met je code": loads the saved draft; the intake then continues where it was. */
export function ResumeScreen({
  server,
  onLoaded,
  onBack,
}: {
  server: TCodeServer;
  /** Gets the draft; may throw a CodeProblem, whose message is shown (e.g. another collection). */
  onLoaded: (code: string, loaded: Awaited<ReturnType<TCodeServer['loadDraft']>>) => void;
  onBack: () => void;
}) {
  return (
    <>
      <BackButton onBack={onBack} />
      <h1>Verder met je code</h1>
      <p>
        Heb je eerder een verhaal bewaard om later verder te schrijven? Vul de code in die je toen
        kreeg. Een bewaard verhaal blijft 30 dagen staan.
      </p>
      <CodeForm
        submitLabel="Verder schrijven"
        busyLabel="Bezig met ophalen…"
        errorTitle="Ophalen is niet gelukt"
        onCode={async (code) => {
          const loaded = await server.loadDraft({ code });
          onLoaded(code, loaded);
        }}
      />
    </>
  );
}

/** With two or more stories under a code: all of them, or one. */
function WhichStories({
  stories,
  choice,
  onChoose,
}: {
  stories: { id: string; title: string; createdOn: string }[];
  choice: string;
  onChoose: (choice: string) => void;
}) {
  const options = [
    { id: 'all', label: `Alle ${stories.length} verhalen onder deze code` },
    ...stories.map((story) => ({
      id: story.id,
      label: `Alleen "${story.title || 'Zonder titel'}", verteld op ${formatDay(story.createdOn)}`,
    })),
  ];
  return (
    <fieldset className="field">
      <legend className="field-label">Wat wil je terugtrekken?</legend>
      <div className="options">
        {options.map((option, index) => (
          <label
            key={option.id}
            className="option"
            htmlFor={index === 0 ? 'terugtrekken-keuze' : `terugtrekken-keuze-${index}`}
          >
            <input
              id={index === 0 ? 'terugtrekken-keuze' : `terugtrekken-keuze-${index}`}
              type="radio"
              name="terugtrekken-keuze"
              value={option.id}
              checked={choice === option.id}
              onChange={() => onChoose(option.id)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

type TWithdrawPhase =
  | { key: 'code' }
  | {
      key: 'confirm';
      code: string;
      stories: { id: string; title: string; createdOn: string }[];
      withdrawnCount: number;
      hasDraft: boolean;
      /** `all`, or the id of the one story to withdraw (a choice only with two or more). */
      choice: string;
    }
  | { key: 'done'; withdrawn: number; onlyTitle?: string };

/**
 * "Verhaal terugtrekken": the code shows which stories it holds; after a confirmation they
 * are withdrawn. Nothing of their text or answers is kept (the server blanks them).
 */
export function WithdrawScreen({
  server,
  onWithdrawn,
  onBack,
}: {
  server: TCodeServer;
  onWithdrawn: (code: string) => void;
  onBack: () => void;
}) {
  const [phase, setPhase] = useState<TWithdrawPhase>({ key: 'code' });
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const headingRef = useFocusOnShow<HTMLHeadingElement>(phase.key === 'code' ? null : phase.key);

  if (phase.key === 'done' && phase.onlyTitle !== undefined) {
    return (
      <>
        <h1 ref={headingRef} tabIndex={-1}>
          Je verhaal is teruggetrokken
        </h1>
        <p>
          <strong>"{phase.onlyTitle || 'Zonder titel'}"</strong> is teruggetrokken. Niemand kan het
          nog lezen, en het telt niet mee in het onderzoek. Je andere verhalen blijven staan.
        </p>
        <div className="actions">
          <button type="button" className="button" onClick={onBack}>
            Terug naar het begin
          </button>
        </div>
      </>
    );
  }

  if (phase.key === 'done') {
    return (
      <>
        <h1 ref={headingRef} tabIndex={-1}>
          Je verhalen zijn teruggetrokken
        </h1>
        <p>
          {phase.withdrawn === 1
            ? '1 verhaal is teruggetrokken.'
            : `${phase.withdrawn} verhalen zijn teruggetrokken.`}{' '}
          Niemand kan ze nog lezen, en ze tellen niet mee in het onderzoek.
        </p>
        <div className="actions">
          <button type="button" className="button" onClick={onBack}>
            Terug naar het begin
          </button>
        </div>
      </>
    );
  }

  if (phase.key === 'confirm') {
    const nothing = phase.stories.length === 0 && !phase.hasDraft;
    const several = phase.stories.length > 1;
    const only = phase.stories.find((story) => story.id === phase.choice);
    const confirm = async () => {
      if (busy) return;
      setBusy(true);
      setError(undefined);
      try {
        if (only) {
          const { withdrawn } = await server.withdraw({ code: phase.code, storyId: only.id });
          setPhase({ key: 'done', withdrawn, onlyTitle: only.title });
          return;
        }
        const { withdrawn } = await server.withdraw({ code: phase.code });
        onWithdrawn(phase.code);
        setPhase({ key: 'done', withdrawn });
      } catch (failure) {
        setError(readServerError(failure).message);
      } finally {
        setBusy(false);
      }
    };
    return (
      <>
        <BackButton onBack={onBack} />
        <h1 ref={headingRef} tabIndex={-1}>
          Verhaal terugtrekken
        </h1>
        <ErrorSummary title="Terugtrekken is niet gelukt" errors={NO_ERRORS} message={error} />
        {several ? (
          <WhichStories
            stories={phase.stories}
            choice={phase.choice}
            onChoose={(choice) => setPhase({ ...phase, choice })}
          />
        ) : phase.stories.length > 0 ? (
          <>
            <p>Onder deze code staan deze verhalen:</p>
            <ul className="story-list" aria-label="Jouw verhalen">
              {phase.stories.map((story, index) => (
                // Titles may repeat; the list never changes while it is shown.
                <li key={index}>
                  <strong>{story.title || 'Zonder titel'}</strong>, verteld op{' '}
                  {formatDay(story.createdOn)}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>Onder deze code staan geen verhalen meer.</p>
        )}
        {phase.hasDraft && <p>Er is ook een bewaard, nog niet verstuurd verhaal.</p>}
        {phase.withdrawnCount > 0 && (
          <p>
            {phase.withdrawnCount === 1
              ? '1 verhaal had je al eerder teruggetrokken.'
              : `${phase.withdrawnCount} verhalen had je al eerder teruggetrokken.`}
          </p>
        )}
        {!nothing && (
          <>
            <p>
              {only
                ? 'Als je het terugtrekt, wissen we de tekst en de antwoorden bij dit verhaal.'
                : 'Als je ze terugtrekt, wissen we de tekst en je antwoorden.'}{' '}
              Dat kan niet ongedaan worden gemaakt.
            </p>
            <div className="actions">
              <button
                id="bevestig-terugtrekken"
                type="button"
                className="button"
                aria-disabled={busy || undefined}
                onClick={() => void confirm()}
              >
                {busy
                  ? 'Bezig met terugtrekken…'
                  : only
                    ? 'Ja, trek dit verhaal terug'
                    : 'Ja, trek mijn verhalen terug'}
              </button>
              <button type="button" className="button button-secondary" onClick={onBack}>
                {only ? 'Nee, laat het staan' : 'Nee, laat ze staan'}
              </button>
            </div>
          </>
        )}
      </>
    );
  }

  return (
    <>
      <BackButton onBack={onBack} />
      <h1>Verhaal terugtrekken</h1>
      <p>
        Wil je niet meer dat je verhalen meetellen? Vul de code in die je kreeg toen je je eerste
        verhaal verstuurde of bewaarde. Je ziet eerst welke verhalen erbij horen.
      </p>
      <CodeForm
        submitLabel="Toon mijn verhalen"
        busyLabel="Bezig met zoeken…"
        errorTitle="Zoeken is niet gelukt"
        onCode={async (code) => {
          const mine = await server.myStories({ code });
          setPhase({ key: 'confirm', code, ...mine, choice: 'all' });
        }}
      />
    </>
  );
}
