import type { TQuestion } from '@duiding/survey/client';
import { QuestionField } from '@duiding/ui';
import { errorQuestionId } from '../flow/steps';
import type { TStepScreenProps } from './screen-props';

/** One signifier on a screen of its own, so it fits a phone. */
export function SignifierScreen({
  question,
  state,
  dispatch,
}: TStepScreenProps & { question: TQuestion }) {
  const error = state.errors.find((e) => errorQuestionId(e) === question.id)?.message;
  return (
    <QuestionField
      as="h1"
      question={question}
      value={state.answers.answers[question.id]}
      error={error}
      onChange={(value) =>
        dispatch({ type: 'answer', target: { field: 'signifier', id: question.id }, value })
      }
    />
  );
}
