import { PromptChoice } from '@duiding/ui';
import { errorQuestionId } from '../flow/steps';
import { useText } from '../i18n/use-text';
import type { TStepScreenProps } from './screen-props';

/** The choice of the question to tell about. */
export function PromptScreen({ framework, state, dispatch }: TStepScreenProps) {
  const t = useText();
  const error = state.errors.find((e) => errorQuestionId(e) === 'promptId')?.message;
  return (
    <PromptChoice
      framework={framework}
      value={state.answers.story.promptId}
      error={error}
      title={t('promptTitle')}
      help={t('promptHelp')}
      onChange={(promptId) =>
        dispatch({ type: 'answer', target: { field: 'prompt' }, value: promptId })
      }
    />
  );
}
