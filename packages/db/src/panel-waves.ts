import { randomUUID } from 'node:crypto';
import { and, asc, eq, isNull, lt, lte, ne, or, sql } from 'drizzle-orm';
import { inTransaction, type TDbExecutor } from './database';
import { DbConflictError } from './errors';
import { type TNewMail, writeMail } from './mail-outbox';
import {
  panelAnswers,
  panelInvitations,
  panelMembers,
  panelSpentTokens,
  panelWaves,
  type TPanelInvitationState,
} from './schema';

export interface TPanelInvitation {
  id: string;
  collectionId: string;
  memberId: string;
  state: TPanelInvitationState;
  tokenIssued: boolean;
  reminders: number;
  invitedAt: Date;
  lastMailAt: Date;
}

const invitationColumns = {
  id: panelInvitations.id,
  collectionId: panelInvitations.collectionId,
  memberId: panelInvitations.memberId,
  state: panelInvitations.state,
  tokenIssued: panelInvitations.tokenIssued,
  reminders: panelInvitations.reminders,
  invitedAt: panelInvitations.invitedAt,
  lastMailAt: panelInvitations.lastMailAt,
};

export interface TPanelWave {
  collectionId: string;
  publicKey: string;
  privateKey: unknown;
  reminderAfterDays: number;
  maxReminders: number;
  openedAt: Date;
  thanksWrittenAt: Date | null;
}

const waveColumns = {
  collectionId: panelWaves.collectionId,
  publicKey: panelWaves.publicKey,
  privateKey: panelWaves.privateKey,
  reminderAfterDays: panelWaves.reminderAfterDays,
  maxReminders: panelWaves.maxReminders,
  openedAt: panelWaves.openedAt,
  thanksWrittenAt: panelWaves.thanksWrittenAt,
};

/** The wave's keys and reminder settings; undefined before it was opened to the panel. */
export function findPanelWave(db: TDbExecutor, collectionId: string): TPanelWave | undefined {
  return db
    .select(waveColumns)
    .from(panelWaves)
    .where(eq(panelWaves.collectionId, collectionId))
    .get();
}

/** Every wave opened to the panel, for the background job. */
export function listPanelWaves(db: TDbExecutor): TPanelWave[] {
  return db.select(waveColumns).from(panelWaves).orderBy(asc(panelWaves.openedAt)).all();
}

/** Opens a wave to the panel unless it was already; the first keys stay. */
export function openPanelWave(db: TDbExecutor, input: Omit<TPanelWave, 'thanksWrittenAt'>): void {
  db.insert(panelWaves).values(input).onConflictDoNothing().run();
}

export function setPanelWaveReminders(
  db: TDbExecutor,
  collectionId: string,
  settings: { reminderAfterDays: number; maxReminders: number },
): void {
  db.update(panelWaves).set(settings).where(eq(panelWaves.collectionId, collectionId)).run();
}

/**
 * Writes the thank-you mails of a closed wave once: false when they were written before.
 * The mark and the mails are one transaction.
 */
export function writeWaveThanks(
  db: TDbExecutor,
  collectionId: string,
  mails: TNewMail[],
  now: Date,
): boolean {
  return inTransaction(db, (tx) => {
    const marked = tx
      .update(panelWaves)
      .set({ thanksWrittenAt: now })
      .where(and(eq(panelWaves.collectionId, collectionId), isNull(panelWaves.thanksWrittenAt)))
      .run();
    if (marked.changes !== 1) return false;
    for (const mail of mails) writeMail(tx, mail, now);
    return true;
  });
}

/** Active members of the project not yet invited to the wave. */
export function listUninvitedActiveMembers(
  db: TDbExecutor,
  projectId: string,
  collectionId: string,
): { id: string; name: string; email: string; linkGeneration: number }[] {
  return db
    .select({
      id: panelMembers.id,
      name: panelMembers.name,
      email: panelMembers.email,
      linkGeneration: panelMembers.linkGeneration,
    })
    .from(panelMembers)
    .leftJoin(
      panelInvitations,
      and(
        eq(panelInvitations.memberId, panelMembers.id),
        eq(panelInvitations.collectionId, collectionId),
      ),
    )
    .where(
      and(
        eq(panelMembers.projectId, projectId),
        eq(panelMembers.status, 'active'),
        sql`${panelInvitations.id} is null`,
      ),
    )
    .orderBy(asc(panelMembers.id))
    .all()
    .map((r) => ({ ...r, name: r.name ?? '', email: r.email ?? '' }));
}

