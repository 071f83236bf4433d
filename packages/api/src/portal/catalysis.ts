import { scanPatterns } from '@duiding/analytics';
import {
  addInterpretation,
  appendAuditEntry,
  createObservation,
  createTheme,
  deleteInterpretation,
  deleteObservation,
  deleteTheme,
  isProjectCollection,
  isProjectFramework,
  listObservations,
  listPatternMarks,
  listProjectCollections,
  listProjectFrameworks,
  listStoriesForAnalysis,
  listThemes,
  moveTheme,
  placeInterpretation,
  setPatternMark,
  type TObservation,
  type TPatternMark,
  type TTheme,
  updateInterpretation,
  updateObservation,
  updateTheme,
} from '@duiding/db';
import type { TAnswers, TFramework } from '@duiding/survey';
import type { TApiContext, TSession } from '../context';
import { AppError } from '../errors';
import type { TProjectAccess } from '../permissions';
import type {
  TAddInterpretationInput,
  TCreateObservationInput,
  TCreateThemeInput,
  TInterpretationInput,
  TListObservationsInput,
  TMarkPatternInput,
  TMoveThemeInput,
  TObservationInput,
  TPlaceInterpretationInput,
  TScanPatternsInput,
  TThemeInput,
  TUpdateInterpretationInput,
  TUpdateObservationInput,
  TUpdateThemeInput,
} from './catalysis.schema';
import { visibleStatuses } from './stories';

/*
 * Catalysis (NarraFirma): the research team and the interpretation group mark patterns,
 * note observations with a strength, read each in at least two competing ways, and cluster
 * the readings into themes that become the report's headings. Nothing here carries a
 * participant's answers: observations are about patterns and collections, not about people.
 */

type TCatalysisContext = TApiContext & { session: TSession; access: TProjectAccess };

const notFound = (what: string) =>
  new AppError('NOT_FOUND', `${what} bestaat niet in dit project.`);

export interface TCatalysisOutput {
  marks: TPatternMark[];
  observations: TObservation[];
  themes: TTheme[];
  /** The project's frameworks and collections, to name what observations are about. */
  frameworks: { id: string; title: string }[];
  collections: { id: string; title: string; kind: string }[];
}

/** Everything the catalysis page shows, in one read. */
export function catalysisOverview(ctx: TCatalysisContext): TCatalysisOutput {
  const projectId = ctx.access.projectId;
  return {
    marks: listPatternMarks(ctx.db, projectId),
    observations: listObservations(ctx.db, projectId),
    themes: listThemes(ctx.db, projectId),
    frameworks: listProjectFrameworks(ctx.db, projectId).map((f) => ({ id: f.id, title: f.title })),
    collections: listProjectCollections(ctx.db, projectId).map((c) => ({
      id: c.id,
      title: c.title,
      kind: c.kind,
    })),
  };
}

export interface TScannedPattern {
  id: string;
  description: string;
  test: string;
  p: number;
  q: number;
  /** Null when never marked. */
  remarkable: boolean | null;
}

/**
 * The ranked patterns of a framework's collections, for marking. Outside the research team
 * the scan runs on approved stories only, and a pattern with a group under 10 is left out
 * (its group sizes would describe a small group).
 */
export function scanFrameworkPatterns(
  ctx: TCatalysisContext,
  input: TScanPatternsInput,
): { patterns: TScannedPattern[]; stories: number | null } {
  const framework = listProjectFrameworks(ctx.db, ctx.access.projectId).find(
    (f) => f.id === input.frameworkId,
  );
  if (!framework) throw notFound('Deze vragenlijst');
  const versions = new Set(framework.versions.map((v) => v.id));
  const collections = listProjectCollections(ctx.db, ctx.access.projectId).filter((c) =>
    versions.has(c.frameworkVersionId),
  );
  const newest = collections.at(-1);
  if (!newest) return { patterns: [], stories: 0 };
  const stories = listStoriesForAnalysis(ctx.db, {
    projectId: ctx.access.projectId,
    collectionIds: collections.map((c) => c.id),
    statuses: visibleStatuses(ctx.access.audience).filter((s) => s !== 'rejected'),
  });
  const outside = ctx.access.audience === 'outside';
  const minGroupSize = outside ? 10 : 5;
  if (outside && stories.length < 10) return { patterns: [], stories: null };
  const result = scanPatterns({
    framework: newest.framework as TFramework,
    stories: stories.map((s) => ({
      id: s.id,
      collectionId: s.collectionId,
      channel: s.channel,
      answers: s.answers as TAnswers,
      participantAnswers: s.participantAnswers as TAnswers,
    })),
    minGroupSize,
    seed: 20261202,
    collectionLabels: Object.fromEntries(collections.map((c) => [c.id, c.title])),
    maxStoryIds: 0,
  });
  const marks = new Map(
    listPatternMarks(ctx.db, ctx.access.projectId)
      .filter((m) => m.frameworkId === framework.id)
      .map((m) => [m.patternKey, m.remarkable]),
  );
  return {
    stories: stories.length,
    patterns: result.patterns.slice(0, input.limit).map((pattern) => ({
      id: pattern.id,
      description: pattern.description,
      test: pattern.test,
      p: pattern.p,
      q: pattern.q,
      remarkable: marks.get(pattern.id) ?? null,
    })),
  };
}

