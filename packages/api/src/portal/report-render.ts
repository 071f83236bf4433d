import { prepareOutsideCounts, type TOutsideCount } from '@duiding/analytics';
import {
  findProjectById,
  findReportQuoteStory,
  listObservations,
  listPatternMarks,
  listProjectCollections,
  listStoriesForAnalysis,
  listThemes,
  type TCollectionWithFramework,
  type TDbExecutor,
  type TObservation,
  type TObservationStrength,
  type TReport,
} from '@duiding/db';
import {
  localize,
  readChoice,
  type TChoiceValue,
  type TFramework,
  type TQuestion,
} from '@duiding/survey';
import { textForAudience } from './audience-text';
import { renderChart, type TReportFigure } from './report-chart';
import type { TReportSectionSpec } from './reports.schema';

/*
 * A report as anyone outside the research team reads it: whatever the author chose, every
 * number passes analytics' outside suppression here, on the server (groups under 10
 * withheld, cells under 5 shown as "<5" with secondary suppression, every count rounded to
 * a multiple of 5 and shares derived from the rounded counts, against differencing).
 * Quotes come from approved stories only, without their teller's answers. Publishing
 * freezes exactly this shape; the public page and the PDF render it and nothing else.
 */

export type TReportCell =
  | { kind: 'value'; value: number; share: number | null }
  | { kind: 'suppressed'; display: string };

export type TReportTable =
  | {
      kind: 'table';
      /** What is counted in each column (options, bins, or "Verhalen"). */
      columns: string[];
      rows: (
        | { kind: 'shown'; label: string; cells: TReportCell[]; total: TReportCell }
        | { kind: 'withheld'; label: string; reason: string }
      )[];
      columnTotals: TReportCell[];
      /** "≈ 120": the rounded n. */
      total: string;
    }
  | { kind: 'withheld'; reason: string };

export const STRENGTH_LABELS: Record<TObservationStrength, string> = {
  weak: 'Zwak',
  medium: 'Middel',
  strong: 'Sterk',
};

export interface TRenderedInterpretation {
  title: string;
  body: string;
}

export interface TRenderedObservation {
  title: string;
  body: string;
  strength: string;
  /** What it is about: the pattern's sentence or the collection's title. */
  about: string;
  interpretations: TRenderedInterpretation[];
}

export type TRenderedSection = { id: string; heading: string } & (
  | { kind: 'text'; paragraphs: string[] }
  | {
      kind: 'chart';
      question: string;
      groupedBy: string | null;
      /** The explorer's chart, suppressed for outside readers (report-chart.ts). */
      figure?: TReportFigure;
      /** Stories in the chart, as outside readers may see the number. */
      stories?: string;
      /** Reports published before charts were drawn hold a count table instead. */
      table?: TReportTable;
    }
  | { kind: 'quote'; title: string; text: string; collection: string }
  | { kind: 'observation'; observation: TRenderedObservation }
  | {
      kind: 'themes';
      themes: {
        title: string;
        description: string;
        interpretations: (TRenderedInterpretation & { observation: string })[];
      }[];
    }
  | { kind: 'municipalities'; question: string | null; table: TReportTable }
  | { kind: 'unavailable'; reason: string }
);

/** The published (or previewed) report: headings, texts and suppressed tables only. */
export interface TPublishedReport {
  title: string;
  project: string;
  /** ISO moment; null for a draft's preview. */
  publishedAt: string | null;
  sections: TRenderedSection[];
}

/** Everything sections refer to, read once per rendering. */
interface TRenderSources {
  db: TDbExecutor;
  projectId: string;
  collections: Map<string, TCollectionWithFramework>;
  observations: Map<string, TObservation>;
  patternDescriptions: Map<string, string>;
}

export function renderReport(
  db: TDbExecutor,
  projectId: string,
  report: TReport,
  now: Date | null,
): TPublishedReport {
  const observations = listObservations(db, projectId);
  const sources: TRenderSources = {
    db,
    projectId,
    collections: new Map(listProjectCollections(db, projectId).map((c) => [c.id, c])),
    observations: new Map(observations.map((o) => [o.id, o])),
    patternDescriptions: new Map(
      listPatternMarks(db, projectId).map((m) => [
        `${m.frameworkId}/${m.patternKey}`,
        m.description,
      ]),
    ),
  };
  return {
    title: report.title,
    project: findProjectById(db, projectId)?.name ?? '',
    publishedAt: now ? now.toISOString() : null,
    sections: report.sections.map((section) =>
      renderSection(sources, section.id, section.heading, section.spec as TReportSectionSpec),
    ),
  };
}

