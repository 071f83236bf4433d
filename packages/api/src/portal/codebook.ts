import { agreementByCode, type TCodeAgreement } from '@duiding/analytics';
import {
  appendAuditEntry,
  applyCode,
  createCode,
  deleteCode,
  findCodableStory,
  listCodebook,
  listCodingsByCoder,
  listStoryCodings,
  moveCode,
  removeCoding,
  type TCode,
  type TStoryCoding,
  type TStoryStatus,
  updateCode,
} from '@duiding/db';
import type { z } from 'zod';
import type { TApiContext, TSession } from '../context';
import { AppError } from '../errors';
import type { TProjectAccess } from '../permissions';
import { neutraliseText } from '../safe-text';
import type {
  ZAgreementInput,
  ZApplyCodeInput,
  ZCodingStoryInput,
  ZCreateCodeInput,
  ZDeleteCodeInput,
  ZMoveCodeInput,
  ZRemoveCodingInput,
  ZUpdateCodeInput,
} from './codebook.schema';

type TContext = TApiContext & { session: TSession; access: TProjectAccess };

const CODE_NOT_FOUND = 'Deze code staat niet (meer) in het codeboek van dit project.';

export function codebook(ctx: TContext): { codes: TCode[] } {
  return { codes: listCodebook(ctx.db, ctx.access.projectId) };
}

function audit(ctx: TContext, action: string, subject: string, details: Record<string, unknown>) {
  appendAuditEntry(ctx.db, {
    at: ctx.clock(),
    actorUserId: ctx.session.user.id,
    projectId: ctx.access.projectId,
    action,
    subject,
    details,
  });
}

export function addCode(ctx: TContext, input: z.infer<typeof ZCreateCodeInput>): { code: TCode } {
  const code = createCode(ctx.db, {
    projectId: ctx.access.projectId,
    parentId: input.parentId,
    name: neutraliseText(input.name),
    description: neutraliseText(input.description),
    now: ctx.clock(),
  });
  if (!code) throw new AppError('NOT_FOUND', 'De bovenliggende code bestaat niet (meer).');
  audit(ctx, 'codebook.add', `code:${code.id}`, { name: code.name, parentId: code.parentId });
  return { code };
}

export function editCode(ctx: TContext, input: z.infer<typeof ZUpdateCodeInput>) {
  const ok = updateCode(ctx.db, {
    projectId: ctx.access.projectId,
    codeId: input.codeId,
    name: neutraliseText(input.name),
    description: neutraliseText(input.description),
  });
  if (!ok) throw new AppError('NOT_FOUND', CODE_NOT_FOUND);
  audit(ctx, 'codebook.edit', `code:${input.codeId}`, { name: input.name });
  return { ok: true as const };
}

export function relocateCode(ctx: TContext, input: z.infer<typeof ZMoveCodeInput>) {
  const ok = moveCode(ctx.db, { ...input, projectId: ctx.access.projectId });
  if (!ok) throw new AppError('NOT_FOUND', CODE_NOT_FOUND);
  audit(ctx, 'codebook.move', `code:${input.codeId}`, {
    parentId: input.parentId,
    position: input.position,
  });
  return { ok: true as const };
}

export function removeCode(ctx: TContext, input: z.infer<typeof ZDeleteCodeInput>) {
  const result = deleteCode(ctx.db, { ...input, projectId: ctx.access.projectId });
  if (result.kind === 'not-found') throw new AppError('NOT_FOUND', CODE_NOT_FOUND);
  audit(ctx, 'codebook.delete', `code:${input.codeId}`, {
    codings: result.codings,
    children: result.children,
  });
  return { codings: result.codings, children: result.children };
}

export interface TCodingStoryOutput {
  story: { id: string; title: string; text: string; status: TStoryStatus; createdOn: string };
  codes: TCode[];
  codings: (TStoryCoding & { mine: boolean })[];
}

