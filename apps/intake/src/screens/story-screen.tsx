import { StoryTextFields, useLocalize } from '@duiding/ui';
import { errorQuestionId } from '../flow/steps';
import { useText } from '../i18n/use-text';
import type { TStepScreenProps } from './screen-props';

/** The story itself: title and text, below the question it answers. */
export function StoryScreen({ framework, state, dispatch }: TStepScreenProps) {
  const text = useLocalize();
  const t = useText();
  if (!framework.storyFields) return null;
  const { story } = state.answers;
  const prompt = framework.prompts.find((p) => p.id === story.promptId);
  const errorOf = (id: string) => state.errors.find((e) => errorQuestionId(e) === id)?.message;
  return (
    <>
      <h1>{t('storyTitle')}</h1>
      {prompt && (
        <blockquote className="notice">
          <p>{text(prompt.label)}</p>
        </blockquote>
      )}
      <StoryTextFields
        framework={framework}
        story={story}
        errors={{ title: errorOf('title'), text: errorOf('text') }}
        hint={t('storyHint')}
        onChange={(field, value) => dispatch({ type: 'answer', target: { field }, value })}
      />
    </>
  );
}
