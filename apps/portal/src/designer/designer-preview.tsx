import { isVisible, isYouthAudience, type TFramework, type TLocale } from '@duiding/survey/client';
import { I18nProvider, QuestionField, useLocalize } from '@duiding/ui';
import { useId, useState } from 'react';

type TDevice = 'phone' | 'desktop';

/**
 * The draft as a participant meets it, with the intake's own inputs, in a phone-sized or a
 * desktop frame. Answers given here stay in this preview; conditions react to them as in
 * the intake.
 */
export function DesignerPreview({ framework }: { framework: TFramework }) {
  const id = useId();
  const [device, setDevice] = useState<TDevice>('phone');
  const [locale, setLocale] = useState<TLocale>('nl');
  const [youth, setYouth] = useState(false);
  const [answers, setAnswers] = useState<Record<string, unknown>>({});
  const participantYouth = isYouthAudience(framework, answers);
  return (
    <section className="designer-preview" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Voorbeeld</h2>
      <div className="preview-controls">
        <fieldset className="segmented">
          <legend>Scherm</legend>
          {(['phone', 'desktop'] as const).map((d) => (
            <label key={d}>
              <input
                type="radio"
                name={`${id}-device`}
                checked={device === d}
                onChange={() => setDevice(d)}
              />
              {d === 'phone' ? 'Telefoon' : 'Computer'}
            </label>
          ))}
        </fieldset>
        {framework.languages.includes('en') && (
          <fieldset className="segmented">
            <legend>Taal</legend>
            {(['nl', 'en'] as const).map((l) => (
              <label key={l}>
                <input
                  type="radio"
                  name={`${id}-locale`}
                  checked={locale === l}
                  onChange={() => setLocale(l)}
                />
                {l === 'nl' ? 'Nederlands' : 'Engels'}
              </label>
            ))}
          </fieldset>
        )}
        <div className="check">
          <input
            type="checkbox"
            id={`${id}-youth`}
            checked={youth || participantYouth}
            disabled={participantYouth}
            onChange={(e) => setYouth(e.currentTarget.checked)}
          />
          <label htmlFor={`${id}-youth`}>Jeugdteksten (A2)</label>
        </div>
        <button type="button" className="button button-secondary" onClick={() => setAnswers({})}>
          Antwoorden wissen
        </button>
      </div>
      <div className={`preview-frame preview-${device}`} lang={locale}>
        <I18nProvider locale={locale} audience={youth || participantYouth ? 'youth' : 'general'}>
          <PreviewQuestions
            framework={framework}
            answers={answers}
            onAnswer={(questionId, value) => setAnswers((a) => ({ ...a, [questionId]: value }))}
          />
        </I18nProvider>
      </div>
    </section>
  );
}

function PreviewQuestions({
  framework,
  answers,
  onAnswer,
}: {
  framework: TFramework;
  answers: Record<string, unknown>;
  onAnswer: (questionId: string, value: unknown) => void;
}) {
  const text = useLocalize();
  const id = useId();
  const shown = (list: TFramework['signifiers']) =>
    list.filter((q) => isVisible(q.visibleIf, (questionId) => answers[questionId]));
  const field = (question: TFramework['signifiers'][number]) => (
    <QuestionField
      key={question.id}
      question={question}
      value={answers[question.id]}
      onChange={(value) => onAnswer(question.id, value)}
    />
  );
  return (
    <div className="page">
      <p className="preview-title">{text(framework.title)}</p>
      {framework.intro && <p>{text(framework.intro)}</p>}
      {/* As in the intake: the questions about the teller come once, before the first story. */}
      {shown(framework.participantQuestions).map(field)}
      {framework.prompts.length > 0 && (
        <fieldset className="field">
          <legend className="field-label">Waarover wil je vertellen?</legend>
          <div className="options">
            {framework.prompts.map((prompt) => (
              <label key={prompt.id} className="option">
                <input
                  type="radio"
                  name={`${id}-prompt`}
                  checked={answers.__prompt === prompt.id}
                  onChange={() => onAnswer('__prompt', prompt.id)}
                />
                <span>{text(prompt.label)}</span>
              </label>
            ))}
          </div>
        </fieldset>
      )}
      {framework.storyFields && (
        <>
          <div className="field">
            <label className="field-label" htmlFor={`${id}-title`}>
              {text(framework.storyFields.title.label)}
            </label>
            <input id={`${id}-title`} type="text" />
          </div>
          <div className="field">
            <label className="field-label" htmlFor={`${id}-text`}>
              {text(framework.storyFields.text.label)}
            </label>
            {framework.storyFields.text.hint && (
              <p className="field-help">{text(framework.storyFields.text.hint)}</p>
            )}
            <textarea id={`${id}-text`} rows={4} />
          </div>
        </>
      )}
      {shown(framework.signifiers).map(field)}
    </div>
  );
}