/** Invites members to a wave: each invitation and its mail in one transaction. */
export function inviteToWave(
  db: TDbExecutor,
  collectionId: string,
  invites: { memberId: string; mail: TNewMail }[],
  now: Date,
): number {
  return inTransaction(db, (tx) => {
    let invited = 0;
    for (const { memberId, mail } of invites) {
      const result = tx
        .insert(panelInvitations)
        .values({
          id: randomUUID(),
          collectionId,
          memberId,
          state: 'invited',
          invitedAt: now,
          lastMailAt: now,
        })
        .onConflictDoNothing()
        .run();
      if (result.changes === 1) {
        writeMail(tx, mail, now);
        invited++;
      }
    }
    return invited;
  });
}

export function findInvitation(
  db: TDbExecutor,
  collectionId: string,
  memberId: string,
): TPanelInvitation | undefined {
  return db
    .select(invitationColumns)
    .from(panelInvitations)
    .where(
      and(eq(panelInvitations.collectionId, collectionId), eq(panelInvitations.memberId, memberId)),
    )
    .get();
}

export function listMemberInvitations(db: TDbExecutor, memberId: string): TPanelInvitation[] {
  return db
    .select(invitationColumns)
    .from(panelInvitations)
    .where(eq(panelInvitations.memberId, memberId))
    .all();
}

/**
 * Marks that the invitation's one answer token was issued for `blindedHash`; false when a
 * token was issued for another blinded message. The same one again is allowed: its
 * signature is the same, so it is still one token. A conditional update, so two requests
 * at once cannot both get a token.
 */
export function claimAnswerToken(
  db: TDbExecutor,
  invitationId: string,
  blindedHash: string,
): boolean {
  return (
    db
      .update(panelInvitations)
      .set({ tokenIssued: true, blindedHash })
      .where(
        and(
          eq(panelInvitations.id, invitationId),
          or(
            eq(panelInvitations.tokenIssued, false),
            eq(panelInvitations.blindedHash, blindedHash),
          ),
        ),
      )
      .run().changes === 1
  );
}

/** Gives the token back when signing failed after the claim, so the member can try again. */
export function releaseAnswerToken(db: TDbExecutor, invitationId: string): void {
  db.update(panelInvitations)
    .set({ tokenIssued: false, blindedHash: null })
    .where(eq(panelInvitations.id, invitationId))
    .run();
}

/** The member said they answered: no more reminders. No moment is kept. */
export function markInvitationAnswered(db: TDbExecutor, invitationId: string): void {
  db.update(panelInvitations)
    .set({ state: 'answered' })
    .where(and(eq(panelInvitations.id, invitationId), eq(panelInvitations.tokenIssued, true)))
    .run();
}

/**
 * Invitations due a reminder: not answered, the member still active, fewer than
 * `maxReminders` so far, and the last mail at or before `lastMailBefore`.
 */
export function listDueReminders(
  db: TDbExecutor,
  collectionId: string,
  lastMailBefore: Date,
  maxReminders: number,
): {
  invitationId: string;
  memberId: string;
  name: string;
  email: string;
  linkGeneration: number;
}[] {
  return db
    .select({
      invitationId: panelInvitations.id,
      memberId: panelMembers.id,
      name: panelMembers.name,
      email: panelMembers.email,
      linkGeneration: panelMembers.linkGeneration,
    })
    .from(panelInvitations)
    .innerJoin(panelMembers, eq(panelMembers.id, panelInvitations.memberId))
    .where(
      and(
        eq(panelInvitations.collectionId, collectionId),
        ne(panelInvitations.state, 'answered'),
        eq(panelMembers.status, 'active'),
        lt(panelInvitations.reminders, maxReminders),
        lte(panelInvitations.lastMailAt, lastMailBefore),
      ),
    )
    .orderBy(asc(panelInvitations.id))
    .all()
    .map((r) => ({ ...r, name: r.name ?? '', email: r.email ?? '' }));
}

