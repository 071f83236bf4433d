import { z } from 'zod';
import { ZParticipantCode } from './participant-code.schema';

/** Caps that stop abuse before validation; the framework's own limits are stricter. */
export const MAX_STORY_TEXT = 100_000;
export const MAX_TITLE = 1_000;
export const MAX_ANSWER_KEYS = 200;

const ZClientId = z.uuid('Deze id is geen geldige uuid. Laad de pagina opnieuw.');

export const ZAnswerMap = z
  .record(z.string().max(64, 'Een vraag-id is hooguit 64 tekens.'), z.unknown())
  .refine((answers) => Object.keys(answers).length <= MAX_ANSWER_KEYS, {
    message: `Te veel antwoorden: hooguit ${MAX_ANSWER_KEYS}.`,
  });

export const ZSubmitStoryInput = z.object({
  /** Made in the browser with crypto.randomUUID() once per story: makes retries safe. */
  clientId: ZClientId,
  collectionId: z.string().min(1).max(64),
  participant: z.object({
    clientId: ZClientId,
    answers: ZAnswerMap,
  }),
  story: z.object({
    promptId: z.string().max(64),
    title: z.string().max(MAX_TITLE, `De titel is te lang: hooguit ${MAX_TITLE} tekens.`),
    text: z
      .string()
      .max(
        MAX_STORY_TEXT,
        `Het verhaal is te lang: hooguit ${MAX_STORY_TEXT.toLocaleString('nl-NL')} tekens.`,
      ),
    language: z.enum(['nl', 'en']),
  }),
  answers: ZAnswerMap,
  /**
   * The personal code this participant already has (from an earlier story or a saved
   * draft); without it a new participant gets a new code.
   */
  participantCode: ZParticipantCode.optional(),
  /**
   * The ticket of `intake.reserveCode`, when `participantCode` was reserved for this story
   * and so is not known yet.
   */
  codeTicket: z.string().max(200).optional(),
});
export type TSubmitStoryInput = z.infer<typeof ZSubmitStoryInput>;
