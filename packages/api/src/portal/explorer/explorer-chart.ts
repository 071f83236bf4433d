import {
  type ChoiceValue,
  choiceBarsByGroup,
  contingencyTable,
  dyadHistogramByGroup,
  type StonesValue,
  stoneClouds,
  TRIAD_ZONES,
  type Triad,
  ternaryByGroup,
  trendOverCollections,
} from '@duiding/analytics';
import type { TDbExecutor } from '@duiding/db';
import type { TApiContext, TSession } from '../../context';
import { AppError } from '../../errors';
import type { TAudience, TProjectAccess } from '../../permissions';
import { compareGroups, type TComparison } from './compare';
import type { TExplorerChartInput } from './explorer.schema';
import {
  ALL_GROUP,
  columnOf,
  explorerDataset,
  filterRows,
  findQuestion,
  grouping,
  isTriad,
  NOT_APPLICABLE,
  nl,
  type TExplorerDataset,
  type TExplorerQuestion,
  type TGrouping,
} from './explorer-data';
import {
  coarsen,
  exactCount,
  showGroupSize,
  showTable,
  type TShownCell,
  type TShownCount,
  type TShownRow,
} from './shown-numbers';

/** Dots are drawn for at most this many stories (the selection itself is made on the server). */
export const MAX_DOTS = 3000;

type TGroupLabel = { id: string; label: string };

interface TViewRows {
  dataset: TExplorerDataset;
  question: TExplorerQuestion;
  /** Positions in dataset.rows of the stories in the view. */
  rows: Int32Array;
  grouping: TGrouping | null;
  /**
   * Values and group ids in pairs (a story of a multi-select group in each chosen group):
   * `valueAt(k)` reads the k-th value from the dataset's columns each time it is asked, so
   * that a chart over 100 000 stories holds no 100 000 answer objects (a triad's object
   * per story, kept for the whole chart, was old-generation garbage after every chart).
   */
  size: number;
  valueAt(k: number): unknown;
  groupIds: string[];
  /** Per pair: the story's position in the dataset. */
  rowOf: ArrayLike<number>;
  groups: TGroupLabel[];
}

export type TExplorerCtx = TApiContext & { session: TSession; access: TProjectAccess };

/** Who reads a view: the database and the audience (team or outside) its numbers are for. */
type TViewReader = { db: TDbExecutor; access: { audience: TAudience } };

/** The stories of a view, the question and the pairs (value, group) the charts aggregate. */
export function viewRows(
  ctx: TViewReader,
  input: Pick<TExplorerChartInput, 'projectId' | 'framework' | 'filters' | 'groupBy' | 'question'>,
): TViewRows {
  const dataset = explorerDataset(ctx.db, input.projectId, input.framework);
  const question = findQuestion(dataset, input.question);
  const rows = filterRows(ctx.db, input.projectId, dataset, input.filters, ctx.access.audience);
  const split = grouping(dataset, input.groupBy, rows);
  const column = columnOf(dataset, question);
  let groupIds: string[] = [];
  let rowOf: ArrayLike<number>;
  if (split) {
    const pairs: number[] = [];
    for (const i of rows) {
      if (column.at(i) === undefined) continue;
      for (const g of split.groupsOf(i)) {
        groupIds.push(g);
        pairs.push(i);
      }
    }
    rowOf = pairs;
  } else {
    // Without a grouping, one pair per answered story: arrays made at their size, not grown
    // (each copy of a growing array of 100 000 was old-generation garbage).
    const answered = new Int32Array(rows.length);
    let n = 0;
    for (const i of rows) if (column.at(i) !== undefined) answered[n++] = i;
    rowOf = answered.subarray(0, n);
    groupIds = new Array<string>(n).fill(ALL_GROUP);
  }
  return {
    dataset,
    question,
    rows,
    grouping: split,
    size: rowOf.length,
    valueAt: (k) => column.at(rowOf[k]!),
    groupIds,
    rowOf,
    groups: split?.groups ?? [{ id: ALL_GROUP, label: 'Alle verhalen in de selectie' }],
  };
}

