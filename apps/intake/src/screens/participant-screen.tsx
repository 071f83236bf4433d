import { QuestionField } from '@duiding/ui';
import { useText } from '../i18n/use-text';
import type { TStepScreenProps } from './screen-props';
import { useErrorOf } from './use-error-of';

/** "Over jou": the participant questions, asked once for all of a person's stories. */
export function ParticipantScreen({ framework, state, dispatch }: TStepScreenProps) {
  const t = useText();
  const errorOf = useErrorOf(framework, state.errors);
  return (
    <>
      <h1>{t('aboutYou')}</h1>
      <p>{t('aboutYouText')}</p>
      {framework.participantQuestions.map((question) => (
        <QuestionField
          key={question.id}
          question={question}
          value={state.answers.participantAnswers[question.id]}
          error={errorOf(question.id)}
          onChange={(value) =>
            dispatch({ type: 'answer', target: { field: 'participant', id: question.id }, value })
          }
        />
      ))}
    </>
  );
}