/** Records reminders and writes their mails, in one transaction. */
export function remindInvitations(
  db: TDbExecutor,
  reminders: { invitationId: string; mail: TNewMail }[],
  now: Date,
): void {
  inTransaction(db, (tx) => {
    for (const { invitationId, mail } of reminders) {
      tx.update(panelInvitations)
        .set({
          state: sql`case when ${panelInvitations.state} = 'answered' then 'answered' else 'reminded' end`,
          reminders: sql`${panelInvitations.reminders} + 1`,
          lastMailAt: now,
        })
        .where(eq(panelInvitations.id, invitationId))
        .run();
      writeMail(tx, mail, now);
    }
  });
}

/** Members who said they answered the wave, for the thank-you when it closes. */
export function listAnsweredMembers(
  db: TDbExecutor,
  collectionId: string,
): { memberId: string; name: string; email: string; linkGeneration: number }[] {
  return db
    .select({
      memberId: panelMembers.id,
      name: panelMembers.name,
      email: panelMembers.email,
      linkGeneration: panelMembers.linkGeneration,
    })
    .from(panelInvitations)
    .innerJoin(panelMembers, eq(panelMembers.id, panelInvitations.memberId))
    .where(
      and(
        eq(panelInvitations.collectionId, collectionId),
        eq(panelInvitations.state, 'answered'),
        ne(panelMembers.status, 'left'),
      ),
    )
    .orderBy(asc(panelMembers.id))
    .all()
    .map((r) => ({ ...r, name: r.name ?? '', email: r.email ?? '' }));
}

/** Per invitation of the wave: the member's segment and whether they answered. */
export function listWaveResponse(
  db: TDbExecutor,
  collectionId: string,
): { organisation: string | null; municipality: string | null; answered: boolean }[] {
  return db
    .select({
      organisation: panelMembers.organisation,
      municipality: panelMembers.municipality,
      state: panelInvitations.state,
    })
    .from(panelInvitations)
    .innerJoin(panelMembers, eq(panelMembers.id, panelInvitations.memberId))
    .where(eq(panelInvitations.collectionId, collectionId))
    .all()
    .map((r) => ({
      organisation: r.organisation,
      municipality: r.municipality,
      answered: r.state === 'answered',
    }));
}

/**
 * Stores an answer paid for with a token: the token's hash and the answer, in one
 * transaction, neither naming a member or an invitation. A spent token is refused.
 */
export function storePanelAnswer(
  db: TDbExecutor,
  input: {
    collectionId: string;
    tokenHash: string;
    answers: Record<string, unknown>;
    receivedOn: string;
  },
): void {
  inTransaction(db, (tx) => {
    const spent = tx
      .insert(panelSpentTokens)
      .values({ tokenHash: input.tokenHash, collectionId: input.collectionId })
      .onConflictDoNothing()
      .run();
    if (spent.changes !== 1) {
      throw new DbConflictError('panel-token-spent', 'Met deze sleutel is al geantwoord.');
    }
    tx.insert(panelAnswers)
      .values({
        id: randomUUID(),
        collectionId: input.collectionId,
        answers: input.answers,
        receivedOn: input.receivedOn,
      })
      .run();
  });
}

/** A wave's answers in the order of their random ids. */
export function listPanelAnswers(db: TDbExecutor, collectionId: string): Record<string, unknown>[] {
  return db
    .select({ answers: panelAnswers.answers })
    .from(panelAnswers)
    .where(eq(panelAnswers.collectionId, collectionId))
    .orderBy(asc(panelAnswers.id))
    .all()
    .map((r) => r.answers);
}

/** How many rows the panel's tables hold, for tests that check a refusal stored nothing. */
export function countPanelRows(db: TDbExecutor): {
  answers: number;
  spentTokens: number;
  members: number;
} {
  const rows = (table: typeof panelAnswers | typeof panelSpentTokens | typeof panelMembers) =>
    db.select({ n: sql<number>`count(*)` }).from(table).get()?.n ?? 0;
  return {
    answers: rows(panelAnswers),
    spentTokens: rows(panelSpentTokens),
    members: rows(panelMembers),
  };
}
