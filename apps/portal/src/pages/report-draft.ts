import { useLayoutEffect } from 'react';

/*
 * A section of a report that is new or being edited lives in this tab's storage until it is
 * saved or cancelled, so that Reload, Back and Forward bring it back. The stored text is
 * read back by a guarded parser (no zod in the portal's first bundle): anything from
 * another version, another tab's experiment or a broken write is ignored, never trusted.
 */

const PREFIX = 'duiding:report-draft';
const VERSION = 1;

/** One draft per project, report and section ("new" for the section being added). */
export function reportDraftKey(projectId: string, reportId: string, sectionId: string): string {
  return `${PREFIX}:${projectId}:${reportId}:${sectionId}`;
}

/** The edit of a text section, with the text it started from. */
export interface TTextDraft {
  heading: string;
  text: string;
  /** The saved heading and text the edit began from: another save since makes it stale. */
  base: { heading: string; text: string };
}

/** The "add a section" form as the person left it. */
export interface TNewSectionDraft {
  kind: string;
  heading: string;
  text: string;
  chosenIds: string[] | null;
  questionId: string;
  groupBy: string;
  divisions: number;
  storyId: string;
  search: string;
  searched: string | undefined;
  observationId: string;
}

type TRecord = Record<string, unknown>;

const isRecord = (value: unknown): value is TRecord =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';

function readJson(raw: string | null): TRecord | null {
  if (!raw) return null;
  try {
    const value: unknown = JSON.parse(raw);
    return isRecord(value) && value.v === VERSION ? value : null;
  } catch {
    return null;
  }
}

export function parseTextDraft(raw: string | null): TTextDraft | null {
  const value = readJson(raw);
  if (!value) return null;
  const { heading, text, base } = value;
  if (!isString(heading) || !isString(text) || !isRecord(base)) return null;
  if (!isString(base.heading) || !isString(base.text)) return null;
  return { heading, text, base: { heading: base.heading, text: base.text } };
}

export function parseNewSectionDraft(raw: string | null): TNewSectionDraft | null {
  const value = readJson(raw);
  if (!value) return null;
  const strings = [
    'kind',
    'heading',
    'text',
    'questionId',
    'groupBy',
    'storyId',
    'search',
    'observationId',
  ] as const;
  if (!strings.every((name) => isString(value[name]))) return null;
  const { chosenIds, divisions, searched } = value;
  if (chosenIds !== null && !(Array.isArray(chosenIds) && chosenIds.every(isString))) return null;
  if (typeof divisions !== 'number' || !Number.isInteger(divisions)) return null;
  if (searched !== undefined && searched !== null && !isString(searched)) return null;
  return {
    kind: value.kind as string,
    heading: value.heading as string,
    text: value.text as string,
    chosenIds: chosenIds as string[] | null,
    questionId: value.questionId as string,
    groupBy: value.groupBy as string,
    divisions,
    storyId: value.storyId as string,
    search: value.search as string,
    searched: searched ?? undefined,
    observationId: value.observationId as string,
  };
}

export function readDraft(key: string): string | null {
  try {
    return sessionStorage.getItem(key);
  } catch {
    // Storage may be off (private mode, a policy): the builder works without drafts.
    return null;
  }
}

function writeStored(key: string, value: string | undefined): void {
  try {
    if (value === undefined) sessionStorage.removeItem(key);
    else sessionStorage.setItem(key, value);
  } catch {
    // Full or off: the draft stays on screen only, as without storage.
  }
}

/** Forgets one draft (saved or cancelled). */
export function removeDraft(key: string): void {
  writeStored(key, undefined);
}

/** Every draft of one report: a published report changes no more, so none may come back. */
export function clearReportDrafts(projectId: string, reportId: string): void {
  const prefix = reportDraftKey(projectId, reportId, '');
  try {
    const keys: string[] = [];
    for (let i = 0; i < sessionStorage.length; i++) {
      const key = sessionStorage.key(i);
      if (key?.startsWith(prefix)) keys.push(key);
    }
    for (const key of keys) sessionStorage.removeItem(key);
  } catch {
    // No storage: nothing was kept.
  }
}

/**
 * Keeps `draft` under `key`, or removes it when undefined. In the commit that shows the
 * text (a layout effect): a passive effect may wait for the next frame, and a reload in
 * that frame lost the last keystroke.
 */
export function useStoredDraft(
  key: string,
  draft: TTextDraft | TNewSectionDraft | undefined,
): void {
  const stored = draft === undefined ? undefined : JSON.stringify({ v: VERSION, ...draft });
  useLayoutEffect(() => writeStored(key, stored), [key, stored]);
}
