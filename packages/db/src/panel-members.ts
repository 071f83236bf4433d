import { and, asc, eq, inArray } from 'drizzle-orm';
import { inTransaction, type TDbExecutor } from './database';
import { type TNewMail, writeMail } from './mail-outbox';
import { mailOutbox, panelMembers, type TPanelMemberStatus } from './schema';

export interface TPanelMemberProfile {
  name: string;
  email: string;
  organisation: string;
  municipality: string;
  role: string;
}

export interface TPanelMember {
  id: string;
  projectId: string;
  /** Null once the member left. */
  profile: TPanelMemberProfile | null;
  status: TPanelMemberStatus;
  linkGeneration: number;
  consentAt: Date | null;
  consentText: string | null;
  consentSource: string | null;
  createdAt: Date;
}

export interface TNewPanelMember {
  id: string;
  profile: TPanelMemberProfile;
  linkTokenHash: string;
  consent: { at: Date; text: string; source: string; recordedByUserId: string | null };
  /** The welcome mail, written in the same transaction. */
  mail?: TNewMail;
}

const memberColumns = {
  id: panelMembers.id,
  projectId: panelMembers.projectId,
  name: panelMembers.name,
  email: panelMembers.email,
  organisation: panelMembers.organisation,
  municipality: panelMembers.municipality,
  role: panelMembers.role,
  status: panelMembers.status,
  linkGeneration: panelMembers.linkGeneration,
  consentAt: panelMembers.consentAt,
  consentText: panelMembers.consentText,
  consentSource: panelMembers.consentSource,
  createdAt: panelMembers.createdAt,
};

type TMemberRow = Pick<typeof panelMembers.$inferSelect, keyof typeof memberColumns>;

function toMember(row: TMemberRow): TPanelMember {
  return {
    id: row.id,
    projectId: row.projectId,
    profile:
      row.status === 'left' || row.email === null
        ? null
        : {
            name: row.name ?? '',
            email: row.email,
            organisation: row.organisation ?? '',
            municipality: row.municipality ?? '',
            role: row.role ?? '',
          },
    status: row.status,
    linkGeneration: row.linkGeneration,
    consentAt: row.consentAt,
    consentText: row.consentText,
    consentSource: row.consentSource,
    createdAt: row.createdAt,
  };
}

/** Adds members, all of them or (on any conflict) none. E-mail addresses are lower-cased. */
export function addPanelMembers(
  db: TDbExecutor,
  projectId: string,
  members: TNewPanelMember[],
  now: Date,
): void {
  inTransaction(db, (tx) => {
    for (const member of members) {
      tx.insert(panelMembers)
        .values({
          id: member.id,
          projectId,
          ...member.profile,
          email: member.profile.email.toLowerCase(),
          status: 'active',
          consentAt: member.consent.at,
          consentText: member.consent.text,
          consentSource: member.consent.source,
          consentRecordedByUserId: member.consent.recordedByUserId,
          linkGeneration: 1,
          linkTokenHash: member.linkTokenHash,
          createdAt: now,
        })
        .run();
      if (member.mail) writeMail(tx, member.mail, now);
    }
  });
}

/** The project's addresses already in the panel (lower-cased), to report duplicates. */
export function findPanelEmails(db: TDbExecutor, projectId: string, emails: string[]): string[] {
  if (emails.length === 0) return [];
  return db
    .select({ email: panelMembers.email })
    .from(panelMembers)
    .where(and(eq(panelMembers.projectId, projectId), inArray(panelMembers.email, emails)))
    .all()
    .map((r) => r.email!);
}

export function listPanelMembers(db: TDbExecutor, projectId: string): TPanelMember[] {
  return db
    .select(memberColumns)
    .from(panelMembers)
    .where(eq(panelMembers.projectId, projectId))
    .orderBy(asc(panelMembers.name), asc(panelMembers.id))
    .all()
    .map(toMember);
}

export function findPanelMember(db: TDbExecutor, id: string): TPanelMember | undefined {
  const row = db.select(memberColumns).from(panelMembers).where(eq(panelMembers.id, id)).get();
  return row && toMember(row);
}

/** The member whose personal link has this token hash; none once they left. */
export function findPanelMemberByLink(
  db: TDbExecutor,
  linkTokenHash: string,
): TPanelMember | undefined {
  const row = db
    .select(memberColumns)
    .from(panelMembers)
    .where(eq(panelMembers.linkTokenHash, linkTokenHash))
    .get();
  return row && toMember(row);
}

export function updatePanelMemberProfile(
  db: TDbExecutor,
  id: string,
  profile: Partial<TPanelMemberProfile>,
): void {
  const values = { ...profile };
  if (values.email !== undefined) values.email = values.email.toLowerCase();
  db.update(panelMembers).set(values).where(eq(panelMembers.id, id)).run();
}

export function setPanelMemberStatus(
  db: TDbExecutor,
  id: string,
  status: Exclude<TPanelMemberStatus, 'left'>,
): void {
  db.update(panelMembers).set({ status }).where(eq(panelMembers.id, id)).run();
}

/**
 * A member leaves: every personal column is emptied, the personal link stops working and
 * mail to them (which holds their address) is deleted. Invitations stay as counts only;
 * answers were never linked to them.
 */
export function leavePanel(db: TDbExecutor, id: string, now: Date): void {
  inTransaction(db, (tx) => {
    tx.update(panelMembers)
      .set({
        name: null,
        email: null,
        organisation: null,
        municipality: null,
        role: null,
        consentText: null,
        consentRecordedByUserId: null,
        linkTokenHash: null,
        status: 'left',
        leftAt: now,
      })
      .where(eq(panelMembers.id, id))
      .run();
    tx.delete(mailOutbox).where(eq(mailOutbox.memberId, id)).run();
  });
}
