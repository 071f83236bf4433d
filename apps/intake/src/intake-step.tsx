import type { TAnswerError, TFramework } from '@duiding/survey/client';
import { QuestionField, useLocalize } from '@duiding/ui';
import {
  CONSENT_INPUT_ID,
  errorQuestionId,
  promptInputId,
  STORY_INPUT_IDS,
  type TIntakeState,
  type TStep,
} from './steps';

interface TStepProps {
  step: TStep;
  framework: TFramework;
  state: TIntakeState;
  errors: TAnswerError[];
  update: (change: (s: TIntakeState) => TIntakeState, questionId: string) => void;
}

function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="field-error">
      <span className="visually-hidden">Fout: </span>
      {message}
    </p>
  );
}

/** The content of one intake screen; the form, buttons and error summary are around it. */
export function IntakeStep({ step, framework, state, errors, update }: TStepProps) {
  const text = useLocalize();
  const errorOf = (id: string) => errors.find((e) => errorQuestionId(e) === id)?.message;

  switch (step.key) {
    case 'welcome': {
      const error = errorOf('consent');
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
                checked={state.consent}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${CONSENT_INPUT_ID}-error` : undefined}
                onChange={(event) => {
                  const consent = event.currentTarget.checked;
                  update((s) => ({ ...s, consent }), 'consent');
                }}
              />
              <span>Ik heb dit gelezen en ik doe mee.</span>
            </label>
          </div>
        </>
      );
    }
    case 'participant':
      return (
        <>
          <h1>Over jou</h1>
          <p>Deze vragen stellen we één keer, ook als je meer verhalen vertelt.</p>
          {framework.participantQuestions.map((question) => (
            <QuestionField
              key={question.id}
              question={question}
              value={state.participantAnswers[question.id]}
              error={errorOf(question.id)}
              onChange={(value) =>
                update(
                  (s) => ({
                    ...s,
                    participantAnswers: { ...s.participantAnswers, [question.id]: value },
                  }),
                  question.id,
                )
              }
            />
          ))}
        </>
      );
    case 'prompt': {
      const error = errorOf('promptId');
      return (
        <fieldset className={`field${error ? ' has-error' : ''}`}>
          <legend className="field-label">
            <h1 className="field-heading">Waarover wil je vertellen?</h1>
          </legend>
          <p className="field-help">Kies de vraag die het best bij jouw ervaring past.</p>
          <FieldError id="vertelvraag-error" message={error} />
          <div className="options">
            {framework.prompts.map((prompt) => (
              <label key={prompt.id} className="option" htmlFor={promptInputId(prompt.id)}>
                <input
                  id={promptInputId(prompt.id)}
                  type="radio"
                  name="vertelvraag"
                  value={prompt.id}
                  checked={state.story.promptId === prompt.id}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? 'vertelvraag-error' : undefined}
                  onChange={() =>
                    update(
                      (s) => ({ ...s, story: { ...s.story, promptId: prompt.id } }),
                      'promptId',
                    )
                  }
                />
                <span>{text(prompt.label)}</span>
              </label>
            ))}
          </div>
        </fieldset>
      );
    }
    case 'story': {
      const fields = framework.storyFields;
      if (!fields) return null;
      const prompt = framework.prompts.find((p) => p.id === state.story.promptId);
      const titleError = errorOf('title');
      const textError = errorOf('text');
      const hint = fields.text.hint ? text(fields.text.hint) : 'Schrijf zoals je praat.';
      return (
        <>
          <h1>Jouw verhaal</h1>
          {prompt && (
            <blockquote className="notice">
              <p>{text(prompt.label)}</p>
            </blockquote>
          )}
          <div className={`field${titleError ? ' has-error' : ''}`}>
            <label className="field-label" htmlFor={STORY_INPUT_IDS.title}>
              {text(fields.title.label)}
            </label>
            <FieldError id={`${STORY_INPUT_IDS.title}-error`} message={titleError} />
            <input
              id={STORY_INPUT_IDS.title}
              type="text"
              autoComplete="off"
              maxLength={fields.title.maxLength}
              value={state.story.title}
              aria-invalid={titleError ? true : undefined}
              aria-describedby={titleError ? `${STORY_INPUT_IDS.title}-error` : undefined}
              onChange={(event) => {
                const title = event.currentTarget.value;
                update((s) => ({ ...s, story: { ...s.story, title } }), 'title');
              }}
            />
          </div>
          <div className={`field${textError ? ' has-error' : ''}`}>
            <label className="field-label" htmlFor={STORY_INPUT_IDS.text}>
              {text(fields.text.label)}
            </label>
            <p id={`${STORY_INPUT_IDS.text}-hint`} className="field-help">
              {hint}
            </p>
            <FieldError id={`${STORY_INPUT_IDS.text}-error`} message={textError} />
            <textarea
              id={STORY_INPUT_IDS.text}
              rows={10}
              value={state.story.text}
              aria-invalid={textError ? true : undefined}
              aria-describedby={`${STORY_INPUT_IDS.text}-hint${textError ? ` ${STORY_INPUT_IDS.text}-error` : ''}`}
              onChange={(event) => {
                const storyText = event.currentTarget.value;
                update((s) => ({ ...s, story: { ...s.story, text: storyText } }), 'text');
              }}
            />
          </div>
        </>
      );
    }
    default: {
      const { question } = step;
      return (
        <QuestionField
          as="h1"
          question={question}
          value={state.answers[question.id]}
          error={errorOf(question.id)}
          onChange={(value) =>
            update((s) => ({ ...s, answers: { ...s.answers, [question.id]: value } }), question.id)
          }
        />
      );
    }
  }
}
