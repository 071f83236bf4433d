import { useState } from 'react';

export const PARTICIPANT_CODE_ID = 'persoonlijke-code';

/** The personal code, with the advice to write it down and a button to copy it. */
export function ParticipantCodeBox({ code }: { code: string }) {
  const [copyStatus, setCopyStatus] = useState('');
  const copy = async () => {
    try {
      // Only in secure contexts; on a plain-http address the person writes it over.
      await navigator.clipboard.writeText(code);
      setCopyStatus('De code is gekopieerd.');
    } catch {
      setCopyStatus('Kopiëren lukt hier niet. Schrijf de code over.');
    }
  };
  return (
    <section className="notice" aria-labelledby="code-titel">
      <h2 id="code-titel">Jouw persoonlijke code</h2>
      <p className="participant-code" id={PARTICIPANT_CODE_ID}>
        {code}
      </p>
      <p>
        Schrijf deze code op of maak er een foto van. Met de code kun je later verder schrijven, of
        je verhalen weer terugtrekken. Wij kunnen hem niet voor je opzoeken: we bewaren hem niet.
      </p>
      <div className="actions">
        <button type="button" className="button button-secondary" onClick={() => void copy()}>
          Kopieer de code
        </button>
      </div>
      <p role="status" className="input-status">
        {copyStatus}
      </p>
    </section>
  );
}
