import { useState } from 'react';
import { useText } from '../i18n/use-text';

export const PARTICIPANT_CODE_ID = 'persoonlijke-code';

/** The personal code, with the advice to write it down and a button to copy it. */
export function ParticipantCodeBox({ code }: { code: string }) {
  const t = useText();
  const [copyStatus, setCopyStatus] = useState<'copied' | 'copyFailed'>();
  const copy = async () => {
    try {
      // Only in secure contexts; on a plain-http address the person writes it over.
      await navigator.clipboard.writeText(code);
      setCopyStatus('copied');
    } catch {
      setCopyStatus('copyFailed');
    }
  };
  return (
    <section className="notice" aria-labelledby="code-titel">
      <h2 id="code-titel">{t('codeTitle')}</h2>
      <p className="participant-code" id={PARTICIPANT_CODE_ID}>
        {code}
      </p>
      <p>{t('codeAdvice')}</p>
      <div className="actions">
        <button type="button" className="button button-secondary" onClick={() => void copy()}>
          {t('copyCode')}
        </button>
      </div>
      <p role="status" className="input-status">
        {copyStatus ? t(copyStatus) : ''}
      </p>
    </section>
  );
}
