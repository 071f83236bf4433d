import {
  conditionCandidates,
  frameworkTexts,
  QUESTION_KIND_LABELS,
  type TFramework,
  type TQuestion,
  type TQuestionList,
  uniqueId,
} from '@duiding/survey';
import { type Dispatch, useId } from 'react';
import type { TDesignerAction } from './designer-state';
import { TextFields, visibleSlots } from './text-fields';

/** Everything of one question: id, texts side by side, its settings and when it shows. */
export function QuestionEditor({
  framework,
  list,
  question,
  dispatch,
}: {
  framework: TFramework;
  list: TQuestionList;
  question: TQuestion;
  dispatch: Dispatch<TDesignerAction>;
}) {
  const id = useId();
  const index = framework[list].findIndex((q) => q.id === question.id);
  const update = (next: TQuestion) =>
    dispatch({ type: 'update-question', list, id: question.id, question: next });
  const check = (name: string, label: string, checked: boolean, set: (on: boolean) => void) => (
    <div className="check">
      <input
        type="checkbox"
        id={`${id}-${name}`}
        checked={checked}
        onChange={(e) => set(e.currentTarget.checked)}
      />
      <label htmlFor={`${id}-${name}`}>{label}</label>
    </div>
  );
  const labelled = <T extends { id: string; label: { nl: string } }>(
    items: T[],
    prefix: string,
  ) => {
    const taken = new Set(items.map((i) => i.id));
    const newId = uniqueId(`${prefix}_${items.length + 1}`, taken);
    return [
      ...items,
      { id: newId, label: { nl: `${prefix === 'optie' ? 'Optie' : 'Steen'} ${items.length + 1}` } },
    ];
  };

  return (
    <section className="question-editor" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>
        {QUESTION_KIND_LABELS[question.kind]}: {question.label.nl || question.id}
      </h3>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-qid`}>
          Id (kolomnaam in exports)
        </label>
        <input
          id={`${id}-qid`}
          key={question.id}
          defaultValue={question.id}
          type="text"
          className="input-id"
          onBlur={(e) => {
            const value = e.currentTarget.value.trim();
            if (value && value !== question.id) update({ ...question, id: value });
          }}
        />
      </div>
      <TextFields
        texts={frameworkTexts(question).filter((t) => t.parts[0] !== 'visibleIf')}
        slots={visibleSlots(framework)}
        onChange={(parts, slot, value) =>
          dispatch({ type: 'set-text', parts: [list, index, ...parts], slot, value })
        }
      />
      <fieldset className="settings">
        <legend>Instellingen</legend>
        {check('required', 'Verplicht', question.required, (on) =>
          update({ ...question, required: on }),
        )}
        {(question.kind === 'triad' || question.kind === 'dyad') &&
          check('na', 'Mag "niet van toepassing" zijn', question.allowNotApplicable, (on) =>
            update({ ...question, allowNotApplicable: on }),
          )}
        {question.kind === 'choice' && (
          <>
            {check('multiple', 'Meer antwoorden mogelijk', question.multiple, (on) => {
              const { min: _, max: __, ...rest } = question;
              update({ ...rest, multiple: on });
            })}
            <div className="actions">
              <button
                type="button"
                className="button button-secondary"
                onClick={() =>
                  update({ ...question, options: labelled(question.options, 'optie') })
                }
              >
                Optie toevoegen
              </button>
              <button
                type="button"
                className="button button-secondary"
                disabled={question.options.length <= 2}
                onClick={() => update({ ...question, options: question.options.slice(0, -1) })}
              >
                Laatste optie verwijderen
              </button>
            </div>
          </>
        )}
        {question.kind === 'stones' && (
          <div className="actions">
            <button
              type="button"
              className="button button-secondary"
              disabled={question.stones.length >= 12}
              onClick={() => update({ ...question, stones: labelled(question.stones, 'steen') })}
            >
              Steen toevoegen
            </button>
            <button
              type="button"
              className="button button-secondary"
              disabled={question.stones.length <= 1}
              onClick={() => update({ ...question, stones: question.stones.slice(0, -1) })}
            >
              Laatste steen verwijderen
            </button>
          </div>
        )}
        {question.kind === 'scale' && (
          <div className="field">
            <label className="field-label" htmlFor={`${id}-points`}>
              Aantal punten (2 tot en met 11)
            </label>
            <input
              id={`${id}-points`}
              type="number"
              min={2}
              max={11}
              value={question.points}
              onChange={(e) => {
                const points = Math.round(Number(e.currentTarget.value));
                if (points >= 2 && points <= 11) update({ ...question, points });
              }}
            />
          </div>
        )}
        {question.kind === 'text' &&
          check('multiline', 'Meer regels', question.multiline, (on) =>
            update({ ...question, multiline: on }),
          )}
        {question.kind === 'number' &&
          check('integer', 'Alleen hele getallen', question.integer, (on) =>
            update({ ...question, integer: on }),
          )}
      </fieldset>
      <ConditionEditor framework={framework} list={list} question={question} dispatch={dispatch} />
    </section>
  );
}

/** "Alleen tonen als …": a choice question asked earlier and the options that show this one. */
function ConditionEditor({
  framework,
  list,
  question,
  dispatch,
}: {
  framework: TFramework;
  list: TQuestionList;
  question: TQuestion;
  dispatch: Dispatch<TDesignerAction>;
}) {
  const id = useId();
  const candidates = conditionCandidates(framework, list, question.id);
  const condition = question.visibleIf;
  const target = candidates.find((q) => q.id === condition?.question);
  const chosen = new Set(condition?.anyOf ?? []);
  const set = (questionId: string, anyOf: string[]) =>
    dispatch({
      type: 'set-condition',
      list,
      id: question.id,
      condition: questionId ? { question: questionId, anyOf } : undefined,
    });
  return (
    <fieldset className="settings">
      <legend>Wanneer tonen</legend>
      {candidates.length === 0 ? (
        <p className="field-help">
          Deze vraag wordt altijd gesteld: er komt geen keuzevraag vóór deze vraag.
        </p>
      ) : (
        <>
          <div className="field">
            <label className="field-label" htmlFor={`${id}-when`}>
              Alleen tonen na het antwoord op
            </label>
            <select
              id={`${id}-when`}
              value={condition?.question ?? ''}
              onChange={(e) => {
                const next = candidates.find((q) => q.id === e.currentTarget.value);
                set(next?.id ?? '', next?.options[0] ? [next.options[0].id] : []);
              }}
            >
              <option value="">Altijd tonen</option>
              {candidates.map((q) => (
                <option key={q.id} value={q.id}>
                  {q.label.nl}
                </option>
              ))}
            </select>
          </div>
          {target && (
            <fieldset>
              <legend>Tonen als het antwoord een van deze is</legend>
              {target.options.map((option) => (
                <div className="check" key={option.id}>
                  <input
                    type="checkbox"
                    id={`${id}-${option.id}`}
                    checked={chosen.has(option.id)}
                    onChange={(e) => {
                      const next = target.options
                        .map((o) => o.id)
                        .filter((o) => (o === option.id ? e.currentTarget.checked : chosen.has(o)));
                      set(target.id, next);
                    }}
                  />
                  <label htmlFor={`${id}-${option.id}`}>{option.label.nl}</label>
                </div>
              ))}
              {chosen.size === 0 && (
                <p className="text-missing">
                  Kies minstens één antwoord, anders wordt de vraag nooit getoond.
                </p>
              )}
            </fieldset>
          )}
        </>
      )}
    </fieldset>
  );
}
