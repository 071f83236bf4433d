import {
  countIntakeStep,
  countIntakeSteps,
  findCollectionById,
  listIntakeStepCounts,
} from '@duiding/db';
import { z } from 'zod';
import type { TApiContext } from '../context';
import { AppError } from '../errors';
import { collectionStatus } from './open-collection';

/*
 * Where participants stop: the intake reports each step a person reaches, once. Only a
 * counter per collection and step goes up: no id, no day, no time of day, so nobody's path
 * through the questionnaire can be followed.
 */

/** More distinct steps than an intake has; past it new names are not counted. */
export const MAX_STEPS_PER_COLLECTION = 40;

export const ZStepReachedInput = z.object({
  collectionId: z.string().min(1).max(64),
  step: z
    .string()
    .regex(/^[a-z][a-z0-9-]{0,39}$/, 'Een stap heet met kleine letters, cijfers en streepjes.'),
});
export type TStepReachedInput = z.infer<typeof ZStepReachedInput>;

export function stepReached(ctx: TApiContext, input: TStepReachedInput): { counted: boolean } {
  const now = ctx.clock();
  const key = ctx.rateLimiter.keyOf(ctx.clientAddress ?? 'unknown', now);
  // A flood from one address is dropped quietly: the person's flow must never stop for it.
  if (ctx.rateLimiter.isLimited('intakeStep', key, now)) return { counted: false };
  ctx.rateLimiter.record('intakeStep', key, now);
  const collection = findCollectionById(ctx.db, input.collectionId);
  if (collection?.kind !== 'public') {
    throw new AppError('NOT_FOUND', 'Dit onderzoek bestaat niet (meer). Laad de pagina opnieuw.');
  }
  if (collectionStatus(collection, now) !== 'open') return { counted: false };
  const known = listIntakeStepCounts(ctx.db, collection.id).some((s) => s.step === input.step);
  if (!known && countIntakeSteps(ctx.db, collection.id) >= MAX_STEPS_PER_COLLECTION) {
    return { counted: false };
  }
  countIntakeStep(ctx.db, collection.id, input.step);
  return { counted: true };
}