function countTriads(size: number, triadAt: (k: number) => Triad | null): number {
  let n = 0;
  for (let k = 0; k < size; k++) if (triadAt(k)) n++;
  return n;
}

/** The view's values, each as `read` makes it of the stored answer (an array made at its size). */
function valuesOf<T>(view: TViewRows, read: (value: unknown) => T): T[] {
  const values = new Array<T | null>(view.size).fill(null) as T[];
  for (let k = 0; k < view.size; k++) values[k] = read(view.valueAt(k));
  return values;
}

const closeTriad = (t: Triad): Triad => {
  const sum = t.a + t.b + t.c;
  return { a: t.a / sum, b: t.b / sum, c: t.c / sum };
};
const coarsenTriad = (t: Triad, audience: TAudience): Triad =>
  audience === 'team'
    ? t
    : closeTriad({
        a: Math.max(0.001, coarsen(t.a, audience, 0.01)),
        b: Math.max(0.001, coarsen(t.b, audience, 0.01)),
        c: Math.max(0.001, coarsen(t.c, audience, 0.01)),
      });

const withheldOf = (row: TShownRow | undefined) =>
  row?.kind === 'withheld' ? row.reason : undefined;
const cellsOf = (row: TShownRow | undefined): TShownCell[] | null =>
  row?.kind === 'shown' ? row.cells : null;
const hiddenCount: TShownCount = { value: null, display: '–' };

function triadChart(view: TViewRows, audience: TAudience, divisions: number) {
  const question = view.question.question;
  if (question.kind !== 'triad') throw new Error('not a triad');
  const triadAt = (k: number): Triad | null => {
    const v = view.valueAt(k);
    return isTriad(v) ? (v as Triad) : null;
  };
  const triads = { length: view.size, at: triadAt };
  const ids = view.groups.map((g) => g.id);
  const described = ternaryByGroup(triads, view.groupIds, ids, { divisions });
  const dots = audience === 'team';
  let dotsLeft = MAX_DOTS;
  const pointsByGroup = new Map<string, { id: string; a: number; b: number; c: number }[]>();
  if (dots) {
    for (let k = 0; k < view.size && dotsLeft > 0; k++) {
      const triad = triadAt(k);
      if (!triad) continue;
      const list = pointsByGroup.get(view.groupIds[k] as string) ?? [];
      list.push({
        id: view.dataset.rowIds[view.rowOf[k] as number]!,
        a: triad.a,
        b: triad.b,
        c: triad.c,
      });
      pointsByGroup.set(view.groupIds[k] as string, list);
      dotsLeft--;
    }
  }
  const placed = described.map((g) => g.description.n);
  // n and N/A as one table, so that both pass the same suppression.
  const sizes = showTable(
    described.map((g) => [g.description.n, g.description.nNotApplicable]),
    audience,
  );
  const zeros = showTable(
    described.map((g) => {
      const withZero = Math.round(g.description.zeroShare * g.description.n);
      return [withZero, g.description.n - withZero];
    }),
    audience,
  );
  const zones = showTable(
    described.map((g) => g.description.zones.map((z) => z.count)),
    audience,
  );
  const groups = described.map((g, index) => {
    const label = view.groups[index] as TGroupLabel;
    const sizeCells = cellsOf(sizes.rows[index]);
    const withheld =
      withheldOf(sizes.rows[index]) ??
      withheldOf(zones.rows[index]) ??
      (audience === 'outside' && placed[index]! < 10 ? 'Minder dan 10 verhalen.' : undefined);
    const bins =
      audience === 'team'
        ? g.bins.map((bin) => ({ id: bin.id, corners: bin.corners, count: exactCount(bin.count) }))
        : (() => {
            const table = showTable([g.bins.map((bin) => bin.count)], audience);
            const cells = cellsOf(table.rows[0]);
            return cells
              ? g.bins.map((bin, b) => ({
                  id: bin.id,
                  corners: bin.corners,
                  count: cells[b]!.count,
                }))
              : null;
          })();
    const zoneCells = cellsOf(zones.rows[index]);
    return {
      id: label.id,
      label: label.label,
      n: sizeCells?.[0]?.count ?? hiddenCount,
      notApplicable: sizeCells?.[1]?.count ?? hiddenCount,
      withZero: cellsOf(zeros.rows[index])?.[0]?.count ?? hiddenCount,
      centre:
        withheld || !g.description.centre ? null : coarsenTriad(g.description.centre, audience),
      region:
        withheld || !g.description.region
          ? null
          : g.description.region.map((t) => coarsenTriad(t, audience)),
      regionNote: g.description.regionNote ?? null,
      zones: TRIAD_ZONES.map((zone, z) => ({
        zone,
        count: zoneCells?.[z]?.count ?? hiddenCount,
        share: zoneCells?.[z]?.share ?? null,
      })),
      bins: withheld ? null : bins,
      points: dots ? (pointsByGroup.get(label.id) ?? []) : null,
      ...(withheld ? { withheld } : {}),
    };
  });
  return {
    kind: 'triad' as const,
    corners: question.corners.map((c) => nl(c.label)) as [string, string, string],
    groups,
    dotsCapped: dots && countTriads(view.size, triadAt) > MAX_DOTS,
  };
}

