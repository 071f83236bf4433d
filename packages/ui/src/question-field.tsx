import {
  DONT_KNOW,
  NOT_APPLICABLE,
  type TChoiceValue,
  type TQuestion,
  type TStonesValue,
  type TTriadValue,
} from '@duiding/survey/client';
import { type ReactNode, useEffect, useState } from 'react';
import { ChoiceInput } from './choice-input';
import { idList } from './field-props';
import { useLocalize } from './i18n';
import { useInputText } from './input-texts';
import { ScaleInput } from './scale-input';
import { NumberAnswer, TextAnswer } from './text-answer';

type TSignifierInputs = typeof import('./signifier-inputs');
let signifierInputs: TSignifierInputs | undefined;
let signifierInputsLoading: Promise<TSignifierInputs> | undefined;

/**
 * Loads the triad, dyad and stones inputs, once. They are a chunk of their own, fetched as
 * soon as any question shows (so they are there by the time a triad does), not on the
 * first load. A failed load is tried again on the next call.
 */
export function loadSignifierInputs(): Promise<TSignifierInputs> {
  signifierInputsLoading ??= import('./signifier-inputs').then(
    (inputs) => {
      signifierInputs = inputs;
      return inputs;
    },
    (error: unknown) => {
      signifierInputsLoading = undefined;
      throw error;
    },
  );
  return signifierInputsLoading;
}

function useSignifierInputs() {
  const [inputs, setInputs] = useState(signifierInputs);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  // A new attempt (the "Probeer opnieuw" button) runs the load again.
  useEffect(() => {
    if (inputs) return;
    let live = true;
    loadSignifierInputs().then(
      (loaded) => live && setInputs(loaded),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [inputs, attempt]);
  const retry = () => {
    setFailed(false);
    setAttempt((n) => n + 1);
  };
  return { inputs, failed, retry };
}

export interface TQuestionFieldProps {
  question: TQuestion;
  value: unknown;
  onChange: (value: unknown) => void;
  /** The Dutch message of the first problem with this answer. */
  error?: string | undefined;
  /** Heading level of the question's label, when the question is a screen's subject. */
  as?: 'h1' | 'h2' | undefined;
}

/** The id of a question's main control, for labels and links from an error summary. */
export function questionInputId(questionId: string) {
  return `vraag-${questionId}`;
}

const isTriad = (v: unknown): v is TTriadValue =>
  typeof v === 'object' && v !== null && 'a' in v && 'b' in v && 'c' in v;
const isStones = (v: unknown): v is TStonesValue =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !isTriad(v) && !('selected' in v);
const isChoice = (v: unknown): v is TChoiceValue =>
  typeof v === 'string' ||
  (Array.isArray(v) && v.every((s) => typeof s === 'string')) ||
  (typeof v === 'object' && v !== null && 'selected' in v);

/**
 * One question with its label, help and error: a fieldset for the inputs made of several
 * controls, a label for text and number. The error sits above the input and describes it.
 */
export function QuestionField({ question, value, onChange, error, as }: TQuestionFieldProps) {
  const text = useLocalize();
  const inputText = useInputText();
  const signifiers = useSignifierInputs();
  const id = questionInputId(question.id);
  const labelId = `${id}-label`;
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const help = question.help ? text(question.help) : undefined;
  const ids = {
    id,
    labelId,
    describedBy: idList(help && helpId, error && errorId),
    invalid: error !== undefined,
  };
  const label = (
    <>
      {text(question.label)}
      {!question.required && <span className="optional"> {inputText('optional')}</span>}
    </>
  );
  const Heading = as;
  const details = (
    <>
      {help && (
        <p id={helpId} className="field-help">
          {help}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error">
          <span className="visually-hidden">{inputText('errorPrefix')}</span>
          {error}
        </p>
      )}
    </>
  );

  if (question.kind === 'text' || question.kind === 'number') {
    const labelElement = (
      <label id={labelId} htmlFor={id} className="field-label">
        {label}
      </label>
    );
    return (
      <div className={`field${error ? ' has-error' : ''}`}>
        {Heading ? <Heading className="field-heading">{labelElement}</Heading> : labelElement}
        {details}
        {question.kind === 'text' ? (
          <TextAnswer
            {...ids}
            question={question}
            value={typeof value === 'string' ? value : undefined}
            onChange={onChange}
          />
        ) : (
          <NumberAnswer
            {...ids}
            question={question}
            value={typeof value === 'number' ? value : undefined}
            onChange={onChange}
          />
        )}
      </div>
    );
  }

  let input: ReactNode;
  const { TriadInput, DyadInput, StonesInput } = signifiers.inputs ?? {};
  const notLoaded = signifiers.failed ? (
    <p className="field-error" role="alert">
      {inputText('loadFailed')}{' '}
      <button type="button" className="button-link" onClick={signifiers.retry}>
        {inputText('loadAgain')}
      </button>
    </p>
  ) : (
    <p className="input-hint" role="status">
      {inputText('loadingPart')}
    </p>
  );
  switch (question.kind) {
    case 'triad':
      if (!TriadInput) {
        input = notLoaded;
        break;
      }
      input = (
        <TriadInput
          {...ids}
          question={question}
          value={value === NOT_APPLICABLE ? NOT_APPLICABLE : isTriad(value) ? value : undefined}
          onChange={onChange}
        />
      );
      break;
    case 'dyad':
      if (!DyadInput) {
        input = notLoaded;
        break;
      }
      input = (
        <DyadInput
          {...ids}
          question={question}
          value={value === NOT_APPLICABLE || typeof value === 'number' ? value : undefined}
          onChange={onChange}
        />
      );
      break;
    case 'stones':
      if (!StonesInput) {
        input = notLoaded;
        break;
      }
      input = (
        <StonesInput
          {...ids}
          question={question}
          value={isStones(value) ? value : undefined}
          onChange={onChange}
        />
      );
      break;
    case 'choice':
      input = (
        <ChoiceInput
          {...ids}
          question={question}
          value={isChoice(value) ? value : undefined}
          onChange={onChange}
        />
      );
      break;
    case 'scale':
      input = (
        <ScaleInput
          {...ids}
          question={question}
          value={value === DONT_KNOW || typeof value === 'number' ? value : undefined}
          onChange={onChange}
        />
      );
      break;
  }
  const legend = <span id={labelId}>{label}</span>;
  return (
    <fieldset className={`field${error ? ' has-error' : ''}`} aria-describedby={ids.describedBy}>
      <legend className="field-label">
        {Heading ? <Heading className="field-heading">{legend}</Heading> : legend}
      </legend>
      {details}
      {input}
    </fieldset>
  );
}
