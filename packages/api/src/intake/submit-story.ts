import {
  DbConflictError,
  findCollectionById,
  findParticipantByCodeHash,
  findStoryByClientId,
  type TNewStory,
} from '@duiding/db';
import {
  type TAnswerError,
  type TFramework,
  validateResponse,
  validateStoryText,
} from '@duiding/survey';
import type { TApiContext } from '../context';
import { AppError } from '../errors';
import { amsterdamDay } from '../time';
import { knownCodeHash } from './code-access';
import { reservedCodeHash } from './code-reservation';
import { assertCollectionOpen } from './collection-status';
import {
  formatParticipantCode,
  generateParticipantCode,
  hashParticipantCode,
} from './participant-code';
import { freshProofOfWork } from './proof-of-work';
import type { TSubmitStoryInput } from './submit-story.schema';

export interface TSubmitStoryOutput {
  storyId: string;
  duplicate: boolean;
  /**
   * The personal code (`K7QP-MW3D-9XRT`) of the participant this story belongs to: a new one
   * when this story made the participant without a code, or the code the browser sent when
   * it is this participant's (so also on a retry after a lost reply). Only its keyed hash is
   * stored, so a retry without the code cannot get it back.
   */
  participantCode?: string;
}

/**
 * Stores a story with its answers and the participant's answers, all or nothing.
 * Idempotent on the story's client id.
 */
export async function submitStory(
  ctx: TApiContext,
  input: TSubmitStoryInput,
): Promise<TSubmitStoryOutput> {
  // A retry of a stored story gets its first answer before any limit is looked at, also when
  // the collection closed in between: it costs nothing and must never be refused.
  const earlier = findStoryByClientId(ctx.db, input.clientId);
  if (earlier && earlier.collectionId === input.collectionId) {
    return {
      storyId: earlier.id,
      duplicate: true,
      ...codeOf(ctx, earlier.participantId, input.participantCode),
    };
  }

  if (input.website) {
    throw new AppError(
      'BAD_INPUT',
      'Er is een verborgen veld ingevuld dat mensen niet zien; dat doen alleen programma’s. Laad de pagina opnieuw en verstuur je verhaal nog eens.',
    );
  }

  // A fresh proof of work lifts the strict per-address limit to a generous ceiling. The story
  // spends it when it is stored; one refused (a wrong answer, a closed collection) spends
  // nothing, so the same solution may come again with the corrected story.
  const proof = await freshProofOfWork(ctx, input.proofOfWork);
  if (!proof) return storeNewStory(ctx, input, 'submitStory');
  try {
    return await storeNewStory(ctx, input, 'submitStoryProven', proof);
  } catch (error) {
    // Spent meanwhile by a story stored with the same solution: it counts as none, and the
    // strict limit decides. The place it took under the proven ceiling stays taken: only a
    // solution sent twice comes here.
    if (error instanceof DbConflictError && error.reason === 'proof-of-work-spent') {
      return storeNewStory(ctx, input, 'submitStory');
    }
    throw error;
  }
}

async function storeNewStory(
  ctx: TApiContext,
  input: TSubmitStoryInput,
  rule: 'submitStory' | 'submitStoryProven',
  proofOfWork?: TNewStory['proofOfWork'],
): Promise<TSubmitStoryOutput> {
  const now = ctx.clock();
  const limiter = ctx.rateLimiter;
  const key = limiter.keyOf(ctx.clientAddress ?? 'unknown', now);
  if (limiter.isLimited(rule, key, now)) {
    throw new AppError(
      'RATE_LIMITED',
      'Er zijn net veel verhalen verstuurd vanaf deze verbinding. Wacht tien minuten en probeer het opnieuw; je verhaal blijft staan.',
    );
  }
  limiter.record(rule, key, now);

  const collection = findCollectionById(ctx.db, input.collectionId);
  if (collection?.kind !== 'public') {
    throw new AppError('NOT_FOUND', 'Dit onderzoek bestaat niet (meer). Laad de pagina opnieuw.');
  }
  assertCollectionOpen(collection, now);
  const { framework } = collection;

  const { participant, answers, story } = validateSubmission(framework, input);

  // A code the person brings must be one we gave out: reserved for this story (with our
  // ticket) or already in use; without one they get a new code.
  const issuedCode = input.participantCode ? undefined : generateParticipantCode();
  const codeHash = !input.participantCode
    ? hashParticipantCode(ctx.db, issuedCode!, now)
    : input.codeTicket
      ? reservedCodeHash(ctx, input.participantCode, input.codeTicket)
      : knownCodeHash(ctx, input.participantCode);

  // Acknowledged only once its group's commit is on disk.
  const stored = await ctx.storyWriter.insertStory({
    clientId: input.clientId,
    collectionId: collection.id,
    participant: { clientId: input.participant.clientId, answers: participant, codeHash },
    promptId: story.promptId,
    title: story.title,
    text: story.text,
    language: input.story.language,
    channel: 'web',
    answers,
    // Privacy: the day in Amsterdam, no time of day.
    createdOn: amsterdamDay(now),
    ...(proofOfWork ? { proofOfWork } : {}),
  });
  return {
    storyId: stored.storyId,
    duplicate: stored.duplicate,
    ...(issuedCode
      ? stored.participantCreated
        ? { participantCode: formatParticipantCode(issuedCode) }
        : {}
      : codeOf(ctx, stored.participantId, input.participantCode)),
  };
}

/** The code the browser sent, shown back only when it is the participant's own. */
function codeOf(
  ctx: TApiContext,
  participantId: string,
  code: string | undefined,
): { participantCode?: string } {
  if (!code) return {};
  const owner = findParticipantByCodeHash(ctx.db, hashParticipantCode(ctx.db, code, ctx.clock()));
  return owner?.id === participantId ? { participantCode: formatParticipantCode(code) } : {};
}

/**
 * The checks every story passes, told on the intake or entered by a collector: the
 * participant's answers, the story's answers (visibility from the participant's), the
 * story text, and the language. Throws INVALID_ANSWERS naming every question that fails.
 */
export function validateSubmission(
  framework: TFramework,
  input: Pick<TSubmitStoryInput, 'participant' | 'answers' | 'story'>,
) {
  const errors: TAnswerError[] = [];
  const participant = validateResponse(framework, input.participant.answers, {
    scope: 'participant',
  });
  if (!participant.ok) errors.push(...participant.errors);
  const answers = validateResponse(framework, input.answers, {
    scope: 'story',
    context: input.participant.answers,
  });
  if (!answers.ok) errors.push(...answers.errors);
  const story = validateStoryText(framework, input.story);
  if (!story.ok) errors.push(...story.errors);
  if (!framework.languages.includes(input.story.language)) {
    errors.push({
      question: 'language',
      code: 'wrong-type',
      message: 'Dit onderzoek is niet in deze taal. Kies een andere taal.',
    });
  }
  if (!participant.ok || !answers.ok || !story.ok || errors.length > 0) {
    throw new AppError(
      'INVALID_ANSWERS',
      errors.length === 1
        ? errors[0]!.message
        : `${errors.length} antwoorden kloppen nog niet. Kijk ze na en verstuur opnieuw.`,
      errors,
    );
  }

  return { participant: participant.value, answers: answers.value, story: story.value };
}
