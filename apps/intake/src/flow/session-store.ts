import type { TAudience, TLocale } from '@duiding/survey/client';
import type { TFlowState } from './flow';
import type { TIntakeState, TStep } from './steps';
import type { TPlace } from './url';

/**
 * The answers in progress, kept in this tab's sessionStorage so a reload or a swipe away
 * and back loses nothing. Never the personal code (see `participantCode`), and cleared when
 * the story is sent, saved under a code, or forgotten on purpose.
 */
export interface TFlowSnapshot {
  answers: TIntakeState;
  storyLanguage: TLocale | undefined;
  locale: TLocale;
  audienceChoice: TAudience | undefined;
  firstStory: boolean;
  place: TPlace;
  lastStep: TStep['key'];
  participantClientId: string;
  storyClientId: string;
}

export const storageKey = (collectionId: string) => `duiding.intake.${collectionId}`;

export function snapshotOf(state: TFlowState): TFlowSnapshot {
  return {
    answers: state.answers,
    storyLanguage: state.storyLanguage,
    locale: state.locale,
    audienceChoice: state.audienceChoice,
    firstStory: state.firstStory,
    place: state.place,
    lastStep: state.lastStep,
    participantClientId: state.participantClientId,
    storyClientId: state.storyClientId,
  };
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isLocale = (v: unknown): v is TLocale => v === 'nl' || v === 'en';

/** Reads a stored snapshot; anything that is not one (an old version, tampering) is ignored. */
export function parseSnapshot(raw: string | null): TFlowSnapshot | undefined {
  if (!raw) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (!isRecord(value) || !isRecord(value.answers) || !isRecord(value.place)) return undefined;
  const { answers } = value;
  const story = answers.story;
  const ok =
    typeof answers.consent === 'boolean' &&
    isRecord(answers.participantAnswers) &&
    isRecord(answers.answers) &&
    isRecord(story) &&
    typeof story.promptId === 'string' &&
    typeof story.title === 'string' &&
    typeof story.text === 'string' &&
    isLocale(value.locale) &&
    (value.storyLanguage === undefined || isLocale(value.storyLanguage)) &&
    (value.audienceChoice === undefined ||
      value.audienceChoice === 'general' ||
      value.audienceChoice === 'youth') &&
    typeof value.firstStory === 'boolean' &&
    typeof value.lastStep === 'string' &&
    typeof value.participantClientId === 'string' &&
    typeof value.storyClientId === 'string' &&
    (typeof value.place.step === 'string' || typeof value.place.page === 'string');
  return ok ? (value as unknown as TFlowSnapshot) : undefined;
}

/** The flow as it was before the reload, on top of a fresh state. */
export function restoreFlow(fresh: TFlowState, snapshot: TFlowSnapshot): TFlowState {
  return { ...fresh, ...snapshot, unsent: true };
}
