import { describe, expect, it } from 'vitest';
import {
  amsterdamDay,
  canRetryMail,
  fieldErrors,
  formatDay,
  mailStatusLabel,
  panelPageOf,
  parseWholeNumber,
  percentage,
} from './panel-text';

describe('panel text', () => {
  it('keeps the first refusal per field, by its path', () => {
    expect(
      fieldErrors([
        { question: 'profile.email', message: 'Dit is geen geldig e-mailadres.' },
        { question: 'profile.email', message: 'Dit e-mailadres is te lang.' },
        { question: 'consent.text', message: 'Beschrijf waarvoor.' },
      ]),
    ).toEqual({
      'profile.email': 'Dit is geen geldig e-mailadres.',
      'consent.text': 'Beschrijf waarvoor.',
    });
  });

  it('reads only whole numbers', () => {
    expect(parseWholeNumber(' 7 ')).toBe(7);
    expect(parseWholeNumber('0')).toBe(0);
    for (const bad of ['', '2,5', '-1', 'zeven', '1e3']) expect(parseWholeNumber(bad)).toBeNull();
  });

  it('takes the day in Amsterdam, which is tomorrow there after 23:00 UTC in winter', () => {
    expect(amsterdamDay(new Date('2026-12-01T22:59:00Z'))).toBe('2026-12-01');
    expect(amsterdamDay(new Date('2026-12-01T23:01:00Z'))).toBe('2026-12-02');
    expect(formatDay('2026-11-01')).toBe('1 november 2026');
  });

  it("marks the menu's page, and Rondes below it", () => {
    expect(panelPageOf('/panel')).toBe('/panel');
    expect(panelPageOf('/panel/mail')).toBe('/panel/mail');
    expect(panelPageOf('/panel/rondes/c1/samenvatting')).toBe('/panel/rondes');
    expect(panelPageOf('/panelen')).toBeUndefined();
  });

  it('rounds a response rate to a whole percentage', () => {
    expect(percentage(3 / 11)).toBe('27%');
    expect(percentage(1)).toBe('100%');
  });

  it('offers a retry for exactly the messages with a problem', () => {
    const waiting = { status: 'queued' as const, lastError: 'ECONNREFUSED' };
    const fresh = { status: 'queued' as const, lastError: null };
    expect(mailStatusLabel(waiting)).toBe('Mislukt, wacht op nieuwe poging');
    expect(mailStatusLabel(fresh)).toBe('Wacht op verzending');
    expect(canRetryMail(waiting)).toBe(true);
    expect(canRetryMail(fresh)).toBe(false);
    expect(canRetryMail({ status: 'sent', lastError: null })).toBe(false);
    expect(canRetryMail({ status: 'bounced', lastError: '550' })).toBe(true);
  });
});
