import {
  addReviewComment,
  appendAuditEntry,
  countLinkComments,
  createReviewLink,
  findFrameworkVersion,
  findOpenReviewLink,
  listReviewLinks,
  revokeReviewLink,
} from '@duiding/db';
import { frameworkQuestions, type TFramework } from '@duiding/survey';
import { z } from 'zod';
import type { TRateRuleName } from '../auth/rate-limit';
import { hashSessionToken, newSessionToken } from '../auth/session';
import type { TApiContext, TSession } from '../context';
import { AppError } from '../errors';
import type { TProjectAccess } from '../permissions';
import { ZLinkToken } from './account.schema';
import { projectVersion } from './frameworks';
import type { TCreateReviewLinkInput, TReviewLinkInput, TVersionInput } from './frameworks.schema';

/*
 * "Questions made together": a draft is shared with a review group by a link, without an
 * account. The link's token is shown once; only its hash is stored. Reviewers see the
 * draft and comment per question; the designer reads the comments beside each question.
 */

type TDesignContext = TApiContext & { session: TSession; access: TProjectAccess };

/** A comment about the questionnaire as a whole, not one question. */
export const GENERAL_QUESTION = '_general';
/** The most comments one link takes: a shared link cannot fill the database. */
export const MAX_COMMENTS_PER_LINK = 1000;

export interface TReviewLinkOutput {
  id: string;
  createdAt: string;
  expiresAt: string;
  revoked: boolean;
}

export function createDraftReviewLink(
  ctx: TDesignContext,
  input: TCreateReviewLinkInput,
): TReviewLinkOutput & { token: string } {
  const version = projectVersion(ctx, input.versionId);
  if (version.publishedAt) {
    throw new AppError(
      'CONFLICT',
      'Deze versie is gepubliceerd. Deel een concept om er samen aan te werken.',
    );
  }
  const now = ctx.clock();
  const token = newSessionToken();
  const link = createReviewLink(ctx.db, {
    frameworkVersionId: version.id,
    tokenHash: hashSessionToken(token),
    createdByUserId: ctx.session.user.id,
    now,
    expiresAt: new Date(now.getTime() + input.days * 86_400_000),
  });
  appendAuditEntry(ctx.db, {
    at: now,
    actorUserId: ctx.session.user.id,
    projectId: ctx.access.projectId,
    action: 'framework.review-link',
    subject: `framework-version:${version.id}`,
    details: { linkId: link.id, days: input.days },
  });
  return {
    id: link.id,
    token,
    createdAt: link.createdAt.toISOString(),
    expiresAt: link.expiresAt.toISOString(),
    revoked: false,
  };
}

export function draftReviewLinks(
  ctx: TDesignContext,
  input: TVersionInput,
): { links: TReviewLinkOutput[] } {
  const version = projectVersion(ctx, input.versionId);
  return {
    links: listReviewLinks(ctx.db, version.id).map((l) => ({
      id: l.id,
      createdAt: l.createdAt.toISOString(),
      expiresAt: l.expiresAt.toISOString(),
      revoked: l.revokedAt !== null,
    })),
  };
}

export function revokeDraftReviewLink(
  ctx: TDesignContext,
  input: TReviewLinkInput,
): { revoked: true } {
  const version = projectVersion(ctx, input.versionId);
  if (
    !revokeReviewLink(ctx.db, {
      frameworkVersionId: version.id,
      id: input.linkId,
      now: ctx.clock(),
    })
  ) {
    throw new AppError('NOT_FOUND', 'Deze reviewlink bestaat niet of is al ingetrokken.');
  }
  appendAuditEntry(ctx.db, {
    at: ctx.clock(),
    actorUserId: ctx.session.user.id,
    projectId: ctx.access.projectId,
    action: 'framework.review-link-revoke',
    subject: `framework-version:${version.id}`,
    details: { linkId: input.linkId },
  });
  return { revoked: true };
}

function limit(ctx: TApiContext, rule: TRateRuleName) {
  const now = ctx.clock();
  const key = ctx.rateLimiter.keyOf(ctx.clientAddress ?? 'unknown', now);
  if (ctx.rateLimiter.isLimited(rule, key, now)) {
    throw new AppError(
      'RATE_LIMITED',
      'Er kwamen net veel verzoeken van deze verbinding. Wacht tien minuten en probeer het opnieuw.',
    );
  }
  ctx.rateLimiter.record(rule, key, now);
}

const CLOSED = 'Deze reviewlink werkt niet (meer). Vraag de onderzoeker om een nieuwe link.';

function openLink(ctx: TApiContext, token: string) {
  const link = findOpenReviewLink(ctx.db, hashSessionToken(token), ctx.clock());
  const version = link && findFrameworkVersion(ctx.db, link.frameworkVersionId);
  // Once the draft is published the review is over; its comments stay with the version.
  if (!link || !version || version.publishedAt) throw new AppError('NOT_FOUND', CLOSED);
  return { link, version };
}

export const ZReviewTokenInput = z.object({ token: ZLinkToken });

export interface TReviewDraftOutput {
  framework: TFramework;
  expiresAt: string;
}

/** What a reviewer sees: the draft to try in the preview. */
export function openReview(
  ctx: TApiContext,
  input: z.infer<typeof ZReviewTokenInput>,
): TReviewDraftOutput {
  limit(ctx, 'reviewOpen');
  const { link, version } = openLink(ctx, input.token);
  return { framework: version.definition, expiresAt: link.expiresAt.toISOString() };
}

export const ZReviewCommentInput = z.object({
  token: ZLinkToken,
  questionId: z.string().min(1).max(64),
  authorName: z.string().trim().max(80, 'Je naam is te lang: hooguit 80 tekens.').optional(),
  body: z
    .string()
    .trim()
    .min(1, 'Schrijf je opmerking.')
    .max(2000, 'Je opmerking is te lang: hooguit 2000 tekens. Verdeel hem over twee opmerkingen.'),
});

export function commentOnReview(
  ctx: TApiContext,
  input: z.infer<typeof ZReviewCommentInput>,
): { id: string; createdAt: string } {
  limit(ctx, 'reviewComment');
  const { link, version } = openLink(ctx, input.token);
  const known =
    input.questionId === GENERAL_QUESTION ||
    frameworkQuestions(version.definition).some((q) => q.id === input.questionId);
  if (!known)
    throw new AppError(
      'NOT_FOUND',
      'Deze vraag staat niet (meer) in de vragenlijst. Laad de pagina opnieuw.',
    );
  if (countLinkComments(ctx.db, link.id) >= MAX_COMMENTS_PER_LINK) {
    throw new AppError(
      'RATE_LIMITED',
      'Via deze link zijn al heel veel opmerkingen gegeven. Vraag de onderzoeker om een nieuwe link.',
    );
  }
  const comment = addReviewComment(ctx.db, {
    frameworkVersionId: version.id,
    reviewLinkId: link.id,
    questionId: input.questionId,
    authorName: input.authorName || null,
    body: input.body,
    now: ctx.clock(),
  });
  return { id: comment.id, createdAt: comment.createdAt.toISOString() };
}
