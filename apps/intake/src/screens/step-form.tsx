import { isYouthAudience } from '@duiding/survey/client';
import { ErrorSummary, useI18n, useLocalize } from '@duiding/ui';
import { errorLink } from '../flow/error-links';
import { flowSteps, isLastStep } from '../flow/flow';
import type { TStep } from '../flow/steps';
import { HoneypotField } from '../honeypot-field';
import { useText } from '../i18n/use-text';
import { ParticipantScreen } from './participant-screen';
import { PromptScreen } from './prompt-screen';
import type { TStepScreenProps } from './screen-props';
import { SignifierScreen } from './signifier-screen';
import { StoryScreen } from './story-screen';
import { ReturningParticipant, WelcomeScreen } from './welcome-screen';

function StepContent(props: TStepScreenProps & { step: TStep }) {
  const { step } = props;
  switch (step.key) {
    case 'welcome':
      return <WelcomeScreen {...props} />;
    case 'participant':
      return <ParticipantScreen {...props} />;
    case 'prompt':
      return <PromptScreen {...props} />;
    case 'story':
      return <StoryScreen {...props} />;
    default:
      return 'question' in step ? <SignifierScreen {...props} question={step.question} /> : null;
  }
}

/**
 * The frame of every step: progress, the way back, the error summary, the step itself and
 * its buttons. The summary never takes focus by itself; the flow asks for it on "Volgende".
 */
export function StepForm(props: TStepScreenProps & { step: TStep }) {
  const { framework, state, dispatch, step } = props;
  const t = useText();
  const text = useLocalize();
  const { locale } = useI18n();
  const steps = flowSteps(framework, state);
  const index = steps.findIndex((s) => s.key === step.key);
  const youthByAnswer = isYouthAudience(framework, state.answers.participantAnswers);
  const youth = (state.audienceChoice ?? (youthByAnswer ? 'youth' : 'general')) === 'youth';
  const last = isLastStep(framework, state);
  const problemTitle =
    state.errors.length > 0
      ? t('errorsTitle')
      : state.problem?.kind === 'save'
        ? t('saveFailed')
        : t('sendFailed');
  const canSave = step.key === 'story' || step.key.startsWith('q:');
  return (
    <>
      {index > 0 && (
        <button
          type="button"
          className="button-link"
          onClick={() => dispatch({ type: 'previous' })}
        >
          {t('previous')}
        </button>
      )}
      <p className="progress">{t('step', { n: index + 1, total: steps.length })}</p>
      {youthByAnswer && (
        <p className="notice">
          {youth ? t('youthShown') : t('generalShown')}{' '}
          <button
            type="button"
            className="button-link"
            onClick={() => dispatch({ type: 'setAudience', audience: youth ? 'general' : 'youth' })}
          >
            {youth ? t('showGeneral') : t('showYouth')}
          </button>
        </p>
      )}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          dispatch({ type: 'next' });
        }}
      >
        <ErrorSummary
          title={problemTitle}
          errors={state.errors.map(errorLink(framework, text, t, locale))}
          message={state.problem?.message}
          focusOnChange={false}
        />
        <HoneypotField />
        <StepContent {...props} />
        <div className="actions">
          <button type="submit" className="button" aria-disabled={state.busy ? true : undefined}>
            {!last ? t('next') : state.busy === 'sending' ? t('sending') : t('send')}
          </button>
          {canSave && (
            <button
              id="bewaar-concept"
              type="button"
              className="button button-secondary"
              aria-disabled={state.busy ? true : undefined}
              onClick={() => dispatch({ type: 'saveDraft' })}
            >
              {state.busy === 'saving' ? t('savingDraft') : t('saveDraft')}
            </button>
          )}
        </div>
      </form>
      {step.key === 'welcome' && state.firstStory && <ReturningParticipant dispatch={dispatch} />}
      {state.unsent && (
        <p className="forget-link">
          <button
            id="stop-en-vergeet"
            type="button"
            className="button-link"
            onClick={() => dispatch({ type: 'show', page: 'forget' })}
          >
            {t('forget')}
          </button>
        </p>
      )}
    </>
  );
}