function numericTrend(view: TViewRows, audience: TAudience, scale: (v: unknown) => number | null) {
  const { rows } = view;
  const values = new Array<number | null>(rows.length).fill(null);
  const collections = new Array<string>(rows.length).fill('');
  const column = columnOf(view.dataset, view.question);
  const ids = view.dataset.collections.map((c) => c.id);
  const { collectionIndex } = view.dataset;
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k]!;
    values[k] = scale(column.at(i));
    collections[k] = ids[collectionIndex[i]!]!;
  }
  const points = trendOverCollections(
    values,
    collections,
    view.dataset.collections.map((c) => c.id),
  );
  return [
    {
      id: 'trend',
      label: view.question.label,
      points: points.map((p, k) => {
        const hide = p.n === 0 || (audience === 'outside' && p.n < 10);
        return {
          collection: p.collection,
          label: view.dataset.collections[k]?.title ?? p.collection,
          n: showGroupSize(p.n, audience),
          mean: hide ? null : coarsen(p.mean, audience, 0.01),
          quartiles: hide
            ? null
            : (p.quartiles.map((q) => coarsen(q, audience, 0.05)) as [number, number, number]),
        };
      }),
    },
  ];
}

function dyadChart(view: TViewRows, audience: TAudience) {
  const question = view.question.question;
  if (question.kind !== 'dyad') throw new Error('not a dyad');
  const values = valuesOf(view, (v) => (typeof v === 'number' ? v : null));
  const ids = view.groups.map((g) => g.id);
  const described = dyadHistogramByGroup(values, view.groupIds, ids, { bins: 10 });
  const sizes = showTable(
    described.map((g) => [g.description.n, g.description.nNotApplicable]),
    audience,
  );
  const bins = showTable(
    described.map((g) => g.description.histogram.map((b) => b.count)),
    audience,
  );
  return {
    kind: 'dyad' as const,
    ends: [nl(question.left), nl(question.right)] as [string, string],
    groups: described.map((g, index) => {
      const withheld = withheldOf(sizes.rows[index]) ?? withheldOf(bins.rows[index]);
      const sizeCells = cellsOf(sizes.rows[index]);
      return {
        id: view.groups[index]!.id,
        label: view.groups[index]!.label,
        n: sizeCells?.[0]?.count ?? hiddenCount,
        notApplicable: sizeCells?.[1]?.count ?? hiddenCount,
        bins: (
          cellsOf(bins.rows[index]) ?? g.description.histogram.map(() => ({ count: hiddenCount }))
        ).map((c) => c.count),
        quartiles:
          withheld || g.description.n === 0
            ? null
            : (g.description.quartiles.map((q) => coarsen(q, audience, 0.05)) as [
                number,
                number,
                number,
              ]),
        ...(withheld ? { withheld } : {}),
      };
    }),
    trend: numericTrend(view, audience, (v) => (typeof v === 'number' ? v : null)),
  };
}

