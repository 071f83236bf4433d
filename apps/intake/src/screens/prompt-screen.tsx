import { FieldError, useLocalize } from '@duiding/ui';
import { promptInputId } from '../flow/steps';
import { useText } from '../i18n/use-text';
import type { TStepScreenProps } from './screen-props';
import { useErrorOf } from './use-error-of';

/** The choice of the question to tell about. */
export function PromptScreen({ framework, state, dispatch }: TStepScreenProps) {
  const text = useLocalize();
  const t = useText();
  const error = useErrorOf(framework, state.errors)('promptId');
  return (
    <fieldset className={`field${error ? ' has-error' : ''}`}>
      <legend className="field-label">
        <h1 className="field-heading">{t('promptTitle')}</h1>
      </legend>
      <p className="field-help">{t('promptHelp')}</p>
      <FieldError id="vertelvraag-error" message={error} />
      <div className="options">
        {framework.prompts.map((prompt) => (
          <label key={prompt.id} className="option" htmlFor={promptInputId(prompt.id)}>
            <input
              id={promptInputId(prompt.id)}
              type="radio"
              name="vertelvraag"
              value={prompt.id}
              checked={state.answers.story.promptId === prompt.id}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? 'vertelvraag-error' : undefined}
              onChange={() =>
                dispatch({ type: 'answer', target: { field: 'prompt' }, value: prompt.id })
              }
            />
            <span>{text(prompt.label)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
