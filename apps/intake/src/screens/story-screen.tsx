import { FieldError, useLocalize } from '@duiding/ui';
import { STORY_INPUT_IDS } from '../flow/steps';
import { useText } from '../i18n/use-text';
import type { TStepScreenProps } from './screen-props';
import { useErrorOf } from './use-error-of';

/** The story itself: title and text. `dir="auto"` lets Arabic or Hebrew run right to left. */
export function StoryScreen({ framework, state, dispatch }: TStepScreenProps) {
  const text = useLocalize();
  const t = useText();
  const fields = framework.storyFields;
  if (!fields) return null;
  const { story } = state.answers;
  const prompt = framework.prompts.find((p) => p.id === story.promptId);
  const errorOf = useErrorOf(framework, state.errors);
  const titleError = errorOf('title');
  const textError = errorOf('text');
  const hint = fields.text.hint ? text(fields.text.hint) : t('storyHint');
  const ids = STORY_INPUT_IDS;
  return (
    <>
      <h1>{t('storyTitle')}</h1>
      {prompt && (
        <blockquote className="notice">
          <p>{text(prompt.label)}</p>
        </blockquote>
      )}
      <div className={`field${titleError ? ' has-error' : ''}`}>
        <label className="field-label" htmlFor={ids.title}>
          {text(fields.title.label)}
        </label>
        <FieldError id={`${ids.title}-error`} message={titleError} />
        <input
          id={ids.title}
          type="text"
          dir="auto"
          autoComplete="off"
          maxLength={fields.title.maxLength}
          value={story.title}
          aria-invalid={titleError ? true : undefined}
          aria-describedby={titleError ? `${ids.title}-error` : undefined}
          onChange={(event) =>
            dispatch({
              type: 'answer',
              target: { field: 'title' },
              value: event.currentTarget.value,
            })
          }
        />
      </div>
      <div className={`field${textError ? ' has-error' : ''}`}>
        <label className="field-label" htmlFor={ids.text}>
          {text(fields.text.label)}
        </label>
        <p id={`${ids.text}-hint`} className="field-help">
          {hint}
        </p>
        <FieldError id={`${ids.text}-error`} message={textError} />
        <textarea
          id={ids.text}
          dir="auto"
          rows={10}
          value={story.text}
          aria-invalid={textError ? true : undefined}
          aria-describedby={`${ids.text}-hint${textError ? ` ${ids.text}-error` : ''}`}
          onChange={(event) =>
            dispatch({
              type: 'answer',
              target: { field: 'text' },
              value: event.currentTarget.value,
            })
          }
        />
      </div>
    </>
  );
}