export function markPattern(ctx: TCatalysisContext, input: TMarkPatternInput): { ok: true } {
  if (!isProjectFramework(ctx.db, input.projectId, input.frameworkId)) {
    throw notFound('Deze vragenlijst');
  }
  setPatternMark(ctx.db, {
    projectId: input.projectId,
    frameworkId: input.frameworkId,
    patternKey: input.patternKey,
    remarkable: input.remarkable,
    description: input.description,
    userId: ctx.session.user.id,
    now: ctx.clock(),
  });
  return { ok: true };
}

export function observationsOf(
  ctx: TCatalysisContext,
  input: TListObservationsInput,
): { observations: TObservation[] } {
  if (input.collectionId && !isProjectCollection(ctx.db, input.projectId, input.collectionId)) {
    throw notFound('Deze verzameling');
  }
  return {
    observations: listObservations(ctx.db, input.projectId, { collectionId: input.collectionId }),
  };
}

export function addObservation(
  ctx: TCatalysisContext,
  input: TCreateObservationInput,
): { id: string } {
  const { subject } = input;
  if (
    subject.kind === 'pattern' &&
    !isProjectFramework(ctx.db, input.projectId, subject.frameworkId)
  ) {
    throw notFound('Deze vragenlijst');
  }
  if (
    subject.kind === 'collection' &&
    !isProjectCollection(ctx.db, input.projectId, subject.collectionId)
  ) {
    throw notFound('Deze verzameling');
  }
  const titles = new Set(input.interpretations.map((i) => i.title.toLocaleLowerCase('nl')));
  if (titles.size < input.interpretations.length) {
    throw new AppError(
      'BAD_INPUT',
      'Twee duidingen hebben dezelfde titel. Duidingen die elkaar beconcurreren verschillen: geef elk een eigen titel.',
    );
  }
  const { id } = createObservation(ctx.db, {
    projectId: input.projectId,
    subject,
    title: input.title,
    body: input.body,
    strength: input.strength,
    interpretations: input.interpretations,
    userId: ctx.session.user.id,
    now: ctx.clock(),
  });
  return { id };
}

export function changeObservation(ctx: TCatalysisContext, input: TUpdateObservationInput) {
  if (!updateObservation(ctx.db, { ...input, now: ctx.clock() })) throw notFound('Deze observatie');
  return { ok: true as const };
}

export function removeObservation(ctx: TCatalysisContext, input: TObservationInput) {
  if (!deleteObservation(ctx.db, input.projectId, input.observationId)) {
    throw notFound('Deze observatie');
  }
  appendAuditEntry(ctx.db, {
    at: ctx.clock(),
    actorUserId: ctx.session.user.id,
    projectId: input.projectId,
    action: 'catalysis.observation-delete',
    subject: `observation:${input.observationId}`,
  });
  return { ok: true as const };
}

export function interpretObservation(ctx: TCatalysisContext, input: TAddInterpretationInput) {
  const added = addInterpretation(ctx.db, {
    projectId: input.projectId,
    observationId: input.observationId,
    interpretation: { title: input.title, body: input.body },
    userId: ctx.session.user.id,
    now: ctx.clock(),
  });
  if (!added) throw notFound('Deze observatie');
  return added;
}

export function changeInterpretation(ctx: TCatalysisContext, input: TUpdateInterpretationInput) {
  const changed = updateInterpretation(ctx.db, {
    projectId: input.projectId,
    interpretationId: input.interpretationId,
    interpretation: { title: input.title, body: input.body },
    now: ctx.clock(),
  });
  if (!changed) throw notFound('Deze duiding');
  return { ok: true as const };
}

export function removeInterpretation(ctx: TCatalysisContext, input: TInterpretationInput) {
  if (!deleteInterpretation(ctx.db, input.projectId, input.interpretationId)) {
    throw notFound('Deze duiding');
  }
  return { ok: true as const };
}

export function placeInTheme(ctx: TCatalysisContext, input: TPlaceInterpretationInput) {
  if (!placeInterpretation(ctx.db, input)) throw notFound('Deze duiding of dit thema');
  return { ok: true as const };
}

export function addTheme(ctx: TCatalysisContext, input: TCreateThemeInput) {
  return createTheme(ctx.db, { ...input, now: ctx.clock() });
}

export function changeTheme(ctx: TCatalysisContext, input: TUpdateThemeInput) {
  if (!updateTheme(ctx.db, input)) throw notFound('Dit thema');
  return { ok: true as const };
}

export function removeTheme(ctx: TCatalysisContext, input: TThemeInput) {
  if (!deleteTheme(ctx.db, input.projectId, input.themeId)) throw notFound('Dit thema');
  return { ok: true as const };
}

export function reorderTheme(ctx: TCatalysisContext, input: TMoveThemeInput) {
  if (!moveTheme(ctx.db, input)) throw notFound('Dit thema');
  return { ok: true as const };
}
