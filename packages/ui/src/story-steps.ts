import {
  isVisible,
  type TAnswerError,
  type TFramework,
  type TLocalizedText,
  type TQuestion,
  validateResponse,
  validateStoryText,
} from '@duiding/survey/client';
import type { TErrorLink } from './error-summary';
import { questionInputId } from './question-field';

/*
 * The order, visibility and checks of one person's story, shared by the intake (a screen per
 * step) and the portal's assisted and paper entry (the same steps on one page), so both ask
 * the same questions in the same order with the same rules as the server.
 */

/** One screen of the intake. Signifiers get a screen each, so it works on a phone. */
export type TStep =
  | { key: 'welcome' }
  | { key: 'participant' }
  | { key: 'prompt' }
  | { key: 'story' }
  | { key: `q:${string}`; question: TQuestion };

/** The answers of one participant and their story in progress. */
export interface TIntakeState {
  consent: boolean;
  participantAnswers: Record<string, unknown>;
  story: { promptId: string; title: string; text: string };
  answers: Record<string, unknown>;
}

/** The ids of the story fields' inputs, for labels and links from the error summary. */
export const STORY_INPUT_IDS = { title: 'verhaal-titel', text: 'verhaal-tekst' } as const;
export const CONSENT_INPUT_ID = 'toestemming';
export const promptInputId = (promptId: string) => `vertelvraag-${promptId}`;

/**
 * The screens of one story, in order. The welcome and participant screens come only with
 * the first story; signifiers hidden by an earlier answer (`visibleIf`) are left out.
 */
export function intakeSteps(
  framework: TFramework,
  state: TIntakeState,
  { firstStory }: { firstStory: boolean },
): TStep[] {
  const steps: TStep[] = [];
  if (firstStory) {
    steps.push({ key: 'welcome' });
    if (framework.participantQuestions.length > 0) steps.push({ key: 'participant' });
  }
  steps.push({ key: 'prompt' }, { key: 'story' });
  for (const question of visibleSignifiers(framework, state)) {
    steps.push({ key: `q:${question.id}`, question });
  }
  return steps;
}

export function visibleSignifiers(framework: TFramework, state: TIntakeState): TQuestion[] {
  const lookup = (id: string) => state.answers[id] ?? state.participantAnswers[id];
  return framework.signifiers.filter((q) => isVisible(q.visibleIf, lookup));
}

/** The answers as they are sent: those of hidden questions are dropped, not refused. */
export function answersToSend(framework: TFramework, state: TIntakeState) {
  const visible = new Set(visibleSignifiers(framework, state).map((q) => q.id));
  return Object.fromEntries(
    Object.entries(state.answers).filter(([id, value]) => visible.has(id) && value !== undefined),
  );
}

/** The problems on one screen, each linked to its input, from the same rules the server uses. */
export function stepErrors(
  framework: TFramework,
  state: TIntakeState,
  step: TStep,
): TAnswerError[] {
  switch (step.key) {
    case 'welcome':
      return state.consent
        ? []
        : [
            {
              question: 'consent',
              code: 'required',
              message: 'Vink aan dat je meedoet. Zonder jouw toestemming kun je niet verder.',
            },
          ];
    case 'participant': {
      const result = validateResponse(framework, defined(state.participantAnswers), {
        scope: 'participant',
      });
      return result.ok ? [] : result.errors;
    }
    case 'prompt':
    case 'story': {
      const result = validateStoryText(framework, state.story);
      if (result.ok) return [];
      const fields = step.key === 'prompt' ? ['promptId'] : ['title', 'text'];
      return result.errors.filter((e) => fields.includes(e.question));
    }
    default: {
      const result = validateResponse(framework, answersToSend(framework, state), {
        context: state.participantAnswers,
      });
      if (result.ok) return [];
      return result.errors.filter((e) => e.question === step.question.id);
    }
  }
}

/**
 * The screen on which a question (or story field) is asked. Server errors name the
 * question by id, or by input path such as `story.text` for errors of the input schema.
 */
export function stepKeyOf(framework: TFramework, question: string): TStep['key'] | undefined {
  const id = question.split('.').at(-1) ?? question;
  if (id === 'promptId') return 'prompt';
  if (id === 'title' || id === 'text') return 'story';
  if (framework.signifiers.some((q) => q.id === id)) return `q:${id}`;
  if (framework.participantQuestions.some((q) => q.id === id)) return 'participant';
  return undefined;
}

/** The question id an error is about; input-schema errors name a path like `answers.hulp`. */
export function errorQuestionId(error: TAnswerError): string {
  return error.question.split('.').at(-1) ?? error.question;
}

export function defined(answers: Record<string, unknown>) {
  return Object.fromEntries(Object.entries(answers).filter(([, v]) => v !== undefined));
}

/**
 * A link from an error summary to the input an error is about. The link names the
 * question, so a list read aloud is not three times "Beantwoord deze vraag.".
 * `labels` name what the framework does not: the consent and the choice of prompt.
 */
export function storyErrorLink(
  framework: TFramework,
  text: (t: TLocalizedText) => string,
  labels: { consent: string; prompt: string },
  messageOf: (error: TAnswerError) => string = (error) => error.message,
) {
  return (error: TAnswerError): TErrorLink => {
    const id = errorQuestionId(error);
    const message = messageOf(error);
    // "Wie ben je? Beantwoord deze vraag.", "Titel van je verhaal: Geef je verhaal een titel."
    const named = (label: string, target: string): TErrorLink => ({
      target,
      message: /[?!.:]$/.test(label.trim()) ? `${label.trim()} ${message}` : `${label}: ${message}`,
    });
    if (id === CONSENT_INPUT_ID || id === 'consent') return named(labels.consent, CONSENT_INPUT_ID);
    if (id === 'promptId')
      return named(labels.prompt, promptInputId(framework.prompts[0]?.id ?? ''));
    if ((id === 'title' || id === 'text') && framework.storyFields)
      return named(text(framework.storyFields[id].label), STORY_INPUT_IDS[id]);
    const question =
      framework.signifiers.find((q) => q.id === id) ??
      framework.participantQuestions.find((q) => q.id === id);
    return question
      ? named(text(question.label), questionInputId(id))
      : { target: questionInputId(id), message };
  };
}