function choiceChart(view: TViewRows, audience: TAudience) {
  const question = view.question.question;
  const isScale = question.kind === 'scale';
  if (question.kind !== 'choice' && !isScale) throw new Error('not a choice');
  const options =
    question.kind === 'choice'
      ? question.options.map((o) => ({ id: o.id, label: nl(o.label) }))
      : Array.from({ length: question.points }, (_, k) => {
          const point = String(k + 1);
          const label = question.pointLabels?.[point];
          return { id: point, label: label ? `${point} – ${nl(label)}` : point };
        });
  const multiple = question.kind === 'choice' && question.multiple;
  const values = valuesOf(view, (v): ChoiceValue | null => {
    if (isScale) return typeof v === 'number' ? String(v) : null;
    return v === NOT_APPLICABLE || v === null ? null : (v as ChoiceValue);
  });
  const ids = view.groups.map((g) => g.id);
  const described = choiceBarsByGroup(
    values,
    options.map((o) => o.id),
    view.groupIds,
    ids,
  );
  // A multi-select question: the rows of the table are the options chosen plus those not
  // chosen per option would double count; shares are per respondent, of the group's n.
  const counts = described.map((g) => g.description.options.map((o) => o.count));
  const table = showTable(multiple ? described.map((g) => [g.description.n]) : counts, audience);
  const optionTable = multiple ? showTable(counts, audience) : table;
  const groups = described.map((_, index) => {
    const withheld = withheldOf(table.rows[index]) ?? withheldOf(optionTable.rows[index]);
    const row = table.rows[index];
    const n = row?.kind === 'shown' ? row.total : hiddenCount;
    const cells = cellsOf(optionTable.rows[index]);
    return {
      id: view.groups[index]!.id,
      label: view.groups[index]!.label,
      n,
      counts: options.map((_, o) => {
        const cell = cells?.[o];
        if (!cell) return { count: hiddenCount, share: null };
        // Multi-select: share of the group's n (respondents), from the shown numbers.
        const share = multiple
          ? cell.count.value !== null && n.value
            ? cell.count.value / n.value
            : null
          : cell.share;
        return { count: cell.count, share };
      }),
      ...(withheld ? { withheld } : {}),
    };
  });
  let contingency = null;
  if (view.grouping && !multiple && view.groups.length >= 2) {
    const choices = values.map((v) => (typeof v === 'string' ? v : null));
    const cross = contingencyTable(
      view.groupIds,
      choices,
      ids,
      options.map((o) => o.id),
    );
    const shown = showTable(cross.counts, audience);
    contingency = {
      rows: view.groups,
      columns: options,
      cells: shown.rows.map((row) =>
        row.kind === 'shown' ? row.cells.map((c) => c.count) : options.map(() => hiddenCount),
      ),
      residuals: shown.rows.map((row, r) =>
        options.map((_, c) => {
          const residual = cross.test.standardizedResiduals?.[r]?.[c];
          const cell = row.kind === 'shown' ? row.cells[c] : null;
          if (
            residual === undefined ||
            !Number.isFinite(residual) ||
            !cell ||
            cell.count.value === null
          )
            return null;
          return audience === 'team' ? residual : Math.round(residual * 10) / 10;
        }),
      ),
      rowTotals: shown.rows.map((row) => (row.kind === 'shown' ? row.total : hiddenCount)),
      columnTotals: shown.columnTotals,
      total: shown.total,
    };
  }
  return {
    kind: 'choice' as const,
    options,
    groups,
    contingency,
    trend: isScale ? numericTrend(view, audience, (v) => (typeof v === 'number' ? v : null)) : null,
  };
}