function renderSection(
  sources: TRenderSources,
  id: string,
  heading: string,
  spec: TReportSectionSpec,
): TRenderedSection {
  const unavailable = (reason: string): TRenderedSection => ({
    id,
    heading,
    kind: 'unavailable',
    reason,
  });
  switch (spec.kind) {
    case 'text':
      return {
        id,
        heading,
        kind: 'text',
        paragraphs: spec.text
          .split(/\n\s*\n/)
          .map((p) => p.trim())
          .filter((p) => p.length > 0),
      };
    case 'quote': {
      const story = findReportQuoteStory(sources.db, sources.projectId, spec.storyId);
      // Only moderated (approved) stories are ever quoted, also when the author chose another.
      if (story?.status !== 'approved') {
        return unavailable('Dit verhaal is niet (meer) goedgekeurd en wordt niet geciteerd.');
      }
      // A report is read outside the team: the moderator's approved redaction, or the
      // detector's when a story was approved by status alone.
      const shown = textForAudience(sources.db, 'outside', story);
      return {
        id,
        heading,
        kind: 'quote',
        title: shown.title,
        text: shown.text,
        collection: sources.collections.get(story.collectionId)?.title ?? '',
      };
    }
    case 'observation': {
      const observation = sources.observations.get(spec.observationId);
      if (!observation) return unavailable('Deze observatie bestaat niet meer.');
      return {
        id,
        heading,
        kind: 'observation',
        observation: renderObservation(sources, observation),
      };
    }
    case 'themes': {
      const themes = listThemes(sources.db, sources.projectId).filter(
        (t) => !spec.themeIds || spec.themeIds.includes(t.id),
      );
      const byTheme = new Map<
        string,
        (TRenderedInterpretation & { observation: string; position: number })[]
      >();
      for (const observation of sources.observations.values()) {
        for (const interpretation of observation.interpretations) {
          if (!interpretation.themeId) continue;
          const list = byTheme.get(interpretation.themeId) ?? [];
          list.push({
            title: interpretation.title,
            body: interpretation.body,
            observation: observation.title,
            position: interpretation.position,
          });
          byTheme.set(interpretation.themeId, list);
        }
      }
      return {
        id,
        heading,
        kind: 'themes',
        themes: themes.map((theme) => ({
          title: theme.title,
          description: theme.description,
          interpretations: (byTheme.get(theme.id) ?? [])
            .sort((a, b) => a.position - b.position)
            .map(({ position: _position, ...rest }) => rest),
        })),
      };
    }
    case 'chart': {
      const chosen = spec.collectionIds.map((c) => sources.collections.get(c));
      if (chosen.some((c) => !c)) return unavailable('Een gekozen verzameling bestaat niet meer.');
      const drawn = renderChart(
        sources.db,
        sources.projectId,
        spec,
        chosen as TCollectionWithFramework[],
      );
      if ('unavailable' in drawn) return unavailable(drawn.unavailable);
      return { id, heading, kind: 'chart', ...drawn };
    }
    case 'municipalities': {
      const chosen = spec.collectionIds.map((c) => sources.collections.get(c));
      if (chosen.some((c) => !c)) return unavailable('Een gekozen verzameling bestaat niet meer.');
      const collections = chosen as TCollectionWithFramework[];
      const municipality = categoriesOf(collections[0]!.framework, spec.municipalityQuestionId);
      if (!municipality)
        return unavailable('De vraag naar de gemeente bestaat niet in deze vragenlijst.');
      const measure = spec.questionId
        ? categoriesOf(collections[0]!.framework, spec.questionId)
        : { label: '', categories: [{ id: '_n', label: 'Verhalen' }], read: () => ['_n'] };
      if (!measure) return unavailable('Deze vraag kan niet per gemeente worden getoond.');
      const stories = approvedStories(sources, collections);
      return {
        id,
        heading,
        kind: 'municipalities',
        question: spec.questionId ? measure.label : null,
        table: outsideTable(stories, municipality, measure),
      };
    }
  }
}

function renderObservation(
  sources: TRenderSources,
  observation: TObservation,
): TRenderedObservation {
  const about =
    observation.subject.kind === 'pattern'
      ? (sources.patternDescriptions.get(
          `${observation.subject.frameworkId}/${observation.subject.patternKey}`,
        ) ?? 'Een patroon uit de patroonscan')
      : `Verzameling ${sources.collections.get(observation.subject.collectionId)?.title ?? ''}`.trim();
  return {
    title: observation.title,
    body: observation.body,
    strength: STRENGTH_LABELS[observation.strength],
    about,
    interpretations: observation.interpretations.map((i) => ({ title: i.title, body: i.body })),
  };
}

interface TStoryForCount {
  collectionId: string;
  answers: Record<string, unknown>;
  participantAnswers: Record<string, unknown>;
}

