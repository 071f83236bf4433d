import type { TAnswers, TFramework } from '@duiding/survey';
import type { EffectMeasure, TestName, TestStatistic } from '../stats';
import type { TVariable } from './columns';

/** What the scan needs of a story. */
export interface TScanStory {
  id: string;
  collectionId: string;
  channel: string;
  answers: TAnswers;
  participantAnswers: TAnswers;
}

export interface TScanOptions {
  framework: TFramework;
  stories: readonly TScanStory[];
  /**
   * Grouping variables to compare by: question ids (a multi-select question stands for
   * each of its options as yes/no), `collection`, `channel`. Default: every one-choice
   * question (story or participant), every multi-select option, collection and channel.
   */
  groupings?: readonly string[];
  /** Groups smaller than this are left out of a test and named in `excludedGroups`. */
  minGroupSize?: number;
  /** Seed of the Monte-Carlo p-values of sparse tables, so a scan is reproducible. */
  seed: number;
  /** Readable names of collections, by id. */
  collectionLabels?: Readonly<Record<string, string>>;
  /** At most this many story ids per pattern (the count is in `storyCount`). Default 1000. */
  maxStoryIds?: number;
}

/** The scan's options with the stories given as columns (see `scanVariables`). */
export interface TScanVariablesOptions
  extends Omit<TScanOptions, 'framework' | 'stories' | 'collectionLabels'> {
  variables: readonly TVariable[];
  /** The stories' ids, in the columns' order. */
  storyIds: readonly string[];
}

export interface TPatternGroup {
  /** Category id: an option id, `ja`/`nee` for a multi-select option, a collection id. */
  group: string;
  label: string;
  n: number;
}

/** Answers left out of a test, counted. */
export interface TLeftOut {
  notApplicable: number;
  dontKnow: number;
}

export interface TPattern {
  /** `left×right`, stable across scans of the same framework. */
  id: string;
  test: TestName;
  /**
   * The signifier: a question id, `question:option` for a multi-select option, or
   * `question:stone:x` for a stone's axis.
   */
  left: string;
  /** The grouping or second signifier, named the same way, or `collection` / `channel`. */
  right: string;
  /** The question ids behind `left` and `right`. */
  leftQuestion: string;
  rightQuestion: string;
  /** The test's statistic, named (`{ name: 'U', value }`); absent for Fisher's exact test. */
  statistic?: TestStatistic;
  df?: readonly number[];
  p: number;
  /** Benjamini–Hochberg over every test of the scan. */
  q: number;
  effect: { measure: EffectMeasure; value: number };
  method?: string;
  groupSizes: TPatternGroup[];
  /** Groups under `minGroupSize`, left out of the test. */
  excludedGroups: TPatternGroup[];
  leftOut: TLeftOut;
  /** One Dutch sentence: who differs most, and in which direction. */
  description: string;
  /** Stories that show the pattern (the differing group, on the differing side). */
  storyIds: string[];
  storyCount: number;
}

export interface TScanResult {
  /** Every test run, ranked by q, then p (never by effect sizes of different tests), then id. */
  patterns: TPattern[];
  /** Pairs not tested, with the reason (fewer than two groups large enough, too few stories). */
  skipped: { left: string; right: string; reason: string }[];
}
