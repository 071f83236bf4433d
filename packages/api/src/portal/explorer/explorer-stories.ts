import { TRIAD_ZONES, triadZoneIndex } from '@duiding/analytics';
import { appendAuditEntry, readStoriesByIds, type TStoryStatus } from '@duiding/db';
import { detectPersonalData, redact } from '@duiding/moderation';
import type { TAnswers } from '@duiding/survey';
import { AppError } from '../../errors';
import type { TAudience } from '../../permissions';
import type { TRegionStoriesInput, TTernarySelectionInput } from './explorer.schema';
import type { TExplorerCtx } from './explorer-chart';
import { viewRows } from './explorer-chart';
import { isTriad, type TExplorerDataset } from './explorer-data';
import { showGroupSize, type TShownCount } from './shown-numbers';

/*
 * The story reader: the stories behind a chart selection or a pattern, one page at a time.
 * Outside the research team: approved stories only, their text redacted again by the
 * detector of `moderation` (whatever a moderator missed), no participant answers, and no
 * list at all for fewer than 10 stories.
 */

export interface TReaderStory {
  id: string;
  title: string;
  text: string;
  collectionTitle: string;
  createdOn: string;
  status: TStoryStatus;
  answers: TAnswers;
  participantAnswers: TAnswers | null;
}

export interface TReaderPage {
  total: TShownCount;
  stories: TReaderStory[];
  /** The next page's offset, or null. */
  nextOffset: number | null;
  withheld: string | null;
}

/** Whether a triad lies inside a polygon of triads (even–odd rule in the plane). */
export function triadInSelection(
  point: { a: number; b: number; c: number },
  selection: TTernarySelectionInput,
): boolean {
  if (selection.kind === 'zone') {
    return triadZoneIndex(point.a, point.b, point.c) === TRIAD_ZONES.indexOf(selection.zone);
  }
  // The plane of the ternary plot: x = c + a/2, y = a (a linear map, so insideness holds).
  const x = point.c + point.a / 2;
  const y = point.a;
  const polygon = selection.points;
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const pi = polygon[i]!;
    const pj = polygon[j]!;
    const xi = pi.c + pi.a / 2;
    const xj = pj.c + pj.a / 2;
    if (pi.a > y !== pj.a > y && x < ((xj - xi) * (y - pi.a)) / (pj.a - pi.a) + xi)
      inside = !inside;
  }
  return inside;
}

const statusesFor = (audience: TAudience): TStoryStatus[] =>
  audience === 'outside' ? ['approved'] : ['pending', 'approved'];

/** A page of the stories with these dataset positions, as the caller may read them. */
export function readerPage(
  ctx: TExplorerCtx,
  dataset: TExplorerDataset,
  positions: readonly number[],
  offset: number,
  limit: number,
  subject: string,
): TReaderPage {
  const { audience } = ctx.access;
  const total = showGroupSize(positions.length, audience);
  if (audience === 'outside' && positions.length < 10) {
    return {
      total,
      stories: [],
      nextOffset: null,
      withheld: 'Minder dan 10 verhalen; deze lijst tonen we alleen aan het onderzoeksteam.',
    };
  }
  if (offset === 0) {
    appendAuditEntry(ctx.db, {
      at: ctx.clock(),
      actorUserId: ctx.session.user.id,
      projectId: ctx.access.projectId,
      action: 'explorer.stories-view',
      subject,
    });
  }
  const ids = positions.slice(offset, offset + limit).map((i) => dataset.rowIds[i]!);
  const stories = readStoriesByIds(ctx.db, ctx.access.projectId, ids, statusesFor(audience));
  const withAnswers = ctx.access.can('stories.readParticipantAnswers');
  const titles = new Map(dataset.collections.map((c) => [c.id, c.title]));
  const clean = (text: string) =>
    audience === 'outside' ? redact(text, detectPersonalData(text)) : text;
  return {
    total,
    stories: stories.map((story) => ({
      id: story.id,
      title: clean(story.title),
      text: clean(story.text),
      collectionTitle: titles.get(story.collectionId) ?? '',
      createdOn: story.createdOn,
      status: story.status,
      answers: story.answers as TAnswers,
      participantAnswers: withAnswers ? (story.participantAnswers as TAnswers) : null,
    })),
    nextOffset: offset + limit < positions.length ? offset + limit : null,
    withheld: null,
  };
}

/** The stories of a view whose triad answer lies in the selected region (or zone). */
export function regionStories(ctx: TExplorerCtx, input: TRegionStoriesInput): TReaderPage {
  const view = viewRows(ctx, input);
  if (view.question.question.kind !== 'triad') {
    throw new AppError('BAD_INPUT', 'Een gebied kies je in een driehoek.');
  }
  if (input.group !== null && !view.groups.some((g) => g.id === input.group)) {
    throw new AppError('NOT_FOUND', 'Deze groep hoort niet bij deze indeling.');
  }
  const seen = new Set<number>();
  const positions: number[] = [];
  for (let k = 0; k < view.size; k++) {
    if (input.group !== null && view.groupIds[k] !== input.group) continue;
    const row = view.rowOf[k] as number;
    if (seen.has(row)) continue;
    const value = view.valueAt(k);
    if (!isTriad(value) || !triadInSelection(value, input.selection)) continue;
    seen.add(row);
    positions.push(row);
  }
  return readerPage(
    ctx,
    view.dataset,
    positions,
    input.offset,
    input.limit,
    `question:${input.question}`,
  );
}