/** Categories of a question, and how to read a story's categories (none, one or several). */
interface TCategories {
  label: string;
  categories: { id: string; label: string }[];
  read(story: TStoryForCount): string[];
}

function approvedStories(sources: TRenderSources, collections: TCollectionWithFramework[]) {
  return listStoriesForAnalysis(sources.db, {
    projectId: sources.projectId,
    collectionIds: collections.map((c) => c.id),
    statuses: ['approved'],
  });
}

const nl = (text: Parameters<typeof localize>[0]) => localize(text, { locale: 'nl' });

const DYAD_BINS = 5;

/** The question as count categories; undefined for kinds that are not counted (text, stones). */
export function categoriesOf(framework: TFramework, questionId: string): TCategories | undefined {
  const inStory = framework.signifiers.find((q) => q.id === questionId);
  const question: TQuestion | undefined =
    inStory ?? framework.participantQuestions.find((q) => q.id === questionId);
  if (!question) return undefined;
  const value = (story: TStoryForCount) =>
    (inStory ? story.answers : story.participantAnswers)[question.id];
  const label = nl(question.label);
  switch (question.kind) {
    case 'choice':
      return {
        label,
        categories: question.options.map((o) => ({ id: o.id, label: nl(o.label) })),
        read: (story) => {
          const answer = value(story);
          return answer === undefined || answer === null
            ? []
            : readChoice(answer as TChoiceValue).selected;
        },
      };
    case 'scale':
      return {
        label,
        categories: Array.from({ length: question.points }, (_, i) => {
          const point = String(i + 1);
          const named = question.pointLabels?.[point];
          return { id: point, label: named ? `${point} ${nl(named)}` : point };
        }),
        read: (story) => {
          const answer = value(story);
          // "Weet ik niet" (a string) is not a point of the scale.
          return typeof answer === 'number' ? [String(answer)] : [];
        },
      };
    case 'dyad': {
      const left = nl(question.left);
      const right = nl(question.right);
      return {
        label,
        categories: Array.from({ length: DYAD_BINS }, (_, i) => ({
          id: String(i),
          label:
            i === 0
              ? `${left} (0–20 %)`
              : i === DYAD_BINS - 1
                ? `${right} (80–100 %)`
                : `${i * 20}–${(i + 1) * 20} %`,
        })),
        read: (story) => {
          const answer = value(story);
          // "Niet van toepassing" is a string, not a position.
          if (typeof answer !== 'number') return [];
          return [String(Math.min(DYAD_BINS - 1, Math.floor(answer * DYAD_BINS)))];
        },
      };
    }
    case 'triad': {
      const corners = question.corners.map((c) => nl(c.label));
      return {
        label,
        categories: [
          ...corners.map((c, i) => ({ id: String(i), label: `Vooral '${c}'` })),
          { id: 'midden', label: 'Evenwichtig (geen hoek boven 50 %)' },
        ],
        read: (story) => {
          const answer = value(story) as { a: number; b: number; c: number } | string | undefined;
          if (!answer || typeof answer !== 'object') return [];
          const shares = [answer.a, answer.b, answer.c];
          const top = shares.indexOf(Math.max(...shares));
          return [(shares[top] ?? 0) > 0.5 ? String(top) : 'midden'];
        },
      };
    }
    default:
      return undefined;
  }
}

function outsideTable(
  stories: readonly TStoryForCount[],
  rows: TCategories,
  columns: TCategories,
): TReportTable {
  const rowIndex = new Map(rows.categories.map((c, i) => [c.id, i]));
  const columnIndex = new Map(columns.categories.map((c, i) => [c.id, i]));
  const counts = rows.categories.map(() => columns.categories.map(() => 0));
  for (const story of stories) {
    for (const row of rows.read(story)) {
      const r = rowIndex.get(row);
      if (r === undefined) continue;
      for (const column of columns.read(story)) {
        const c = columnIndex.get(column);
        if (c !== undefined) counts[r]![c]! += 1;
      }
    }
  }
  const table = prepareOutsideCounts(counts);
  if (table.kind === 'withheld') return table;
  const cell = (count: TOutsideCount): TReportCell =>
    count.kind === 'value'
      ? { kind: 'value', value: count.value, share: count.share }
      : { kind: 'suppressed', display: count.display };
  return {
    kind: 'table',
    columns: columns.categories.map((c) => c.label),
    rows: table.rows.map((row, i) => {
      const label = rows.categories[i]!.label;
      return row.kind === 'shown'
        ? { kind: 'shown', label, cells: row.cells.map(cell), total: cell(row.total) }
        : { kind: 'withheld', label, reason: row.reason };
    }),
    columnTotals: table.columnTotals.map(cell),
    total: table.total.display,
  };
}
