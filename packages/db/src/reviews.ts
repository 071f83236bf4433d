import { randomUUID } from 'node:crypto';
import { and, asc, count, desc, eq, gt, isNull } from 'drizzle-orm';
import type { TDbExecutor } from './database';
import { reviewComments, reviewLinks } from './schema';

export interface TReviewLink {
  id: string;
  frameworkVersionId: string;
  createdAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
}

const linkColumns = {
  id: reviewLinks.id,
  frameworkVersionId: reviewLinks.frameworkVersionId,
  createdAt: reviewLinks.createdAt,
  expiresAt: reviewLinks.expiresAt,
  revokedAt: reviewLinks.revokedAt,
};

/** A review link of a draft version, stored under the hash of its token. */
export function createReviewLink(
  db: TDbExecutor,
  input: {
    frameworkVersionId: string;
    tokenHash: string;
    createdByUserId: string;
    now: Date;
    expiresAt: Date;
  },
): TReviewLink {
  const row = {
    id: randomUUID(),
    frameworkVersionId: input.frameworkVersionId,
    createdAt: input.now,
    expiresAt: input.expiresAt,
    revokedAt: null,
  };
  db.insert(reviewLinks)
    .values({ ...row, tokenHash: input.tokenHash, createdByUserId: input.createdByUserId })
    .run();
  return row;
}

/** A link that is not revoked and not expired at `now`. */
export function findOpenReviewLink(
  db: TDbExecutor,
  tokenHash: string,
  now: Date,
): TReviewLink | undefined {
  return db
    .select(linkColumns)
    .from(reviewLinks)
    .where(
      and(
        eq(reviewLinks.tokenHash, tokenHash),
        isNull(reviewLinks.revokedAt),
        gt(reviewLinks.expiresAt, now),
      ),
    )
    .get();
}

export function listReviewLinks(db: TDbExecutor, frameworkVersionId: string): TReviewLink[] {
  return db
    .select(linkColumns)
    .from(reviewLinks)
    .where(eq(reviewLinks.frameworkVersionId, frameworkVersionId))
    .orderBy(desc(reviewLinks.createdAt))
    .all();
}

export function revokeReviewLink(
  db: TDbExecutor,
  input: { frameworkVersionId: string; id: string; now: Date },
): boolean {
  return (
    db
      .update(reviewLinks)
      .set({ revokedAt: input.now })
      .where(
        and(
          eq(reviewLinks.id, input.id),
          eq(reviewLinks.frameworkVersionId, input.frameworkVersionId),
          isNull(reviewLinks.revokedAt),
        ),
      )
      .run().changes > 0
  );
}

export interface TReviewComment {
  id: string;
  questionId: string;
  authorName: string | null;
  body: string;
  createdAt: Date;
}

export function addReviewComment(
  db: TDbExecutor,
  input: {
    frameworkVersionId: string;
    reviewLinkId: string;
    questionId: string;
    authorName: string | null;
    body: string;
    now: Date;
  },
): TReviewComment {
  const row = {
    id: randomUUID(),
    questionId: input.questionId,
    authorName: input.authorName,
    body: input.body,
    createdAt: input.now,
  };
  db.insert(reviewComments)
    .values({
      ...row,
      frameworkVersionId: input.frameworkVersionId,
      reviewLinkId: input.reviewLinkId,
    })
    .run();
  return row;
}

/** The comments on a version, oldest first. */
export function listReviewComments(db: TDbExecutor, frameworkVersionId: string): TReviewComment[] {
  return db
    .select({
      id: reviewComments.id,
      questionId: reviewComments.questionId,
      authorName: reviewComments.authorName,
      body: reviewComments.body,
      createdAt: reviewComments.createdAt,
    })
    .from(reviewComments)
    .where(eq(reviewComments.frameworkVersionId, frameworkVersionId))
    .orderBy(asc(reviewComments.createdAt), asc(reviewComments.id))
    .all();
}

/** How many comments came in through one link: a bound on what a shared link can add. */
export function countLinkComments(db: TDbExecutor, reviewLinkId: string): number {
  return (
    db
      .select({ n: count() })
      .from(reviewComments)
      .where(eq(reviewComments.reviewLinkId, reviewLinkId))
      .get()?.n ?? 0
  );
}
