import type { TRouterInputs } from '../trpc';

/*
 * The explorer's state lives in the URL (so Back, Forward and Reload keep it, and a link
 * shows a colleague the same view). This module reads and writes it; the page only calls
 * these. Parameter names are Dutch, as the addresses people see and share.
 */

type TChartInput = TRouterInputs['portal']['explorer']['chart'];
export type TFilter = NonNullable<TChartInput['filters']>[number];
export type TGroupBy = NonNullable<TChartInput['groupBy']>;
export type TSelection = TRouterInputs['portal']['explorer']['regionStories']['selection'];
export type TZone = Extract<TSelection, { kind: 'zone' }>['zone'];
export type TChartSpec = Extract<
  TRouterInputs['portal']['reports']['addSection']['spec'],
  { kind: 'chart' }
>;

export interface TExplorerState {
  framework?: string;
  question?: string;
  groupBy: TGroupBy | null;
  layout: 'overlaid' | 'side-by-side';
  filters: TFilter[];
  selection: TSelection | null;
  /** The group a selection was made in (side by side), or null. */
  selectionGroup: string | null;
  /** Which story of the reader is open (0-based). */
  story: number;
  heat: boolean;
  jitter: boolean;
}

export const EMPTY_STATE: TExplorerState = {
  groupBy: null,
  layout: 'overlaid',
  filters: [],
  selection: null,
  selectionGroup: null,
  story: 0,
  heat: false,
  jitter: false,
};

const ZONES: readonly TZone[] = [
  'corner-a',
  'corner-b',
  'corner-c',
  'centre',
  'edge-ab',
  'edge-bc',
  'edge-ca',
];
const isZone = (value: string): value is TZone => (ZONES as readonly string[]).includes(value);
const KEY = /^[\w.:-]{1,80}$/;

function readFilter(text: string): TFilter | null {
  const [kind, ...rest] = text.split('~');
  const body = rest.join('~');
  if (kind === 'tekst')
    return body.trim().length >= 2 ? { kind: 'text', text: body.slice(0, 100) } : null;
  if (kind === 'verzameling') {
    const ids = body.split(',').filter((id) => KEY.test(id));
    return ids.length ? { kind: 'collection', ids } : null;
  }
  if (kind === 'jaar') {
    const years = body
      .split(',')
      .map(Number)
      .filter((y) => Number.isInteger(y) && y >= 2000 && y <= 2100);
    return years.length ? { kind: 'year', years } : null;
  }
  const [question, values = ''] = body.split('=');
  if (!question || !KEY.test(question)) return null;
  if (kind === 'keuze') {
    const options = values.split(',').filter((id) => KEY.test(id));
    return options.length ? { kind: 'choice', question, options } : null;
  }
  if (kind === 'zone') {
    const zones = values.split(',').filter(isZone);
    return zones.length ? { kind: 'zone', question, zones } : null;
  }
  if (kind === 'bereik') {
    const [min, max] = values.split('_').map(Number);
    return Number.isFinite(min) && Number.isFinite(max)
      ? { kind: 'range', question, min: min as number, max: max as number }
      : null;
  }
  return null;
}

function writeFilter(filter: TFilter): string {
  switch (filter.kind) {
    case 'text':
      return `tekst~${filter.text}`;
    case 'collection':
      return `verzameling~${filter.ids.join(',')}`;
    case 'year':
      return `jaar~${filter.years.join(',')}`;
    case 'choice':
      return `keuze~${filter.question}=${filter.options.join(',')}`;
    case 'zone':
      return `zone~${filter.question}=${filter.zones.join(',')}`;
    case 'range':
      return `bereik~${filter.question}=${filter.min}_${filter.max}`;
  }
}

function readSelection(text: string | null): TSelection | null {
  if (!text) return null;
  if (text.startsWith('zone:')) {
    const zone = text.slice(5);
    return isZone(zone) ? { kind: 'zone', zone } : null;
  }
  if (text.startsWith('vlak:')) {
    const points = text
      .slice(5)
      .split(';')
      .map((pair) => pair.split(',').map(Number))
      .filter((p) => p.length === 2 && p.every((v) => Number.isFinite(v) && Math.abs(v) <= 3))
      .map(([a, c]) => ({ a: a as number, c: c as number, b: 1 - (a as number) - (c as number) }));
    return points.length >= 3 && points.length <= 400 ? { kind: 'polygon', points } : null;
  }
  return null;
}

