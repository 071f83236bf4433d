import { type FormEvent, type ReactNode, useId } from 'react';
import { FormMessage } from './form-message';

/**
 * A titled form as the portal's pages draw it: heading, the outcome (refusal or
 * confirmation, which takes focus), the fields, one submit button; `after` shows below the
 * form, such as a link that was just made.
 */
export function FormSection({
  title,
  level = 'h2',
  intro,
  submitLabel,
  onSubmit,
  busy,
  error,
  success,
  secondary,
  className,
  after,
  children,
}: {
  title: string;
  level?: 'h2' | 'h3';
  intro?: ReactNode;
  submitLabel: string;
  onSubmit: () => void;
  busy: boolean;
  error?: unknown;
  success?: string | undefined;
  /** A secondary button style, for a form beside the page's main one. */
  secondary?: boolean;
  className?: string;
  after?: ReactNode;
  children: ReactNode;
}) {
  const id = useId();
  const Heading = level;
  return (
    <section aria-labelledby={`${id}-title`} className={className}>
      <Heading id={`${id}-title`}>{title}</Heading>
      {intro}
      <form
        noValidate
        className="narrow"
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          if (!busy) onSubmit();
        }}
      >
        <FormMessage error={error} success={success} />
        {children}
        <div className="actions">
          <button
            type="submit"
            className={secondary ? 'button button-secondary' : 'button'}
            aria-disabled={busy || undefined}
          >
            {submitLabel}
          </button>
        </div>
      </form>
      {after}
    </section>
  );
}
