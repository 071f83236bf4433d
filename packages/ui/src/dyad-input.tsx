import { NOT_APPLICABLE, type TQuestionOf } from '@duiding/survey/client';
import { idList, type TFieldIds, type TValueProps } from './field-props';
import { useLocalize } from './i18n';
import { useInputText } from './input-texts';
import { NotApplicableCheckbox } from './not-applicable';

export type TDyadAnswer = number | typeof NOT_APPLICABLE;

/** The native range runs 0..1000 so the stored value keeps three decimals. */
const RANGE_MAX = 1000;

/**
 * A slider between two labels. It stays visibly unset until the person moves it, so a
 * default middle position is never mistaken for an answer.
 */
export function DyadInput({
  question,
  id,
  labelId,
  describedBy,
  invalid,
  value,
  onChange,
}: TFieldIds & TValueProps<TDyadAnswer> & { question: TQuestionOf<'dyad'> }) {
  const text = useLocalize();
  const inputText = useInputText();
  const notApplicable = value === NOT_APPLICABLE;
  const position = typeof value === 'number' ? value : undefined;
  const left = text(question.left);
  const right = text(question.right);
  const percent = position === undefined ? undefined : Math.round(position * 100);
  const valueText =
    percent === undefined ? inputText('dyadUnsetValue') : inputText('dyadValue', { n: percent });

  const set = (raw: string) => {
    const n = Number(raw);
    if (Number.isFinite(n)) onChange(Math.min(1, Math.max(0, n / RANGE_MAX)));
  };

  return (
    <div className={`dyad${notApplicable ? ' is-disabled' : ''}`}>
      <div className="dyad-ends">
        <span id={`${id}-left`}>
          <span className="visually-hidden">{inputText('dyadLeft')}</span>
          {left}
        </span>
        <span id={`${id}-right`} className="dyad-end-right">
          <span className="visually-hidden">{inputText('dyadRight')}</span>
          {right}
        </span>
      </div>
      <input
        id={id}
        type="range"
        className={`dyad-range${position === undefined ? ' is-unset' : ''}`}
        min={0}
        max={RANGE_MAX}
        step={10}
        value={position === undefined ? RANGE_MAX / 2 : Math.round(position * RANGE_MAX)}
        disabled={notApplicable}
        aria-labelledby={labelId}
        aria-describedby={idList(`${id}-left`, `${id}-right`, `${id}-status`, describedBy)}
        aria-valuetext={valueText}
        aria-invalid={invalid || undefined}
        onChange={(event) => set(event.currentTarget.value)}
        // A tap exactly on the middle fires no change event, yet it is an answer.
        onPointerUp={(event) => {
          if (position === undefined) set(event.currentTarget.value);
        }}
      />
      <p id={`${id}-status`} className="input-status" aria-live="polite">
        {notApplicable
          ? inputText('notApplicableStatus')
          : percent === undefined
            ? inputText('dyadUnset')
            : inputText('dyadSet', {
                n: percent,
                side: inputText(
                  percent < 50 ? 'dyadNearLeft' : percent > 50 ? 'dyadNearRight' : 'dyadMiddle',
                ),
              })}
      </p>
      {question.allowNotApplicable && (
        <NotApplicableCheckbox
          id={`${id}-na`}
          checked={notApplicable}
          onChange={(checked) => onChange(checked ? NOT_APPLICABLE : undefined)}
        />
      )}
    </div>
  );
}
