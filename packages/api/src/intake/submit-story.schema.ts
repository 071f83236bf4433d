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

const hex = (max: number) =>
  z
    .string()
    .regex(/^[0-9a-f]*$/)
    .max(max);

/** An ALTCHA payload as the browser's worker made it (see proof-of-work). */
export const ZProofOfWork = z.object({
  challenge: z.object({
    parameters: z.object({
      algorithm: z.string().max(20),
      nonce: hex(128),
      salt: hex(128),
      cost: z.number().int().min(1).max(10),
      keyLength: z.number().int().min(1).max(64),
      keyPrefix: hex(128),
      keySignature: hex(256).optional(),
      data: z
        .record(
          z.string().max(40),
          z.union([z.string().max(200), z.number(), z.boolean(), z.null()]),
        )
        .optional(),
    }),
    signature: hex(256),
  }),
  solution: z.object({
    counter: z
      .number()
      .int()
      .min(0)
      .max(2 ** 32 - 1),
    derivedKey: hex(256),
    time: z.number().optional(),
  }),
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
  /** Solved in the background while the person wrote; without it the strict limit applies. */
  proofOfWork: ZProofOfWork.optional(),
  /**
   * A field people never see (the honeypot): programs that fill in every field fill it in.
   * Sent as it was; anything in it refuses the story.
   */
  website: z.string().max(1000).optional(),
});
export type TSubmitStoryInput = z.infer<typeof ZSubmitStoryInput>;