/** A polygon in the URL: pairs a,c (b follows) with 4 decimals. */
function writeSelection(selection: TSelection): string {
  if (selection.kind === 'zone') return `zone:${selection.zone}`;
  return `vlak:${selection.points.map((p) => `${p.a.toFixed(4)},${p.c.toFixed(4)}`).join(';')}`;
}

export function readExplorerState(search: string): TExplorerState {
  const params = new URLSearchParams(search);
  const key = (name: string) => {
    const value = params.get(name);
    return value && KEY.test(value) ? value : undefined;
  };
  const indeling = params.get('indeling') ?? '';
  const groupBy: TGroupBy | null =
    indeling === 'verzameling'
      ? { kind: 'collection' }
      : indeling === 'jaar'
        ? { kind: 'year' }
        : indeling.startsWith('vraag:') && KEY.test(indeling.slice(6))
          ? { kind: 'question', question: indeling.slice(6) }
          : null;
  const story = Number(params.get('verhaal') ?? '1');
  return {
    framework: key('vragenlijst'),
    question: key('vraag'),
    groupBy,
    layout: params.get('weergave') === 'naast' ? 'side-by-side' : 'overlaid',
    filters: params
      .getAll('filter')
      .slice(0, 12)
      .map(readFilter)
      .filter((f): f is TFilter => f !== null),
    selection: readSelection(params.get('selectie')),
    selectionGroup: key('groep') ?? null,
    story: Number.isInteger(story) && story >= 1 ? story - 1 : 0,
    heat: params.get('kaart') === 'warmte',
    jitter: params.get('spreiding') === 'aan',
  };
}

export function writeExplorerState(state: TExplorerState): string {
  const params = new URLSearchParams();
  if (state.framework) params.set('vragenlijst', state.framework);
  if (state.question) params.set('vraag', state.question);
  if (state.groupBy) {
    params.set(
      'indeling',
      state.groupBy.kind === 'question'
        ? `vraag:${state.groupBy.question}`
        : state.groupBy.kind === 'collection'
          ? 'verzameling'
          : 'jaar',
    );
  }
  if (state.layout === 'side-by-side') params.set('weergave', 'naast');
  for (const filter of state.filters) params.append('filter', writeFilter(filter));
  if (state.selection) params.set('selectie', writeSelection(state.selection));
  if (state.selectionGroup) params.set('groep', state.selectionGroup);
  if (state.story > 0) params.set('verhaal', String(state.story + 1));
  if (state.heat) params.set('kaart', 'warmte');
  if (state.jitter) params.set('spreiding', 'aan');
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The state after a change the person made; a new view starts the reader again. */
export function changeExplorerState(
  state: TExplorerState,
  change: Partial<TExplorerState>,
): TExplorerState {
  const next = { ...state, ...change };
  const viewChanged =
    'question' in change || 'groupBy' in change || 'filters' in change || 'framework' in change;
  if (viewChanged) {
    next.selection = change.selection ?? null;
    next.selectionGroup = change.selectionGroup ?? null;
  }
  if (viewChanged || 'selection' in change) next.story = change.story ?? 0;
  return next;
}

/**
 * The explorer's view as a report's chart section: its question, grouping and filters; the
 * collection filter (or every collection of the questionnaire) as the chart's collections.
 */
export function chartSpecOf(
  state: TExplorerState,
  question: string,
  collections: readonly { id: string }[],
): TChartSpec {
  const chosen = state.filters.find((f) => f.kind === 'collection');
  const filters = state.filters.filter((f) => f.kind !== 'collection');
  const groupBy = state.groupBy;
  return {
    kind: 'chart',
    collectionIds: chosen?.kind === 'collection' ? chosen.ids : collections.map((c) => c.id),
    questionId: question,
    ...(groupBy ? { groupBy: groupBy.kind === 'question' ? groupBy.question : groupBy.kind } : {}),
    ...(filters.length ? { filters } : {}),
  };
}
