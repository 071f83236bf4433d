import type { TAnswers } from '@duiding/survey';

export type TDemoChannel = 'web' | 'assisted' | 'paper';

/** One generated story, shaped like a story the intake stores. */
export interface TDemoStory {
  id: string;
  participantId: string;
  promptId: string;
  title: string;
  text: string;
  language: 'nl';
  channel: TDemoChannel;
  /** YYYY-MM-DD, within the collection window. */
  createdOn: string;
  answers: TAnswers;
  participantAnswers: TAnswers;
}

/**
 * A relation put into the data on purpose, so that a test can check the pattern scan
 * (or the text analysis) finds it. `signifier` and `grouping` name questions as the scan
 * does: a question id, or `collection` / `channel`.
 */
export interface TPlantedPattern {
  id: string;
  kind: 'signifier' | 'text';
  /** The question whose answers differ; for a text pattern, `text`. */
  signifier: string;
  /** What they differ by. */
  grouping: string;
  /** The groups (option ids of `grouping`, or collection ids) where the effect sits. */
  groups: string[];
  /** For text patterns: the word that is more frequent in `groups`. */
  term?: string;
  /** One Dutch sentence saying what was planted. */
  description: string;
}

export interface TDemoStories {
  stories: TDemoStory[];
  planted: TPlantedPattern[];
}

/** One panel member's answers in one wave (no story text: the panel asks items only). */
export interface TDemoPanelResponse {
  id: string;
  participantId: string;
  /** Index of the wave in the list given to the generator, from 0. */
  wave: number;
  createdOn: string;
  answers: TAnswers;
  participantAnswers: TAnswers;
}

export interface TDemoPanel {
  responses: TDemoPanelResponse[];
  planted: TPlantedPattern[];
}

/** The days a collection is open, YYYY-MM-DD, both included. */
export interface TCollectionWindow {
  from: string;
  to: string;
}
