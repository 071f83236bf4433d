import { suppressSmallGroup } from '@duiding/analytics';
import {
  appendAuditEntry,
  countProjectStories,
  findProjectStory,
  listCodebook,
  listProjectCollections,
  searchProjectStories,
  type TAnswerFilter,
  type TDbExecutor,
  type TStoryChannel,
  type TStorySearchCursor,
  type TStoryStatus,
} from '@duiding/db';
import type { TAnswers, TFramework, TQuestion } from '@duiding/survey';
import type { TApiContext, TSession } from '../context';
import { AppError } from '../errors';
import { suppressionAudience, type TAudience, type TProjectAccess } from '../permissions';
import { storiesForAudience, type TTextSource } from './audience-text';
import { visibleStatuses } from './stories';
import type { TAnswerFilterInput, TStoryPageInput, TStoryTableInput } from './story-table.schema';

type TCtx = TApiContext & { session: TSession; access: TProjectAccess };

export interface TStoryTableRow {
  id: string;
  collectionId: string;
  promptId: string;
  title: string;
  /** The start of the text, for the table. */
  excerpt: string;
  createdOn: string;
  status: TStoryStatus;
  channel: TStoryChannel;
  textSource: TTextSource;
}

export interface TStoryTableOutput {
  rows: TStoryTableRow[];
  /** How many stories match every filter; only on the first page. */
  total: number | null;
  nextCursor: string | null;
  /** Set when outside the team fewer than 10 stories match (privacy rules); in Dutch. */
  withheld: string | null;
}

export interface TStoryTableLabels {
  collections: { id: string; slug: string; title: string; framework: TFramework }[];
  codes: { id: string; parentId: string | null; name: string }[];
}

const EXCERPT_LENGTH = 180;

/** The questions of the project's frameworks, by id, with whom they are about. */
function projectQuestions(frameworks: readonly TFramework[]) {
  const questions = new Map<string, { question: TQuestion; source: 'story' | 'participant' }>();
  for (const framework of frameworks) {
    for (const question of framework.signifiers) {
      if (!questions.has(question.id)) questions.set(question.id, { question, source: 'story' });
    }
    for (const question of framework.participantQuestions) {
      if (!questions.has(question.id)) {
        questions.set(question.id, { question, source: 'participant' });
      }
    }
  }
  return questions;
}

const FILTER_KINDS: Record<TAnswerFilterInput['kind'], readonly TQuestion['kind'][]> = {
  options: ['choice', 'triad', 'dyad', 'scale'],
  zones: ['triad'],
  range: ['dyad', 'scale', 'number'],
  quadrants: ['stones'],
};

/** The filters checked against the frameworks; outside the team none on who told a story. */
function answerFilters(
  input: readonly TAnswerFilterInput[],
  frameworks: readonly TFramework[],
  audience: TAudience,
  mayReadParticipants: boolean,
): TAnswerFilter[] {
  const questions = projectQuestions(frameworks);
  return input.map((filter) => {
    const found = questions.get(filter.questionId);
    if (!found || !FILTER_KINDS[filter.kind].includes(found.question.kind)) {
      throw new AppError(
        'BAD_INPUT',
        `Op de vraag "${filter.questionId}" kan zo niet gefilterd worden. Kies het filter opnieuw.`,
      );
    }
    if (found.source === 'participant' && (audience === 'outside' || !mayReadParticipants)) {
      throw new AppError(
        'FORBIDDEN',
        'Filteren op wat vertellers over zichzelf zeiden, mag niet met jouw rol.',
      );
    }
    return { ...filter, source: found.source };
  });
}

/** The codes asked for and every code below them in the codebook's tree. */
function withSubcodes(db: TDbExecutor, projectId: string, codeIds: readonly string[]): string[] {
  const codes = listCodebook(db, projectId);
  const known = new Set(codes.map((c) => c.id));
  if (codeIds.some((id) => !known.has(id))) {
    throw new AppError('NOT_FOUND', 'Een van deze codes bestaat niet (meer) in dit project.');
  }
  const chosen = new Set(codeIds);
  let grew = true;
  while (grew) {
    grew = false;
    for (const code of codes) {
      if (code.parentId && chosen.has(code.parentId) && !chosen.has(code.id)) {
        chosen.add(code.id);
        grew = true;
      }
    }
  }
  return [...chosen];
}

/**
 * The stories table: a page of the project's stories that match the search and every
 * filter, sorted and counted on the server. Outside the research team: approved stories
 * only, their redacted text, no filter on who told them, and nothing when fewer than 10
 * match.
 */
