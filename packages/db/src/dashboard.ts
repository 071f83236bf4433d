import { and, asc, count, eq, ne, sql } from 'drizzle-orm';
import type { TDbExecutor } from './database';
import { intakeStepCounts, participants, stories } from './schema';

/*
 * Figures for a collection's dashboard. Withdrawn stories do not count: the person took
 * them back. Counts only; suppression for viewers outside the team happens in api.
 */

export function countStoriesPerDay(
  db: TDbExecutor,
  collectionId: string,
): { day: string; stories: number }[] {
  return db
    .select({ day: stories.createdOn, stories: count() })
    .from(stories)
    .where(and(eq(stories.collectionId, collectionId), ne(stories.status, 'withdrawn')))
    .groupBy(stories.createdOn)
    .orderBy(asc(stories.createdOn))
    .all();
}

/**
 * Each participant's own answers with the number of their stories that count, so api can
 * tally stories per answer of any participant question (role, municipality, …).
 */
export function listParticipantAnswersWithStories(
  db: TDbExecutor,
  collectionId: string,
): { answers: Record<string, unknown>; stories: number }[] {
  return db
    .select({ answers: participants.answers, stories: count(stories.id) })
    .from(participants)
    .innerJoin(stories, eq(stories.participantId, participants.id))
    .where(and(eq(participants.collectionId, collectionId), ne(stories.status, 'withdrawn')))
    .groupBy(participants.id)
    .all();
}

/** Counts one participant reaching a step; nothing else about them is kept. */
export function countIntakeStep(db: TDbExecutor, collectionId: string, step: string): void {
  db.insert(intakeStepCounts)
    .values({ collectionId, step, count: 1 })
    .onConflictDoUpdate({
      target: [intakeStepCounts.collectionId, intakeStepCounts.step],
      set: { count: sql`${intakeStepCounts.count} + 1` },
    })
    .run();
}

export function listIntakeStepCounts(
  db: TDbExecutor,
  collectionId: string,
): { step: string; count: number }[] {
  return db
    .select({ step: intakeStepCounts.step, count: intakeStepCounts.count })
    .from(intakeStepCounts)
    .where(eq(intakeStepCounts.collectionId, collectionId))
    .all();
}

/** How many different steps a collection has counted, to bound what the public can add. */
export function countIntakeSteps(db: TDbExecutor, collectionId: string): number {
  return (
    db
      .select({ n: count() })
      .from(intakeStepCounts)
      .where(eq(intakeStepCounts.collectionId, collectionId))
      .get()?.n ?? 0
  );
}
