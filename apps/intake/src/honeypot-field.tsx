import { useText } from './i18n/use-text';

/*
 * A field people never see or reach (off screen, hidden from screen readers, out of the tab
 * order); programs that fill in every field fill it in, and the server then refuses.
 */
export const HONEYPOT_ID = 'website-adres';

export function HoneypotField() {
  return (
    <div className="honeypot" aria-hidden="true">
      <label htmlFor={HONEYPOT_ID}>{useText()('honeypotLabel')}</label>
      <input id={HONEYPOT_ID} name="website" type="text" tabIndex={-1} autoComplete="off" />
    </div>
  );
}

/** What the honeypot holds now ('' for every person). */
export function honeypotValue(): string {
  const field = document.getElementById(HONEYPOT_ID);
  return field instanceof HTMLInputElement ? field.value : '';
}
