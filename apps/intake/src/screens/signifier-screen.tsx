import type { TQuestion } from '@duiding/survey/client';
import { QuestionField } from '@duiding/ui';
import type { TStepScreenProps } from './screen-props';
import { useErrorOf } from './use-error-of';

/** One signifier on a screen of its own, so it fits a phone. */
export function SignifierScreen({
  framework,
  question,
  state,
  dispatch,
}: TStepScreenProps & { question: TQuestion }) {
  const error = useErrorOf(framework, state.errors)(question.id);
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
