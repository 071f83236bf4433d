import type { TAnswerError, TFramework, TLocale } from '@duiding/survey/client';
import {
  answersToSend,
  CONSENT_INPUT_ID,
  defined,
  intakeSteps,
  randomId,
  stepErrors,
  type TIntakeState,
} from '@duiding/ui';
import type { TRouterInputs } from '../trpc';

/*
 * Assisted and paper entry as a pure model: the story a collector types over, checked
 * step by step with the intake's own steps (the same order, the same visibility, the same
 * rules), so that what the intake would refuse is refused here before it is sent.
 */

export type TEntryChannel = 'assisted' | 'paper';
export type TEnterStoryInput = TRouterInputs['portal']['enterStory'];

export interface TEntryDraft {
  answers: TIntakeState;
  language: TLocale;
  /** One id per story, made before the first try: a retried save stores the story once. */
  storyClientId: string;
  participantClientId: string;
}

export function emptyEntry(language: TLocale): TEntryDraft {
  return {
    answers: {
      consent: false,
      participantAnswers: {},
      story: { promptId: '', title: '', text: '' },
      answers: {},
    },
    language,
    storyClientId: randomId(),
    participantClientId: randomId(),
  };
}

const CONSENT_MESSAGE: Record<TEntryChannel, string> = {
  assisted: 'Vink aan dat de verteller toestemming geeft. Zonder toestemming slaan we niets op.',
  paper:
    'Vink aan dat de toestemming op het formulier is aangekruist. Zonder toestemming slaan we niets op.',
};

/** Every problem of the whole story, in the order the intake would show them. */
export function entryErrors(
  framework: TFramework,
  draft: TEntryDraft,
  channel: TEntryChannel,
): TAnswerError[] {
  const errors: TAnswerError[] = [];
  for (const step of intakeSteps(framework, draft.answers, { firstStory: true })) {
    if (step.key === 'welcome') {
      if (!draft.answers.consent)
        errors.push({
          question: CONSENT_INPUT_ID,
          code: 'required',
          message: CONSENT_MESSAGE[channel],
        });
      continue;
    }
    errors.push(...stepErrors(framework, draft.answers, step));
  }
  return errors;
}

/** What `portal.enterStory` gets: hidden questions' answers are dropped, not refused. */
export function entryInput(
  framework: TFramework,
  draft: TEntryDraft,
  target: { projectId: string; collectionId: string; channel: TEntryChannel },
): TEnterStoryInput {
  const { answers } = draft;
  return {
    projectId: target.projectId,
    collectionId: target.collectionId,
    channel: target.channel,
    clientId: draft.storyClientId,
    participant: {
      clientId: draft.participantClientId,
      answers: defined(answers.participantAnswers),
    },
    story: {
      promptId: answers.story.promptId,
      title: answers.story.title.trim(),
      text: answers.story.text.trim(),
      language: draft.language === 'en' ? 'en' : 'nl',
    },
    answers: answersToSend(framework, answers),
  };
}

/** Whether anything has been typed or chosen that is not saved yet. */
export function isDirty(draft: TEntryDraft): boolean {
  const { answers } = draft;
  return (
    answers.consent ||
    Object.values(answers.participantAnswers).some((v) => v !== undefined) ||
    Object.values(answers.answers).some((v) => v !== undefined) ||
    answers.story.promptId !== '' ||
    answers.story.title.trim() !== '' ||
    answers.story.text.trim() !== ''
  );
}
