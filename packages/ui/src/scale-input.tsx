import { DONT_KNOW, type TQuestionOf } from '@duiding/survey/client';
import { idList, type TFieldIds, type TValueProps } from './field-props';
import { useLocalize } from './i18n';
import { useInputText } from './input-texts';

export type TScaleAnswer = number | typeof DONT_KNOW;

/** Points 1..k as radio buttons, the labelled points with their text, and "weet ik niet". */
export function ScaleInput({
  question,
  id,
  describedBy,
  invalid,
  value,
  onChange,
}: TFieldIds & TValueProps<TScaleAnswer> & { question: TQuestionOf<'scale'> }) {
  const text = useLocalize();
  const inputText = useInputText();
  const points = Array.from({ length: question.points }, (_, i) => i + 1);
  const choices: { key: string; answer: TScaleAnswer; label: string }[] = points.map((point) => {
    const label = question.pointLabels?.[String(point)];
    return {
      key: String(point),
      answer: point,
      label: label ? `${point} ${text(label)}` : `${point}`,
    };
  });
  if (question.allowDontKnow)
    choices.push({ key: DONT_KNOW, answer: DONT_KNOW, label: inputText('dontKnow') });
  return (
    <div className="options scale">
      {choices.map((choice, index) => {
        const optionId = index === 0 ? id : `${id}-${choice.key}`;
        return (
          <label
            key={choice.key}
            className={`option${choice.answer === DONT_KNOW ? ' option-dk' : ''}`}
            htmlFor={optionId}
          >
            <input
              id={optionId}
              type="radio"
              name={id}
              value={choice.key}
              checked={value === choice.answer}
              aria-describedby={idList(describedBy)}
              aria-invalid={invalid || undefined}
              onChange={() => onChange(choice.answer)}
            />
            <span>{choice.label}</span>
          </label>
        );
      })}
    </div>
  );
}
