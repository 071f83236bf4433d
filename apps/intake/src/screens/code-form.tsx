import { ErrorSummary, FieldError } from '@duiding/ui';
import { type ReactNode, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { type TServerCall, useServerText } from '../i18n/server-text';
import { useText } from '../i18n/use-text';
import { CodeProblem } from './code-problem';

export const CODE_INPUT_ID = 'code-invoer';

export { CodeProblem };

/**
 * The focus rule of the intake for a part that appears within a page (the stories of a code,
 * the confirmation): its heading takes focus when it appears, not on later renders.
 */
export function useFocusOnShow<T extends HTMLElement>(key: unknown) {
  const ref = useRef<T>(null);
  // In the commit that shows the part, as useFocusRequest does.
  useLayoutEffect(() => {
    ref.current?.focus();
  }, [key]);
  return ref;
}

export function BackButton({ onBack }: { onBack: () => void }) {
  const t = useText();
  return (
    <button type="button" className="button-link" onClick={onBack}>
      {t('backToStart')}
    </button>
  );
}

/** A form that asks for the personal code; errors land in a focused alert with a link. */
export function CodeForm({
  submitLabel,
  busyLabel,
  errorTitle,
  call,
  onCode,
  children,
}: {
  submitLabel: string;
  busyLabel: string;
  errorTitle: string;
  /** Which call the code goes to, for the words of its failures. */
  call: TServerCall;
  onCode: (code: string) => Promise<void>;
  children?: ReactNode;
}) {
  const t = useText();
  const serverText = useServerText();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  // The summary takes focus whenever its list changes, so the list must change only with
  // the error (which comes only from a press of the button), not on every keystroke.
  const errorLinks = useMemo(
    () => (error ? [{ target: CODE_INPUT_ID, message: `${t('codeLabel')}: ${error}` }] : []),
    [error, t],
  );
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (busy) return;
        if (code.trim() === '') {
          setError(t('codeRequired'));
          return;
        }
        setBusy(true);
        setError(undefined);
        onCode(code)
          .catch((failure: unknown) =>
            setError(failure instanceof CodeProblem ? failure.message : serverText(call, failure)),
          )
          .finally(() => setBusy(false));
      }}
    >
      <ErrorSummary title={errorTitle} errors={errorLinks} />
      {children}
      <div className={`field${error ? ' has-error' : ''}`}>
        <label className="field-label" htmlFor={CODE_INPUT_ID}>
          {t('codeLabel')}
        </label>
        <p id={`${CODE_INPUT_ID}-hint`} className="field-help">
          {t('codeHint')}
        </p>
        <FieldError id={`${CODE_INPUT_ID}-error`} message={error} />
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
