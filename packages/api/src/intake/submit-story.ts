import { findCollectionById, findStoryByClientId, insertStoryOnce } from '@duiding/db';
import { type TAnswerError, validateResponse, validateStoryText } from '@duiding/survey';
import type { TApiContext } from '../context';
import { AppError } from '../errors';
import { amsterdamDay } from '../time';
import { knownCodeHash } from './code-access';
import { assertCollectionOpen } from './collection-status';
import {
  formatParticipantCode,
  generateParticipantCode,
  hashParticipantCode,
} from './participant-code';
import type { TSubmitStoryInput } from './submit-story.schema';

export interface TSubmitStoryOutput {
  storyId: string;
  duplicate: boolean;
  /**
   * The participant's new personal code (`K7QP-MW3D-9XRT`), only when this story made the
   * participant. It is shown once: only its keyed hash is stored.
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
  const now = ctx.clock();
  const limiter = ctx.rateLimiter;
  const key = limiter.keyOf(ctx.clientAddress ?? 'unknown', now);
  if (limiter.isLimited('submitStory', key, now)) {
    throw new AppError(
      'RATE_LIMITED',
      'Er zijn net veel verhalen verstuurd vanaf deze verbinding. Wacht tien minuten en probeer het opnieuw; je verhaal blijft staan.',
    );
  }
  limiter.record('submitStory', key, now);

  // A retry of a stored story succeeds, also when the collection closed in between.
  const earlier = findStoryByClientId(ctx.db, input.clientId);
  if (earlier && earlier.collectionId === input.collectionId) {
    return { storyId: earlier.id, duplicate: true };
  }

  const collection = findCollectionById(ctx.db, input.collectionId);
  if (collection?.kind !== 'public') {
    throw new AppError('NOT_FOUND', 'Dit onderzoek bestaat niet (meer). Laad de pagina opnieuw.');
  }
  assertCollectionOpen(collection, now);
  const { framework } = collection;

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

  // A code the person brings must be one we gave out; otherwise they get a new one.
  const issuedCode = input.participantCode ? undefined : generateParticipantCode();
  const codeHash = input.participantCode
    ? knownCodeHash(ctx, input.participantCode)
    : hashParticipantCode(ctx.db, issuedCode!, now);

  // Acknowledged only once its group's commit is on disk.
  const stored = await ctx.storyCommits.run((tx) =>
    insertStoryOnce(tx, {
      clientId: input.clientId,
      collectionId: collection.id,
      participant: { clientId: input.participant.clientId, answers: participant.value, codeHash },
      promptId: story.value.promptId,
      title: story.value.title,
      text: story.value.text,
      language: input.story.language,
      channel: 'web',
      answers: answers.value,
      // Privacy: the day in Amsterdam, no time of day.
      createdOn: amsterdamDay(now),
    }),
  );
  return {
    storyId: stored.storyId,
    duplicate: stored.duplicate,
    ...(stored.participantCreated && issuedCode
      ? { participantCode: formatParticipantCode(issuedCode) }
      : {}),
  };
}
