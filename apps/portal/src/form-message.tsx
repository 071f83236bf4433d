import { readServerError } from '@duiding/ui';
import { useEffect, useRef } from 'react';
import { PORTAL_BASE } from './portal-path';

/**
 * The outcome of a form: a server refusal as an alert, or a confirmation as a status. It
 * takes focus when it appears, as the error summary does, so the person hears it.
 */
export function FormMessage({ error, success }: { error?: unknown; success?: string | undefined }) {
  const ref = useRef<HTMLDivElement>(null);
  const text = error ? readServerError(error).message : success;
  useEffect(() => {
    if (text) ref.current?.focus();
  }, [text]);
  if (!text) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      className={error ? 'alert' : 'notice'}
      role={error ? 'alert' : 'status'}
    >
      <p>{text}</p>
    </div>
  );
}

/** "2026-12-01T10:00:00.000Z" as "1 december 2026 om 11:00" (Amsterdam). */
export function formatMoment(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString('nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Amsterdam',
  });
}

/** The link an invitee opens; the token sits after `#`, so it never reaches a server log. */
export function invitationLink(token: string): string {
  return `${window.location.origin}${PORTAL_BASE}/uitnodiging#${token}`;
}