function stonesChart(view: TViewRows, audience: TAudience) {
  const question = view.question.question;
  if (question.kind !== 'stones') throw new Error('not stones');
  // One field for the whole view: the stones are the "groups" of this chart.
  // A story in several groups is counted once (a byte per story: a Set of 100 000 numbers
  // was a tenth of this chart's time).
  const seen = new Uint8Array(view.dataset.rowIds.length);
  const values: (StonesValue | null)[] = [];
  for (let k = 0; k < view.size; k++) {
    const row = view.rowOf[k] as number;
    if (seen[row]) continue;
    seen[row] = 1;
    const v = view.valueAt(k);
    values.push(
      typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as StonesValue) : null,
    );
  }
  const grid = 10;
  const clouds = stoneClouds(
    values,
    question.stones.map((s) => s.id),
    grid,
  );
  const placed = showTable(
    clouds.map((c) => [c.placed]),
    audience,
  );
  return {
    kind: 'stones' as const,
    axes: {
      x: [nl(question.x.low), nl(question.x.high)] as [string, string],
      y: [nl(question.y.low), nl(question.y.high)] as [string, string],
    },
    stones: clouds.map((cloud, s) => {
      const row = placed.rows[s];
      const withheld = withheldOf(row);
      const density = showTable([cloud.density], audience);
      const cells = cellsOf(density.rows[0]);
      return {
        id: cloud.stoneId,
        label: nl(question.stones[s]!.label),
        placed: row?.kind === 'shown' ? row.total : { value: null, display: '<10' },
        centre:
          withheld || cloud.placed === 0
            ? null
            : {
                x: coarsen(cloud.centre.x, audience, 0.01),
                y: coarsen(cloud.centre.y, audience, 0.01),
              },
        density:
          withheld || !cells ? cloud.density.map(() => hiddenCount) : cells.map((c) => c.count),
      };
    }),
  };
}

export type TExplorerChart =
  | ReturnType<typeof triadChart>
  | ReturnType<typeof dyadChart>
  | ReturnType<typeof choiceChart>
  | ReturnType<typeof stonesChart>;

export interface TExplorerChartOutput {
  question: { id: string; label: string; kind: string };
  audience: TAudience;
  /** Stories in the view (after filters), as the audience may see the number. */
  stories: TShownCount;
  chart: TExplorerChart;
  /** The test under the comparison; null without a grouping (or when it cannot be run). */
  comparison: TComparison | null;
}

function drawChart(view: TViewRows, audience: TAudience, divisions: number): TExplorerChart {
  const kind = view.question.question.kind;
  if (kind === 'triad') return triadChart(view, audience, divisions);
  if (kind === 'dyad') return dyadChart(view, audience);
  if (kind === 'choice' || kind === 'scale') return choiceChart(view, audience);
  if (kind === 'stones') return stonesChart(view, audience);
  throw new AppError('BAD_INPUT', 'Voor open vragen en getallen is er (nog) geen figuur.');
}

/**
 * A view's chart as `audience` may see it, without the comparison's test: a report's chart
 * section, always drawn for outside readers, whoever renders it.
 */
export function chartOfView(
  db: TDbExecutor,
  input: TExplorerChartInput,
  audience: TAudience,
): Pick<TExplorerChartOutput, 'question' | 'stories' | 'chart'> {
  const view = viewRows({ db, access: { audience } }, input);
  const question = view.question.question;
  return {
    question: { id: question.id, label: view.question.label, kind: question.kind },
    stories: showGroupSize(view.rows.length, audience),
    chart: drawChart(view, audience, input.divisions),
  };
}

/** One chart of the explorer: the question, in the view's filters and groups. */
export function explorerChart(ctx: TExplorerCtx, input: TExplorerChartInput): TExplorerChartOutput {
  const view = viewRows(ctx, input);
  const audience = ctx.access.audience;
  const kind = view.question.question.kind;
  const chart = drawChart(view, audience, input.divisions);
  // The same view asked again (Back, Reload, a colleague's link) reuses its test: it
  // depends only on the stories (the dataset is replaced when they change) and the view.
  const key = JSON.stringify([input.question, input.filters, input.groupBy, audience]);
  const comparisons = view.dataset.comparisons as Map<string, TComparison | null>;
  let comparison = comparisons.get(key);
  if (comparison === undefined) {
    comparison = view.grouping
      ? compareGroups(
          view.dataset,
          view.rows,
          view.question,
          view.grouping,
          input.groupBy,
          audience,
        )
      : null;
    if (comparisons.size >= 500) comparisons.clear();
    comparisons.set(key, comparison);
  }
  return {
    question: { id: view.question.question.id, label: view.question.label, kind },
    audience,
    stories: showGroupSize(view.rows.length, audience),
    chart,
    comparison,
  };
}
