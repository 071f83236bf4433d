import { listObservations, saveCollectionNote, type TCollectionWithFramework } from '@duiding/db';
import { localize, resultBars } from '@duiding/survey';
import type { TApiContext, TSession } from '../context';
import { AppError } from '../errors';
import type { TProjectAccess } from '../permissions';
import { projectCollection } from './collections';
import type { TPanelWaveInput, TSaveMeetingNoteInput } from './panel.schema';

/*
 * Notes of the meeting where a wave's results are discussed: per slide one observation on
 * the wave (the schema's observation about a collection), so the interpretation group finds
 * them in catalysis and reads them in competing ways there. The slide is named in the title,
 * which the server writes: "Bijeenkomst: <the item>".
 */

type TMeetingContext = TApiContext & { session: TSession; access: TProjectAccess };

/** The slides that are not one item. */
export const MEETING_OPENING = 'opening';
export const MEETING_TREND = 'trend';

const TITLE_PREFIX = 'Bijeenkomst: ';

function meetingWave(ctx: TMeetingContext, collectionId: string): TCollectionWithFramework {
  const collection = projectCollection(ctx, collectionId);
  if (collection.kind !== 'panel_wave') {
    throw new AppError('BAD_INPUT', 'Dit is geen panelronde maar een openbare verzameling.');
  }
  return collection;
}

/** Each slide's note title: the opening, the trend and every item that has a chart. */
function slideTitles(collection: TCollectionWithFramework): Map<string, string> {
  const titles = new Map<string, string>([
    [MEETING_OPENING, `${TITLE_PREFIX}algemeen`],
    [MEETING_TREND, `${TITLE_PREFIX}door de rondes heen`],
  ]);
  for (const question of collection.framework.signifiers) {
    if (!resultBars(question)) continue;
    titles.set(question.id, `${TITLE_PREFIX}${localize(question.label, { locale: 'nl' })}`);
  }
  return titles;
}

export interface TMeetingNote {
  slideId: string;
  observationId: string;
  body: string;
  updatedAt: string;
}

export function meetingNotes(
  ctx: TMeetingContext,
  input: TPanelWaveInput,
): { notes: TMeetingNote[] } {
  const collection = meetingWave(ctx, input.collectionId);
  const slideOf = new Map([...slideTitles(collection)].map(([slide, title]) => [title, slide]));
  const notes: TMeetingNote[] = [];
  for (const observation of listObservations(ctx.db, ctx.access.projectId, {
    collectionId: collection.id,
  })) {
    const slideId = slideOf.get(observation.title);
    if (!slideId || notes.some((n) => n.slideId === slideId)) continue;
    notes.push({
      slideId,
      observationId: observation.id,
      body: observation.body,
      updatedAt: observation.updatedAt.toISOString(),
    });
  }
  return { notes };
}

/** Saves a slide's note (an empty note removes it); returns when it was saved. */
export function saveMeetingNote(
  ctx: TMeetingContext,
  input: TSaveMeetingNoteInput,
): { observationId: string | null; savedAt: string } {
  const collection = meetingWave(ctx, input.collectionId);
  const title = slideTitles(collection).get(input.slideId);
  if (!title) {
    throw new AppError('NOT_FOUND', 'Deze dia hoort niet bij deze ronde. Laad de pagina opnieuw.');
  }
  const now = ctx.clock();
  const { id } = saveCollectionNote(ctx.db, {
    projectId: ctx.access.projectId,
    collectionId: collection.id,
    title,
    body: input.body,
    userId: ctx.session.user.id,
    now,
  });
  return { observationId: id, savedAt: now.toISOString() };
}
