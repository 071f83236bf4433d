import type { TCollection } from '@duiding/db';
import { AppError } from '../errors';
import { formatDutchDate } from '../time';

/** Refuses a collection that is not open at `now`, with a message saying when it is. */
export function assertCollectionOpen(collection: TCollection, now: Date): void {
  if (now < collection.opensAt) {
    throw new AppError(
      'COLLECTION_NOT_OPEN',
      `Dit onderzoek begint op ${formatDutchDate(collection.opensAt)}. Kom dan terug om je verhaal te delen.`,
    );
  }
  if (now >= collection.closesAt) {
    throw new AppError(
      'COLLECTION_CLOSED',
      `Dit onderzoek is gesloten sinds ${formatDutchDate(collection.closesAt)}. Je kunt geen verhalen meer insturen.`,
    );
  }
}
