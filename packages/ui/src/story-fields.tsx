import type { TFramework } from '@duiding/survey/client';
import { FieldError } from './field-error';
import { useLocalize } from './i18n';
import { promptInputId, STORY_INPUT_IDS } from './story-steps';

/**
 * The choice of the question to tell about, as the intake asks it and the portal's entry
 * page types it over. The legend holds the heading, so the group is named by it.
 */
export function PromptChoice({
  framework,
  value,
  error,
  onChange,
  title,
  help,
  as: Heading = 'h1',
}: {
  framework: TFramework;
  value: string;
  error: string | undefined;
  onChange: (promptId: string) => void;
  title: string;
  help: string;
  as?: 'h1' | 'h2' | 'h3';
}) {
  const text = useLocalize();
  return (
    <fieldset className={`field${error ? ' has-error' : ''}`}>
      <legend className="field-label">
        <Heading className="field-heading">{title}</Heading>
      </legend>
      <p className="field-help">{help}</p>
      <FieldError id="vertelvraag-error" message={error} />
      <div className="options">
        {framework.prompts.map((prompt) => (
          <label key={prompt.id} className="option" htmlFor={promptInputId(prompt.id)}>
            <input
              id={promptInputId(prompt.id)}
              type="radio"
              name="vertelvraag"
              value={prompt.id}
              checked={value === prompt.id}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? 'vertelvraag-error' : undefined}
              onChange={() => onChange(prompt.id)}
            />
            <span>{text(prompt.label)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** The story's title and text. `dir="auto"` lets Arabic or Hebrew run right to left. */
export function StoryTextFields({
  framework,
  story,
  errors,
  onChange,
  hint,
}: {
  framework: TFramework;
  story: { title: string; text: string };
  errors: { title?: string | undefined; text?: string | undefined };
  onChange: (field: 'title' | 'text', value: string) => void;
  /** Shown under the text's label when the framework gives no hint of its own. */
  hint: string;
}) {
  const text = useLocalize();
  const fields = framework.storyFields;
  if (!fields) return null;
  const ids = STORY_INPUT_IDS;
  const titleError = errors.title;
  const textError = errors.text;
  return (
    <>
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
          onChange={(event) => onChange('title', event.currentTarget.value)}
        />
      </div>
      <div className={`field${textError ? ' has-error' : ''}`}>
        <label className="field-label" htmlFor={ids.text}>
          {text(fields.text.label)}
        </label>
        <p id={`${ids.text}-hint`} className="field-help">
          {fields.text.hint ? text(fields.text.hint) : hint}
        </p>
        <FieldError id={`${ids.text}-error`} message={textError} />
        <textarea
          id={ids.text}
          dir="auto"
          rows={10}
          value={story.text}
          aria-invalid={textError ? true : undefined}
          aria-describedby={`${ids.text}-hint${textError ? ` ${ids.text}-error` : ''}`}
          onChange={(event) => onChange('text', event.currentTarget.value)}
        />
      </div>
    </>
  );
}