export function storyTable(ctx: TCtx, input: TStoryTableInput): TStoryTableOutput {
  const { access } = ctx;
  const collections = listProjectCollections(ctx.db, input.projectId);
  const allowed = visibleStatuses(access.audience);
  const statuses = input.statuses ? allowed.filter((s) => input.statuses!.includes(s)) : allowed;
  const after = input.cursor ? decodeCursor(input.cursor, input.sort) : undefined;
  const result = searchProjectStories(ctx.db, {
    projectId: input.projectId,
    statuses,
    collectionIds: input.collectionIds,
    channels: input.channels,
    createdFrom: input.createdFrom,
    createdTo: input.createdTo,
    text: input.text,
    searchIn: access.audience === 'team' ? 'original' : 'redacted',
    answers: answerFilters(
      input.answers ?? [],
      collections.map((c) => c.framework),
      access.audience,
      access.can('stories.readParticipantAnswers'),
    ),
    codeIds: input.codeIds ? withSubcodes(ctx.db, input.projectId, input.codeIds) : undefined,
    sort: input.sort,
    limit: input.limit,
    after,
    withParticipantAnswers: false,
    // Outside the team the count decides whether anything is shown, so every page needs it.
    withTotal: !after || access.audience === 'outside',
  });
  if (access.audience === 'outside') {
    const shown = suppressSmallGroup(result.total ?? 0, null, {
      audience: suppressionAudience(access.audience),
    });
    if (shown.kind === 'withheld') {
      return { rows: [], total: null, nextCursor: null, withheld: shown.reason };
    }
  }
  return {
    rows: storiesForAudience(ctx.db, access.audience, result.stories).map(
      (story): TStoryTableRow => ({
        id: story.id,
        collectionId: story.collectionId,
        promptId: story.promptId,
        title: story.title,
        excerpt: excerpt(story.text),
        createdOn: story.createdOn,
        status: story.status,
        channel: story.channel,
        textSource: story.textSource,
      }),
    ),
    total: after ? null : result.total,
    nextCursor: result.next ? encodeCursor(input.sort, result.next) : null,
    withheld: null,
  };
}

/** What the table's filter panel and columns are labelled with. */
export function storyTableLabels(ctx: TCtx): TStoryTableLabels {
  return {
    collections: listProjectCollections(ctx.db, ctx.access.projectId).map((c) => ({
      id: c.id,
      slug: c.slug,
      title: c.title,
      framework: c.framework,
    })),
    codes: listCodebook(ctx.db, ctx.access.projectId).map((c) => ({
      id: c.id,
      parentId: c.parentId,
      name: c.name,
    })),
  };
}

export interface TStoryPageOutput {
  story: {
    id: string;
    collectionId: string;
    promptId: string;
    title: string;
    text: string;
    language: 'nl' | 'en';
    createdOn: string;
    status: TStoryStatus;
    channel: TStoryChannel;
    answers: TAnswers;
    /** Null for roles that may not see who told a story (outside the team, moderators). */
    participantAnswers: TAnswers | null;
    textSource: TTextSource;
  };
  collection: { id: string; title: string; framework: TFramework };
}

/** One story with every answer, as its teller gave them; audited as a view. */
export function storyPage(ctx: TCtx, input: TStoryPageInput): TStoryPageOutput {
  const { access } = ctx;
  const notFound = () =>
    new AppError('NOT_FOUND', 'Dit verhaal bestaat niet in dit project, of je mag het niet zien.');
  const statuses = visibleStatuses(access.audience);
  if (access.audience === 'outside') {
    // As for the list: outside the team nothing while fewer than 10 stories are approved.
    const approved = countProjectStories(ctx.db, { projectId: input.projectId, statuses });
    const shown = suppressSmallGroup(approved, null, {
      audience: suppressionAudience(access.audience),
    });
    if (shown.kind === 'withheld') throw notFound();
  }
  const withAnswers = access.audience === 'team' && access.can('stories.readParticipantAnswers');
  const found = findProjectStory(ctx.db, {
    projectId: input.projectId,
    storyId: input.storyId,
    statuses,
    withParticipantAnswers: withAnswers,
  });
  if (!found) throw notFound();
  const collection = listProjectCollections(ctx.db, input.projectId).find(
    (c) => c.id === found.collectionId,
  );
  if (!collection) throw notFound();
  const [story] = storiesForAudience(ctx.db, access.audience, [found]);
  appendAuditEntry(ctx.db, {
    at: ctx.clock(),
    actorUserId: ctx.session.user.id,
    projectId: input.projectId,
    action: 'story.view',
    subject: `story:${found.id}`,
  });
  return {
    story: {
      ...story!,
      // Stored answers were validated on the way in, so they have the canonical shape.
      answers: found.answers as TAnswers,
      participantAnswers: withAnswers ? (found.participantAnswers as TAnswers) : null,
    },
    collection: { id: collection.id, title: collection.title, framework: collection.framework },
  };
}

function excerpt(text: string): string {
  if (text.length <= EXCERPT_LENGTH) return text;
  const cut = text.lastIndexOf(' ', EXCERPT_LENGTH);
  return `${text.slice(0, cut > EXCERPT_LENGTH / 2 ? cut : EXCERPT_LENGTH)}…`;
}

type TSort = TStoryTableInput['sort'];

function encodeCursor(sort: TSort, cursor: TStorySearchCursor): string {
  return Buffer.from(JSON.stringify([sort.key, sort.direction, cursor.value, cursor.key])).toString(
    'base64url',
  );
}

function decodeCursor(cursor: string, sort: TSort): TStorySearchCursor {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 4 &&
      value[0] === sort.key &&
      value[1] === sort.direction &&
      typeof value[2] === 'string' &&
      Number.isSafeInteger(value[3])
    ) {
      return { value: value[2], key: value[3] as number };
    }
  } catch {
    // Falls through to the error below.
  }
  throw new AppError('BAD_INPUT', 'Deze pagina bestaat niet. Begin de lijst opnieuw.');
}
