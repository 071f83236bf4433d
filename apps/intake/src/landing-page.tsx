import type { TCollectionLanding, TLocale } from '@duiding/survey/client';
import { useDocumentTitle, useI18n, useLocalize } from '@duiding/ui';
import { useState } from 'react';
import type { TCodeServer } from './api-types';
import { useText } from './i18n/use-text';
import { WithdrawScreen } from './screens/withdraw-screen';

interface TLandingCollection {
  collection: { title: string };
  landing: TCollectionLanding | null;
}

/** How to reach the research team: every way they gave, as links a phone can follow. */
function Contact({ contact }: { contact: TCollectionLanding['contact'] }) {
  const t = useText();
  return (
    <section aria-labelledby="contact">
      <h2 id="contact">{t('landingQuestions')}</h2>
      <p>{t('landingContact', { name: contact.name })}</p>
      <ul className="landing-facts">
        {contact.email && (
          <li>
            {t('contactEmail')}: <a href={`mailto:${contact.email}`}>{contact.email}</a>
          </li>
        )}
        {contact.phone && (
          <li>
            {t('contactPhone')}:{' '}
            <a href={`tel:${contact.phone.replace(/[^+0-9]/g, '')}`}>{contact.phone}</a>
          </li>
        )}
        {contact.url && (
          <li>
            {t('contactWebsite')}:{' '}
            <a href={contact.url}>{contact.url.replace(/^https:\/\//, '')}</a>
          </li>
        )}
      </ul>
    </section>
  );
}

/**
 * A collection's landing page (`/o/<slug>`): what the research is, how long it takes, what
 * happens with the stories, privacy and whom to ask; then the start of the intake.
 */
export function LandingPage({
  collection,
  landing,
  onStart,
}: TLandingCollection & { landing: TCollectionLanding; onStart: () => void }) {
  const text = useLocalize();
  const t = useText();
  useDocumentTitle(collection.title);
  return (
    <>
      <h1>{collection.title}</h1>
      <p className="prose">{text(landing.intro)}</p>
      <p>
        <strong>{t('landingMinutes', { n: landing.minutes })}</strong> {t('landingSave')}
      </p>
      <div className="actions landing-start">
        <button id="begin-vertellen" type="button" className="button" onClick={onStart}>
          {t('landingStart')}
        </button>
      </div>
      <section aria-labelledby="gebruik">
        <h2 id="gebruik">{t('landingUse')}</h2>
        <p className="prose">{text(landing.use)}</p>
      </section>
      <section aria-labelledby="privacy">
        <h2 id="privacy">{t('landingPrivacy')}</h2>
        <p className="prose">{text(landing.privacy)}</p>
      </section>
      <Contact contact={landing.contact} />
    </>
  );
}

/** A moment of the research's calendar as a day in Amsterdam: "1 oktober 2026" (or the day before it). */
function formatMoment(iso: string, locale: TLocale, lastDay = false): string {
  // A collection closes at the start of a moment: its last day is the one before it.
  const moment = new Date(new Date(iso).getTime() - (lastDay ? 1 : 0));
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', {
    timeZone: 'Europe/Amsterdam',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(moment);
}

/**
 * Before a collection opens or after it closes: says so, and offers nothing to fill in.
 * After closing, stories told can still be withdrawn: a person may change their mind.
 */
export function CollectionNotOpen({
  collection,
  landing,
  status,
  codes,
}: {
  collection: { title: string; opensAt: string; closesAt: string };
  landing: TCollectionLanding | null;
  status: 'upcoming' | 'closed';
  codes: TCodeServer;
}) {
  const text = useLocalize();
  const t = useText();
  const { locale } = useI18n();
  const [withdrawing, setWithdrawing] = useState(false);
  const heading = status === 'upcoming' ? t('upcomingTitle') : t('closedTitle');
  const message =
    status === 'upcoming'
      ? t('upcomingText', { day: formatMoment(collection.opensAt, locale) })
      : t('closedText', { day: formatMoment(collection.closesAt, locale, true) });
  useDocumentTitle(`${heading} – ${collection.title}`);
  if (withdrawing) {
    return (
      <WithdrawScreen server={codes} onWithdrawn={() => {}} onBack={() => setWithdrawing(false)} />
    );
  }
  return (
    <>
      <h1>{heading}</h1>
      <div className="notice" role="status">
        <p>{message}</p>
      </div>
      <p>
        <strong>{collection.title}</strong>
      </p>
      {landing && <p className="prose">{text(landing.intro)}</p>}
      {status === 'closed' && (
        <section className="notice" aria-labelledby="al-verteld">
          <h2 id="al-verteld">{t('toldAlready')}</h2>
          <p>{t('toldAlreadyText')}</p>
          <div className="actions">
            <button
              id="verhaal-terugtrekken"
              type="button"
              className="button button-secondary"
              onClick={() => setWithdrawing(true)}
            >
              {t('withdraw')}
            </button>
          </div>
        </section>
      )}
      {landing && <Contact contact={landing.contact} />}
    </>
  );
}
