import type { TAnswers, TFramework, TStoryLanguage } from './survey-types';

/** One story as it leaves or enters Duiding through a file. */
export interface TExchangeStory {
  /** The id in the file it came from (SenseMaker FragmentID, a row number, Duiding's id). */
  sourceId: string;
  /** Stories with the same key were told by the same participant. */
  participantKey: string;
  promptId: string;
  title: string;
  text: string;
  language: TStoryLanguage;
  /** 'YYYY-MM-DD', when the file says; otherwise the day of the import. */
  createdOn?: string;
  answers: TAnswers;
  participantAnswers: TAnswers;
}

/** A row the importer could not read, with its line in the file (1 = the first line). */
export interface TRowProblem {
  row: number;
  reason: string;
}

/** What an import file holds, read but not stored yet. */
export interface TImportPlan {
  source: 'sensemaker' | 'narrafirma' | 'duiding-json' | 'csv';
  /** The framework's own id: an import of the same framework joins it as a new version. */
  framework: TFramework;
  /** A name for the new collection, from the file. */
  title: string;
  stories: TExchangeStory[];
  /** Rows that could not be read; an import with problems stores nothing. */
  problems: TRowProblem[];
  /** Things worth knowing that do not stop the import (e.g. a value read the way the tool did). */
  warnings: TRowProblem[];
}

/** A file's problem as a whole (wrong format, missing column): nothing can be read. */
export class ExchangeFormatError extends Error {
  override name = 'ExchangeFormatError';
}
