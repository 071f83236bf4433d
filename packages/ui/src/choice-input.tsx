import type { TChoiceValue, TQuestionOf } from '@duiding/survey/client';
import { choiceMax, choiceState, encodeChoice, toggleChoice } from './choice-logic';
import { idList, type TFieldIds, type TValueProps } from './field-props';
import { useLocalize } from './i18n';
import { useInputText } from './input-texts';

/** Radio buttons for one answer, checkboxes for several, with an "anders" text field. */
export function ChoiceInput({
  question,
  id,
  describedBy,
  invalid,
  value,
  onChange,
}: TFieldIds & TValueProps<TChoiceValue> & { question: TQuestionOf<'choice'> }) {
  const text = useLocalize();
  const inputText = useInputText();
  const state = choiceState(value);
  const max = choiceMax(question);
  const full = question.multiple && state.selected.length >= max;
  const min = question.min ?? 1;
  const rule = question.multiple
    ? max < question.options.length
      ? min === max
        ? inputText('choiceExactly', { n: min })
        : inputText('choiceBetween', { min, max })
      : min > 1
        ? inputText('choiceAtLeast', { n: min })
        : inputText('choiceSeveral')
    : undefined;
  const otherChosen = question.options.find((o) => o.other && state.selected.includes(o.id));

  const pick = (optionId: string) => {
    const selected = question.multiple
      ? toggleChoice(question, state.selected, optionId)
      : [optionId];
    onChange(encodeChoice(question, { ...state, selected }));
  };

  return (
    <div className="choice">
      {rule && (
        <p id={`${id}-rule`} className="input-hint">
          {rule}
        </p>
      )}
      <div className="options">
        {question.options.map((option, index) => {
          const optionId = index === 0 ? id : `${id}-${option.id}`;
          const checked = state.selected.includes(option.id);
          return (
            <label key={option.id} className="option" htmlFor={optionId}>
              <input
                id={optionId}
                type={question.multiple ? 'checkbox' : 'radio'}
                name={id}
                value={option.id}
                checked={checked}
                disabled={full && !checked && !option.exclusive}
                aria-describedby={idList(rule && `${id}-rule`, describedBy)}
                aria-invalid={invalid || undefined}
                onChange={() => pick(option.id)}
              />
              <span>{text(option.label)}</span>
            </label>
          );
        })}
      </div>
      {otherChosen && (
        <div className="other-text">
          <label htmlFor={`${id}-other`}>
            Vul in wat je bedoelt
            <span className="visually-hidden"> bij "{text(otherChosen.label)}"</span>
          </label>
          <input
            id={`${id}-other`}
            type="text"
            maxLength={500}
            value={state.other}
            onChange={(event) =>
              onChange(encodeChoice(question, { ...state, other: event.currentTarget.value }))
            }
          />
        </div>
      )}
    </div>
  );
}
