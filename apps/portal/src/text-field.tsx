import { FieldError, idList } from '@duiding/ui';
import type { ReactNode } from 'react';

/**
 * One labelled input with its error beside it, as every portal form draws it: the error
 * is read with the input (aria-describedby) and the input says it is invalid.
 */
export function TextField({
  id,
  label,
  value,
  onChange,
  type = 'text',
  autoComplete,
  error,
  hint,
  multiline,
  inputMode,
  className,
  children,
}: {
  id: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'password' | 'url' | 'tel' | 'datetime-local';
  autoComplete?: string;
  error?: string | undefined;
  /** A line under the label that says what to fill in. */
  hint?: string | undefined;
  /** A text area of that many rows instead of one line. */
  multiline?: number | undefined;
  inputMode?: 'numeric' | 'decimal' | undefined;
  className?: string | undefined;
  /** Shown after the input, inside the field (a colour swatch, a button). */
  children?: ReactNode;
}) {
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const common = {
    id,
    value,
    className,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': idList(hint && hintId, error && errorId),
  };
  return (
    <div className={`field${error ? ' has-error' : ''}`}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p id={hintId} className="field-help">
          {hint}
        </p>
      )}
      <FieldError id={errorId} message={error} />
      {multiline ? (
        <textarea
          {...common}
          rows={multiline}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      ) : (
        <input
          {...common}
          type={type}
          autoComplete={autoComplete}
          inputMode={inputMode}
          className={className ?? (type === 'datetime-local' ? 'input-date' : undefined)}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      )}
      {children}
    </div>
  );
}
