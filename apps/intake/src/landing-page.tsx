import type { TCollectionLanding } from '@duiding/survey';
import { useLocalize } from '@duiding/ui';
import { useEffect, useState } from 'react';
import { WithdrawScreen } from './code-screens';
import type { TCodeServer } from './participant-code';

interface TLandingCollection {
  collection: { title: string };
  landing: TCollectionLanding | null;
}

/** How to reach the research team: every way they gave, as links a phone can follow. */
function Contact({ contact }: { contact: TCollectionLanding['contact'] }) {
  return (
    <section aria-labelledby="contact">
      <h2 id="contact">Vragen?</h2>
      <p>Neem contact op met {contact.name}:</p>
      <ul className="landing-facts">
        {contact.email && (
          <li>
            e-mail: <a href={`mailto:${contact.email}`}>{contact.email}</a>
          </li>
        )}
        {contact.phone && (
          <li>
            telefoon: <a href={`tel:${contact.phone.replace(/[^+0-9]/g, '')}`}>{contact.phone}</a>
          </li>
        )}
        {contact.url && (
          <li>
            website: <a href={contact.url}>{contact.url.replace(/^https:\/\//, '')}</a>
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
  useEffect(() => {
    document.title = collection.title;
  }, [collection.title]);
  return (
    <>
      <h1>{collection.title}</h1>
      <p className="prose">{text(landing.intro)}</p>
      <p>
        <strong>Het duurt ongeveer {landing.minutes} minuten.</strong> Je kunt tussendoor bewaren en
        later verder schrijven.
      </p>
      <div className="actions landing-start">
        <button id="begin-vertellen" type="button" className="button" onClick={onStart}>
          Begin met vertellen
        </button>
      </div>
      <section aria-labelledby="gebruik">
        <h2 id="gebruik">Wat gebeurt er met je verhaal?</h2>
        <p className="prose">{text(landing.use)}</p>
      </section>
      <section aria-labelledby="privacy">
        <h2 id="privacy">Je privacy</h2>
        <p className="prose">{text(landing.privacy)}</p>
      </section>
      <Contact contact={landing.contact} />
    </>
  );
}

/**
 * Before a collection opens or after it closes: says so, and offers nothing to fill in.
 * After closing, stories told can still be withdrawn: a person may change their mind.
 */
export function CollectionNotOpen({
  collection,
  landing,
  status,
  message,
  codes,
}: TLandingCollection & {
  status: 'upcoming' | 'closed';
  message: string;
  codes: TCodeServer;
}) {
  const text = useLocalize();
  const [withdrawing, setWithdrawing] = useState(false);
  const heading =
    status === 'upcoming' ? 'Dit onderzoek is nog niet begonnen' : 'Dit onderzoek is gesloten';
  useEffect(() => {
    document.title = `${heading} – ${collection.title}`;
  }, [heading, collection.title]);
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
          <h2 id="al-verteld">Al een verhaal verteld?</h2>
          <p>Met je persoonlijke code kun je je verhaal nog steeds terugtrekken.</p>
          <div className="actions">
            <button
              id="verhaal-terugtrekken"
              type="button"
              className="button button-secondary"
              onClick={() => setWithdrawing(true)}
            >
              Verhaal terugtrekken
            </button>
          </div>
        </section>
      )}
      {landing && <Contact contact={landing.contact} />}
    </>
  );
}
