import { useEffect, useRef } from 'react';

export interface TErrorLink {
  /** The id of the input to go to. */
  target: string;
  message: string;
}

/**
 * The list of problems at the top of a step. It takes focus when it appears or changes, so
 * a screen reader reads it and a keyboard user can follow a link straight to the input.
 * An app that moves focus itself (only when the person asks to go on, never while they
 * type) passes `focusOnChange={false}`.
 */
export function ErrorSummary({
  title = 'Er is iets niet goed ingevuld',
  errors,
  message,
  focusOnChange = true,
}: {
  title?: string;
  errors: TErrorLink[];
  message?: string | undefined;
  focusOnChange?: boolean;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusOnChange && (errors.length > 0 || message)) ref.current?.focus();
  }, [errors, message, focusOnChange]);
  if (errors.length === 0 && !message) return null;
  return (
    <div ref={ref} className="alert" role="alert" tabIndex={-1} aria-labelledby="fouten-titel">
      <h2 id="fouten-titel">{title}</h2>
      {message && <p>{message}</p>}
      {errors.length > 0 && (
        <ul>
          {errors.map((error) => (
            <li key={`${error.target}:${error.message}`}>
              <a
                href={`#${error.target}`}
                onClick={(event) => {
                  const input = document.getElementById(error.target);
                  if (!input) return;
                  event.preventDefault();
                  input.focus();
                  input.scrollIntoView?.({ block: 'center' });
                }}
              >
                {error.message}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
