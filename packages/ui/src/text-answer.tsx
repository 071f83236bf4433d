import type { TQuestionOf } from '@duiding/survey/client';
import { useState } from 'react';
import type { TFieldIds, TValueProps } from './field-props';

/** A free text answer: a text area unless the question asks for one line. */
export function TextAnswer({
  question,
  id,
  describedBy,
  invalid,
  value,
  onChange,
}: TFieldIds & TValueProps<string> & { question: TQuestionOf<'text'> }) {
  const common = {
    id,
    value: value ?? '',
    maxLength: question.maxLength,
    'aria-describedby': describedBy,
    'aria-invalid': invalid || undefined,
  };
  const set = (text: string) => onChange(text === '' ? undefined : text);
  return question.multiline ? (
    <textarea {...common} rows={5} onChange={(event) => set(event.currentTarget.value)} />
  ) : (
    <input {...common} type="text" onChange={(event) => set(event.currentTarget.value)} />
  );
}

/** Reads "3,5" and "3.5" alike; undefined when it is no number. */
export function parseDutchNumber(raw: string): number | undefined {
  const cleaned = raw.trim().replace(/\s/g, '').replace(',', '.');
  if (cleaned === '' || !/^-?\d*\.?\d+$|^-?\d+\.?$/.test(cleaned)) return undefined;
  return Number(cleaned);
}

/**
 * A number typed as text, so that a Dutch decimal comma works on every phone keyboard.
 * What is typed stays as typed; the value follows when it reads as a number.
 */
export function NumberAnswer({
  question,
  id,
  describedBy,
  invalid,
  value,
  onChange,
}: TFieldIds & TValueProps<number> & { question: TQuestionOf<'number'> }) {
  const [typed, setTyped] = useState(value === undefined ? '' : String(value).replace('.', ','));
  const unreadable = typed.trim() !== '' && parseDutchNumber(typed) === undefined;
  return (
    <>
      <input
        id={id}
        type="text"
        inputMode={question.integer ? 'numeric' : 'decimal'}
        autoComplete="off"
        value={typed}
        aria-describedby={describedBy}
        aria-invalid={invalid || unreadable || undefined}
        onChange={(event) => {
          const raw = event.currentTarget.value;
          setTyped(raw);
          onChange(parseDutchNumber(raw));
        }}
      />
      {unreadable && (
        <p className="input-status" role="status">
          Dit is geen getal.
        </p>
      )}
    </>
  );
}