/** A story with its text, the codebook and every coding on it (mine and my colleagues'). */
export function codingStory(
  ctx: TContext,
  input: z.infer<typeof ZCodingStoryInput>,
): TCodingStoryOutput {
  const story = findCodableStory(ctx.db, ctx.access.projectId, input.storyId);
  if (!story) throw new AppError('NOT_FOUND', 'Dit verhaal bestaat niet (meer) in dit project.');
  return {
    story: {
      id: story.id,
      title: story.title,
      text: story.text,
      status: story.status,
      createdOn: story.createdOn,
    },
    codes: listCodebook(ctx.db, ctx.access.projectId),
    codings: listStoryCodings(ctx.db, ctx.access.projectId, story.id).map((c) => ({
      ...c,
      mine: c.coderUserId === ctx.session.user.id,
    })),
  };
}

export function codeStory(ctx: TContext, input: z.infer<typeof ZApplyCodeInput>) {
  const result = applyCode(ctx.db, {
    projectId: ctx.access.projectId,
    storyId: input.storyId,
    codeId: input.codeId,
    coderUserId: ctx.session.user.id,
    passage: input.passage,
    now: ctx.clock(),
  });
  if (result.kind === 'not-found') {
    throw new AppError('NOT_FOUND', 'Dit verhaal of deze code bestaat niet (meer) in dit project.');
  }
  return { codingId: result.codingId, repeated: result.repeated };
}

export function uncodeStory(ctx: TContext, input: z.infer<typeof ZRemoveCodingInput>) {
  const ok = removeCoding(ctx.db, {
    projectId: ctx.access.projectId,
    codingId: input.codingId,
    coderUserId: ctx.session.user.id,
  });
  if (!ok) throw new AppError('NOT_FOUND', 'Deze codering is er niet, of is van een collega.');
  return { ok: true as const };
}

export interface TAgreementOutput {
  coders: { userId: string; name: string }[];
  /** The pair compared, or null when fewer than two people coded. */
  pair: [{ userId: string; name: string }, { userId: string; name: string }] | null;
  /** Stories both coded. */
  stories: number;
  codes: (TCodeAgreement & { name: string })[];
}

/**
 * Cohen's κ per code for two coders over the stories both coded (team only: the capability
 * is the research team's). Without a chosen pair: the pair with the most stories in common.
 */
export function codingAgreement(
  ctx: TContext,
  input: z.infer<typeof ZAgreementInput>,
): TAgreementOutput {
  const { applied, coders } = listCodingsByCoder(ctx.db, ctx.access.projectId);
  const codes = listCodebook(ctx.db, ctx.access.projectId);
  const storiesOf = new Map<string, Set<string>>();
  for (const a of applied) {
    const set = storiesOf.get(a.coderUserId) ?? new Set();
    set.add(a.storyId);
    storiesOf.set(a.coderUserId, set);
  }
  let pair: [string, string] | null = null;
  if (input.coders) {
    const known = new Set(coders.map((c) => c.userId));
    if (input.coders[0] === input.coders[1] || !input.coders.every((id) => known.has(id))) {
      throw new AppError('BAD_INPUT', 'Kies twee verschillende mensen die in dit project coderen.');
    }
    pair = input.coders;
  } else {
    let best = 0;
    for (let i = 0; i < coders.length; i++) {
      for (let j = i + 1; j < coders.length; j++) {
        const a = storiesOf.get(coders[i]!.userId)!;
        const shared = [...storiesOf.get(coders[j]!.userId)!].filter((s) => a.has(s)).length;
        if (shared > best) {
          best = shared;
          pair = [coders[i]!.userId, coders[j]!.userId];
        }
      }
    }
  }
  if (!pair) return { coders, pair: null, stories: 0, codes: [] };
  const result = agreementByCode(
    applied,
    pair[0],
    pair[1],
    codes.map((c) => c.id),
  );
  const byId = new Map(coders.map((c) => [c.userId, c]));
  const names = new Map(codes.map((c) => [c.id, c.name]));
  return {
    coders,
    pair: [byId.get(pair[0])!, byId.get(pair[1])!],
    stories: result.stories,
    codes: result.codes.map((c) => ({ ...c, name: names.get(c.codeId) ?? '' })),
  };
}
