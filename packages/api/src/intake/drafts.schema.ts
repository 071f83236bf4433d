import { z } from 'zod';
import { neutraliseText } from '../safe-text';
import { ZParticipantCode } from './participant-code.schema';
import { MAX_STORY_TEXT, MAX_TITLE, ZAnswerMap } from './submit-story.schema';

/** A draft may hold at most this much JSON; a whole story with its answers is far less. */
export const MAX_DRAFT_BYTES = 200 * 1024;

/** Drafts are unfinished, so nothing is required; the caps only bound their shape. */
export const ZIntakeDraft = z.object({
  participantAnswers: ZAnswerMap,
  story: z.object({
    promptId: z.string().max(64).optional(),
    title: z
      .string()
      .max(MAX_TITLE, `De titel is te lang: hooguit ${MAX_TITLE} tekens.`)
      .transform(neutraliseText)
      .optional(),
    text: z
      .string()
      .max(
        MAX_STORY_TEXT,
        `Het verhaal is te lang: hooguit ${MAX_STORY_TEXT.toLocaleString('nl-NL')} tekens.`,
      )
      .transform(neutraliseText)
      .optional(),
    language: z.enum(['nl', 'en']),
  }),
  answers: ZAnswerMap,
  /** The intake screen to come back to, such as `story` or `q:hulp`. */
  step: z.string().max(80).optional(),
});
export type TIntakeDraft = z.infer<typeof ZIntakeDraft>;

export const ZSaveDraftInput = z.object({
  /** Without a code the server gives out a new one. */
  code: ZParticipantCode.optional(),
  collectionId: z.string().min(1).max(64),
  draft: ZIntakeDraft,
});
export type TSaveDraftInput = z.infer<typeof ZSaveDraftInput>;
