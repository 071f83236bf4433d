/** What the intake keeps between screens; also what a saved draft holds. */
export interface TIntakeDraft {
  participantAnswers: Record<string, unknown>;
  story: { promptId?: string; title?: string; text?: string; language: 'nl' | 'en' };
  answers: Record<string, unknown>;
  step?: string;
}

/** The procedures behind the personal code; the app passes the tRPC client, tests a fake. */
export interface TCodeServer {
  saveDraft(input: {
    code?: string;
    collectionId: string;
    draft: TIntakeDraft;
  }): Promise<{ code: string }>;
  loadDraft(input: {
    code: string;
  }): Promise<{ collectionId: string; draft: TIntakeDraft; updatedOn: string }>;
  myStories(input: { code: string }): Promise<{
    stories: { id: string; title: string; createdOn: string }[];
    withdrawnCount: number;
    hasDraft: boolean;
  }>;
  /** With `storyId` only that story, else every story of the code and its draft. */
  withdraw(input: { code: string; storyId?: string }): Promise<{ withdrawn: number }>;
}

/**
 * A typed code in the shape it was handed out (`K7QP-MW3D-9XRT`), for showing it back.
 * Only for display: the server decides whether it is a code.
 */
export function displayCode(typed: string): string {
  const bare = typed.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return bare.match(/.{1,4}/g)?.join('-') ?? '';
}

const dutchDay = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** '2026-11-15' → '15 november 2026'. */
export function formatDay(day: string): string {
  const moment = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(moment.getTime()) ? day : dutchDay.format(moment);
}
