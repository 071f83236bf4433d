import type { TRouterInputs } from '../trpc';

/*
 * The table's search, filters and sort as URL search parameters and back, so that Back,
 * Forward, Reload and a shared link show the same table. Readable on purpose:
 *   ?q=wachten&status=approved&kanaal=web,paper&van=2026-10-01&sorteer=title.asc
 *   &a.gevoel=opties:positief,neutraal&a.hulp=zones:corner-a&a.betrokken=bereik:0.2-0.6
 *   &a.plekken=stenen:wijkteam:0,1&code=<id>
 * Anything the page cannot read is left out, never an error.
 */

export type TStoryTableInput = TRouterInputs['portal']['storyTable'];
export type TStoryQuery = Omit<TStoryTableInput, 'projectId' | 'limit' | 'cursor'>;
export type TAnswerFilter = NonNullable<TStoryQuery['answers']>[number];
export type TSort = NonNullable<TStoryQuery['sort']>;

export const STATUSES = ['pending', 'approved', 'rejected'] as const;
export const CHANNELS = ['web', 'assisted', 'paper', 'import'] as const;
export const SORT_KEYS = ['createdOn', 'title', 'status', 'channel'] as const;
export const TRIAD_ZONES = [
  'corner-a',
  'corner-b',
  'corner-c',
  'centre',
  'edge-ab',
  'edge-bc',
  'edge-ca',
] as const;

export const DEFAULT_SORT: TSort = { key: 'createdOn', direction: 'desc' };

const ID = /^[a-z][a-z0-9_]{0,63}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const KEY = /^[A-Za-z0-9_-]{1,64}$/;

const list = (value: string | null) =>
  value
    ? value
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean)
    : [];

function oneOf<T extends string>(values: readonly string[], allowed: readonly T[]): T[] {
  return [...new Set(values.filter((v): v is T => (allowed as readonly string[]).includes(v)))];
}

function readAnswer(questionId: string, value: string): TAnswerFilter | undefined {
  const [kind, ...rest] = value.split(':');
  const payload = rest.join(':');
  switch (kind) {
    case 'opties': {
      const options = list(payload).filter((o) => ID.test(o));
      return options.length > 0 ? { kind: 'options', questionId, options } : undefined;
    }
    case 'zones': {
      const zones = oneOf(list(payload), TRIAD_ZONES);
      return zones.length > 0 ? { kind: 'zones', questionId, zones } : undefined;
    }
    case 'bereik': {
      const match = /^(-?[\d.]+)-(-?[\d.]+)$/.exec(payload);
      const min = Number(match?.[1]);
      const max = Number(match?.[2]);
      return match && Number.isFinite(min) && Number.isFinite(max) && min <= max
        ? { kind: 'range', questionId, min, max }
        : undefined;
    }
    case 'stenen': {
      const [stoneId = '', quadrants = ''] = payload.split(':');
      const chosen = [
        ...new Set(
          list(quadrants)
            .map(Number)
            .filter((q) => Number.isInteger(q) && q >= 0 && q <= 3),
        ),
      ];
      return ID.test(stoneId) && chosen.length > 0
        ? { kind: 'quadrants', questionId, stoneId, quadrants: chosen }
        : undefined;
    }
    default:
      return undefined;
  }
}

function writeAnswer(filter: TAnswerFilter): string {
  switch (filter.kind) {
    case 'options':
      return `opties:${filter.options.join(',')}`;
    case 'zones':
      return `zones:${filter.zones.join(',')}`;
    case 'range':
      return `bereik:${filter.min}-${filter.max}`;
    case 'quadrants':
      return `stenen:${filter.stoneId}:${filter.quadrants.join(',')}`;
  }
}

/** The query in a URL's search part (with or without the leading "?"). */
export function readStoryQuery(search: string): TStoryQuery {
  const params = new URLSearchParams(search);
  const query: TStoryQuery = {};
  const text = params.get('q')?.slice(0, 500);
  if (text?.trim()) query.text = text;
  const statuses = oneOf(list(params.get('status')), STATUSES);
  if (statuses.length > 0) query.statuses = statuses;
  const channels = oneOf(list(params.get('kanaal')), CHANNELS);
  if (channels.length > 0) query.channels = channels;
  const collections = list(params.get('verzameling')).filter((c) => KEY.test(c));
  if (collections.length > 0) query.collectionIds = collections.slice(0, 50);
  const codes = list(params.get('code')).filter((c) => KEY.test(c));
  if (codes.length > 0) query.codeIds = codes.slice(0, 50);
  const from = params.get('van');
  if (from && DAY.test(from)) query.createdFrom = from;
  const to = params.get('tot');
  if (to && DAY.test(to)) query.createdTo = to;
  const answers: TAnswerFilter[] = [];
  for (const [name, value] of params) {
    const questionId = name.startsWith('a.') ? name.slice(2) : '';
    if (!ID.test(questionId) || answers.length >= 30) continue;
    const filter = readAnswer(questionId, value);
    if (filter) answers.push(filter);
  }
  if (answers.length > 0) query.answers = answers;
  const [key, direction] = (params.get('sorteer') ?? '').split('.');
  if (
    (SORT_KEYS as readonly string[]).includes(key ?? '') &&
    (direction === 'asc' || direction === 'desc')
  ) {
    query.sort = { key: key as TSort['key'], direction };
  }
  return query;
}

/** The query as a URL's search part, without "?"; empty for the plain table. */
export function writeStoryQuery(query: TStoryQuery): string {
  const params = new URLSearchParams();
  if (query.text?.trim()) params.set('q', query.text);
  if (query.statuses?.length) params.set('status', query.statuses.join(','));
  if (query.channels?.length) params.set('kanaal', query.channels.join(','));
  if (query.collectionIds?.length) params.set('verzameling', query.collectionIds.join(','));
  if (query.codeIds?.length) params.set('code', query.codeIds.join(','));
  if (query.createdFrom) params.set('van', query.createdFrom);
  if (query.createdTo) params.set('tot', query.createdTo);
  for (const filter of query.answers ?? [])
    params.set(`a.${filter.questionId}`, writeAnswer(filter));
  const sort = query.sort ?? DEFAULT_SORT;
  if (sort.key !== DEFAULT_SORT.key || sort.direction !== DEFAULT_SORT.direction) {
    params.set('sorteer', `${sort.key}.${sort.direction}`);
  }
  return params.toString();
}

/** How many filters are set (the search and the sort not counted). */
export function countFilters(query: TStoryQuery): number {
  return (
    (query.statuses?.length ? 1 : 0) +
    (query.channels?.length ? 1 : 0) +
    (query.collectionIds?.length ? 1 : 0) +
    (query.codeIds?.length ? 1 : 0) +
    (query.createdFrom || query.createdTo ? 1 : 0) +
    (query.answers?.length ?? 0)
  );
}
