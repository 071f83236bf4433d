import { formatDay } from '@duiding/ui';
/*
 * The panel pages' plain logic: the server's refusals by field, whole numbers typed as text,
 * and the Dutch words for statuses. No React here, so it is tested as plain functions.
 */

/** The panel area's own pages, in the order of its menu. */
export const PANEL_PAGES = [
  { path: '/panel', label: 'Leden' },
  { path: '/panel/rondes', label: 'Rondes' },
  { path: '/panel/mail', label: 'Mail' },
] as const;

/** The menu's page for an address: the longest that it starts with (a wave's summary is under Rondes). */
export function panelPageOf(location: string): string | undefined {
  return PANEL_PAGES.filter(
    (page) => location === page.path || location.startsWith(`${page.path}/`),
  ).at(-1)?.path;
}

/** The server's per-field refusals (zod paths such as `profile.email`), first message per field. */
export function fieldErrors(
  problems: readonly { question: string; message: string }[],
): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const problem of problems) byField[problem.question] ??= problem.message;
  return byField;
}

/** "7" as 7; anything but digits (a decimal, a minus, a letter, nothing) as null. */
export function parseWholeNumber(text: string): number | null {
  const trimmed = text.trim();
  return /^\d{1,4}$/.test(trimmed) ? Number(trimmed) : null;
}

/** Today as `YYYY-MM-DD` in Amsterdam, the default day of a consent record. */
export function amsterdamDay(now: Date): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** "2026-11-26" as "26 november 2026": ui's, one for every app. */
export { formatDay };

/** A share as a whole Dutch percentage: 3/11 as "27%". */
export function percentage(rate: number): string {
  return `${Math.round(rate * 100)}%`;
}

export const MEMBER_STATUS_LABEL = {
  active: 'Actief',
  paused: 'Gepauzeerd',
  left: 'Afgemeld',
} as const;

export const MAIL_KIND_LABEL = {
  welcome: 'Welkom',
  invitation: 'Uitnodiging',
  reminder: 'Herinnering',
  thanks: 'Bedankt',
} as const;

type TMailStatus = 'queued' | 'sent' | 'failed' | 'bounced';

/** A message's state as a person reads it; a queued one with an error waits for a new try. */
export function mailStatusLabel(mail: { status: TMailStatus; lastError: string | null }): string {
  switch (mail.status) {
    case 'sent':
      return 'Verstuurd';
    case 'failed':
      return 'Mislukt (opgegeven)';
    case 'bounced':
      return 'Geweigerd door de ontvanger';
    case 'queued':
      return mail.lastError ? 'Mislukt, wacht op nieuwe poging' : 'Wacht op verzending';
  }
}

/** Whether the portal offers "Opnieuw versturen": the same messages the server will requeue. */
export function canRetryMail(mail: { status: TMailStatus; lastError: string | null }): boolean {
  return mail.status === 'failed' || mail.status === 'bounced' || mail.lastError !== null;
}
