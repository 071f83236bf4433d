import type { Dispatch } from 'react';
import type { TFlowAction, TFlowState } from '../flow/flow';
import { useText } from '../i18n/use-text';
import { ParticipantCodeBox } from './participant-code-box';

/** The thank-you after a story is stored, with the personal code and a way to tell another. */
export function ThanksScreen({
  state,
  onTellAnother,
}: {
  state: TFlowState;
  onTellAnother: () => void;
}) {
  const t = useText();
  const [before, after] = t('thanksText').split('{title}');
  return (
    <section className="notice success" aria-labelledby="bedankt">
      <h1 id="bedankt">{t('thanksTitle')}</h1>
      <p>
        {before}
        {state.sentTitle && <strong>"{state.sentTitle}"</strong>}
        {after}
      </p>
      {state.participantCode && <ParticipantCodeBox code={state.participantCode} />}
      <p>{t('thanksMore')}</p>
      <div className="actions">
        <button type="button" className="button" onClick={onTellAnother}>
          {t('tellAnother')}
        </button>
      </div>
    </section>
  );
}

/** After "Bewaren en later verder": the code to come back with. */
export function SavedScreen({
  state,
  dispatch,
}: {
  state: TFlowState;
  dispatch: Dispatch<TFlowAction>;
}) {
  const t = useText();
  return (
    <section aria-labelledby="bewaard">
      <h1 id="bewaard">{t('savedTitle')}</h1>
      <p>{t('savedText')}</p>
      {state.participantCode && <ParticipantCodeBox code={state.participantCode} />}
      <div className="actions">
        <button type="button" className="button" onClick={() => dispatch({ type: 'returnToStep' })}>
          {t('continueWriting')}
        </button>
      </div>
    </section>
  );
}

/** "Stop en vergeet": asks once, then wipes the answers from this device. */
export function ForgetScreen({
  dispatch,
  onForget,
}: {
  dispatch: Dispatch<TFlowAction>;
  onForget: () => void;
}) {
  const t = useText();
  return (
    <section aria-labelledby="vergeten">
      <h1 id="vergeten">{t('forgetTitle')}</h1>
      <p>{t('forgetText')}</p>
      <div className="actions">
        <button id="bevestig-vergeten" type="button" className="button" onClick={onForget}>
          {t('forgetYes')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => dispatch({ type: 'returnToStep' })}
        >
          {t('forgetNo')}
        </button>
      </div>
    </section>
  );
}
