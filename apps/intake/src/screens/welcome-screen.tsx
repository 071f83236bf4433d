import { FieldError, useLocalize } from '@duiding/ui';
import { errorMessage } from '../flow/error-links';
import { CONSENT_INPUT_ID, errorQuestionId } from '../flow/steps';
import { useText } from '../i18n/use-text';
import type { TStepScreenProps } from './screen-props';

/** Welcome: what the study is, and consent. */
export function WelcomeScreen({ framework, state, dispatch }: TStepScreenProps) {
  const text = useLocalize();
  const t = useText();
  const found = state.errors.find((e) => errorQuestionId(e) === 'consent');
  const error = found && errorMessage(t, found);
  const paragraphs = framework.consent ? text(framework.consent).split(/\n\s*\n/) : [];
  return (
    <>
      <h1>{text(framework.title)}</h1>
      {framework.intro && <p>{text(framework.intro)}</p>}
      {paragraphs.length > 0 && (
        <section aria-labelledby="toestemming-titel">
          <h2 id="toestemming-titel">{paragraphs[0]}</h2>
          {paragraphs.slice(1).map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </section>
      )}
      <div className={`field${error ? ' has-error' : ''}`}>
        <FieldError id={`${CONSENT_INPUT_ID}-error`} message={error} />
        <label className="option" htmlFor={CONSENT_INPUT_ID}>
          <input
            id={CONSENT_INPUT_ID}
            type="checkbox"
            checked={state.answers.consent}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${CONSENT_INPUT_ID}-error` : undefined}
            onChange={(event) =>
              dispatch({
                type: 'answer',
                target: { field: 'consent' },
                value: event.currentTarget.checked,
              })
            }
          />
          <span>{t('consentLabel')}</span>
        </label>
      </div>
    </>
  );
}

/** Below the welcome form: the way back in for someone with a personal code. */
export function ReturningParticipant({ dispatch }: Pick<TStepScreenProps, 'dispatch'>) {
  const t = useText();
  return (
    <section className="notice" aria-labelledby="al-meegedaan">
      <h2 id="al-meegedaan">{t('returningTitle')}</h2>
      <p>{t('returningText')}</p>
      <div className="actions">
        <button
          id="verder-met-code"
          type="button"
          className="button button-secondary"
          onClick={() => dispatch({ type: 'show', page: 'resume' })}
        >
          {t('resume')}
        </button>
        <button
          id="verhaal-terugtrekken"
          type="button"
          className="button button-secondary"
          onClick={() => dispatch({ type: 'show', page: 'withdraw' })}
        >
          {t('withdraw')}
        </button>
      </div>
    </section>
  );
}
