import {
  suppressCrossTable,
  suppressSmallGroup,
  type TPublishedCrossTable,
  type TWithheld,
} from '@duiding/analytics';
import {
  addPanelMembers,
  appendAuditEntry,
  findPanelEmails,
  findPanelMember,
  findProjectById,
  leavePanel,
  listPanelMembers,
  listPanelWaves,
  listProjectCollections,
  listProjectMail,
  listWaveResponse,
  requeueMail,
  setPanelMemberStatus,
  type TNewPanelMember,
  type TPanelMemberStatus,
} from '@duiding/db';
import { parse } from 'csv-parse/sync';
import type { TApiContext, TSession } from '../context';
import { AppError } from '../errors';
import { collectionStatus, type TCollectionStatus } from '../intake/open-collection';
import { type TPanelMemberProfileInput, ZPanelMemberProfile } from '../panel/panel.schema';
import { computeWaveResults, type TWaveResults } from '../panel/results';
import { newPanelMember, openWaveForPanel } from '../panel/wave-opening';
import type { TProjectAccess } from '../permissions';
import { projectCollection } from './collections';
import {
  MAX_CSV_ROWS,
  type TAddPanelMemberInput,
  type TImportPanelMembersInput,
  type TOpenPanelWaveInput,
  type TPanelWaveInput,
  type TRemovePanelMemberInput,
  type TSetPanelMemberStatusInput,
} from './panel.schema';

type TPanelContext = TApiContext & { session: TSession; access: TProjectAccess };

export interface TPortalPanelMember {
  id: string;
  status: TPanelMemberStatus;
  name: string | null;
  email: string | null;
  organisation: string | null;
  municipality: string | null;
  role: string | null;
  consentOn: string | null;
  consentText: string | null;
}

function audit(
  ctx: TPanelContext,
  action: string,
  subject: string,
  details: Record<string, unknown>,
) {
  appendAuditEntry(ctx.db, {
    at: ctx.clock(),
    actorUserId: ctx.session.user.id,
    projectId: ctx.access.projectId,
    action,
    subject,
    details,
  });
}

export function listMembers(ctx: TPanelContext): { members: TPortalPanelMember[] } {
  return {
    members: listPanelMembers(ctx.db, ctx.access.projectId).map((m) => ({
      id: m.id,
      status: m.status,
      name: m.profile?.name ?? null,
      email: m.profile?.email ?? null,
      organisation: m.profile?.organisation ?? null,
      municipality: m.profile?.municipality ?? null,
      role: m.profile?.role ?? null,
      consentOn: m.consentAt ? m.consentAt.toISOString().slice(0, 10) : null,
      consentText: m.consentText,
    })),
  };
}

function newMember(
  ctx: TPanelContext,
  profile: TPanelMemberProfileInput,
  consent: { text: string; givenOn: string },
  source: string,
  projectName: string,
): TNewPanelMember {
  return newPanelMember(ctx, {
    projectId: ctx.access.projectId,
    projectName,
    profile,
    consent: {
      at: new Date(`${consent.givenOn}T12:00:00Z`),
      text: consent.text,
      source,
      recordedByUserId: ctx.session.user.id,
    },
  });
}

function projectName(ctx: TPanelContext): string {
  return findProjectById(ctx.db, ctx.access.projectId)?.name ?? 'het project';
}

export function addMember(ctx: TPanelContext, input: TAddPanelMemberInput): { id: string } {
  const email = input.profile.email.toLowerCase();
  if (findPanelEmails(ctx.db, ctx.access.projectId, [email]).length > 0) {
    throw new AppError('CONFLICT', `${email} staat al in het panel.`);
  }
  const member = newMember(ctx, input.profile, input.consent, 'portaal', projectName(ctx));
  addPanelMembers(ctx.db, ctx.access.projectId, [member], ctx.clock());
  audit(ctx, 'panel.member.add', `panel_member:${member.id}`, {});
  return { id: member.id };
}

/** A member of this project's panel who has not left; another project's member is not found. */
function currentMember(ctx: TPanelContext, memberId: string) {
  const member = findPanelMember(ctx.db, memberId);
  if (!member || member.projectId !== ctx.access.projectId) {
    throw new AppError('NOT_FOUND', 'Dit panellid bestaat niet in dit project.');
  }
  if (member.status === 'left') {
    throw new AppError('CONFLICT', 'Dit panellid heeft zich al afgemeld.');
  }
  return member;
}

/**
 * Pauses a member (no invitations or reminders until resumed) or resumes them, for a
 * member who asks the team instead of using their own page.
 */
export function setPanelMemberStatusByTeam(
  ctx: TPanelContext,
  input: TSetPanelMemberStatusInput,
): { status: 'active' | 'paused' } {
  const member = currentMember(ctx, input.memberId);
  setPanelMemberStatus(ctx.db, member.id, input.status);
  audit(
    ctx,
    input.status === 'paused' ? 'panel.member.pause' : 'panel.member.resume',
    `panel_member:${member.id}`,
    {},
  );
  return { status: input.status };
}

/**
 * Takes a member off the panel as their own "afmelden" does: their personal data and the
 * mail to them are deleted; their earlier answers stay, as they were never linked to them.
 */
export function removePanelMember(
  ctx: TPanelContext,
  input: TRemovePanelMemberInput,
): { left: true } {
  const member = currentMember(ctx, input.memberId);
  leavePanel(ctx.db, member.id, ctx.clock());
  audit(ctx, 'panel.member.remove', `panel_member:${member.id}`, {});
  return { left: true };
}

export interface TImportRowError {
  /** 1-based, counting the header as row 1, as a spreadsheet shows it. */
  row: number;
  message: string;
}

const HEADERS: Record<string, keyof TPanelMemberProfileInput> = {
  naam: 'name',
  name: 'name',
  'e-mail': 'email',
  email: 'email',
  'e-mailadres': 'email',
  organisatie: 'organisation',
  organisation: 'organisation',
  gemeente: 'municipality',
  municipality: 'municipality',
  functie: 'role',
  rol: 'role',
  role: 'role',
};

/**
 * Imports members from CSV (comma or semicolon, as Dutch spreadsheets write it). Every
 * row is checked first; one bad row imports nothing, and each bad row is named.
 */
export function importMembers(
  ctx: TPanelContext,
  input: TImportPanelMembersInput,
): { imported: number; errors: TImportRowError[] } {
  const firstLine = input.csv.split(/\r?\n/, 1)[0] ?? '';
  const delimiter =
    (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  let records: string[][];
  try {
    records = parse(input.csv, {
      delimiter,
      bom: true,
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true,
      to: MAX_CSV_ROWS + 2,
    }) as string[][];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    return {
      imported: 0,
      errors: [
        {
          row: line ?? 1,
          message: 'Dit bestand is geen leesbare CSV (kijk naar aanhalingstekens).',
        },
      ],
    };
  }
  const [header, ...rows] = records;
  const columns = (header ?? []).map((h) => HEADERS[h.toLowerCase().trim()]);
  const missing = (['name', 'email'] as const).filter((c) => !columns.includes(c));
  if (missing.length > 0) {
    return {
      imported: 0,
      errors: [
        {
          row: 1,
          message:
            'De eerste regel noemt de kolommen: naam, e-mail, organisatie, gemeente, functie. Naam en e-mail ontbreken.',
        },
      ],
    };
  }
  if (rows.length > MAX_CSV_ROWS) {
    return {
      imported: 0,
      errors: [{ row: MAX_CSV_ROWS + 2, message: `Hooguit ${MAX_CSV_ROWS} leden per import.` }],
    };
  }
  const errors: TImportRowError[] = [];
  const profiles: { row: number; profile: TPanelMemberProfileInput }[] = [];
  const seen = new Map<string, number>();
  rows.forEach((cells, i) => {
    const row = i + 2;
    const record: Record<string, string> = {
      name: '',
      email: '',
      organisation: '',
      municipality: '',
      role: '',
    };
    columns.forEach((column, c) => {
      if (column) record[column] = cells[c] ?? '';
    });
    const parsed = ZPanelMemberProfile.safeParse(record);
    if (!parsed.success) {
      errors.push({ row, message: parsed.error.issues.map((issue) => issue.message).join(' ') });
      return;
    }
    const email = parsed.data.email.toLowerCase();
    const earlier = seen.get(email);
    if (earlier !== undefined) {
      errors.push({ row, message: `${email} staat ook al op regel ${earlier}.` });
      return;
    }
    seen.set(email, row);
    profiles.push({ row, profile: parsed.data });
  });
  const taken = new Set(findPanelEmails(ctx.db, ctx.access.projectId, [...seen.keys()]));
  for (const { row, profile } of profiles) {
    if (taken.has(profile.email.toLowerCase())) {
      errors.push({ row, message: `${profile.email.toLowerCase()} staat al in het panel.` });
    }
  }
  if (rows.length === 0) errors.push({ row: 2, message: 'Er staan geen leden in het bestand.' });
  if (errors.length > 0) return { imported: 0, errors: errors.sort((a, b) => a.row - b.row) };
  const name = projectName(ctx);
  const members = profiles.map(({ profile }) =>
    newMember(ctx, profile, input.consent, 'csv', name),
  );
  addPanelMembers(ctx.db, ctx.access.projectId, members, ctx.clock());
  audit(ctx, 'panel.member.import', `project:${ctx.access.projectId}`, { members: members.length });
  return { imported: members.length, errors: [] };
}

export interface TPortalPanelWave {
  collectionId: string;
  title: string;
  status: TCollectionStatus;
  opensAt: string;
  closesAt: string;
  /** Null until the wave was opened to the panel (keys made, invitations written). */
  panel: {
    reminderAfterDays: number;
    maxReminders: number;
    invited: number;
    answered: number;
  } | null;
}

export function listWaves(ctx: TPanelContext): { waves: TPortalPanelWave[] } {
  const now = ctx.clock();
  const opened = new Map(listPanelWaves(ctx.db).map((w) => [w.collectionId, w]));
  return {
    waves: listProjectCollections(ctx.db, ctx.access.projectId)
      .filter((c) => c.kind === 'panel_wave')
      .map((c) => {
        const wave = opened.get(c.id);
        const response = wave ? listWaveResponse(ctx.db, c.id) : [];
        return {
          collectionId: c.id,
          title: c.title,
          status: collectionStatus(c, now) as TCollectionStatus,
          opensAt: c.opensAt.toISOString(),
          closesAt: c.closesAt.toISOString(),
          panel: wave
            ? {
                reminderAfterDays: wave.reminderAfterDays,
                maxReminders: wave.maxReminders,
                invited: response.length,
                answered: response.filter((r) => r.answered).length,
              }
            : null,
        };
      }),
  };
}

function panelWaveCollection(ctx: TPanelContext, collectionId: string) {
  const collection = projectCollection(ctx, collectionId);
  if (collection.kind !== 'panel_wave') {
    throw new AppError('BAD_INPUT', 'Dit is geen panelronde maar een openbare verzameling.');
  }
  return collection;
}

/**
 * Opens a wave to the panel: makes its blind-signature keys, then invites every active
 * member not yet invited (each invitation with its mail, in one transaction). Run again,
 * it invites members added since.
 */
export async function openWaveToPanel(
  ctx: TPanelContext,
  input: TOpenPanelWaveInput,
): Promise<{ invited: number }> {
  const collection = panelWaveCollection(ctx, input.collectionId);
  const now = ctx.clock();
  if (collectionStatus(collection, now) === 'closed') {
    throw new AppError('COLLECTION_CLOSED', 'Deze ronde is al gesloten. Verleng hem eerst.');
  }
  const { invited } = await openWaveForPanel(ctx, collection, input);
  audit(ctx, 'panel.wave.invite', `collection:${collection.id}`, { invited });
  return { invited };
}

/** One row of the response dashboard: a segment's invited and answered. */
export interface TResponseRow {
  id: string;
  label: string;
  invited: number | null;
  answered: number | null;
  /** answered / invited, when shown. */
  rate: number | null;
  withheld: string | null;
}

export interface TResponseDashboard {
  invited: number;
  answered: number;
  byOrganisation: TResponseRow[];
  byMunicipality: TResponseRow[];
  counts: TPublishedCrossTable | TWithheld;
}

/**
 * Response rates of a wave, overall and per organisation and municipality. A segment
 * under 10 invitations is withheld for everyone, the team too: its rate would tell
 * whether those few colleagues answered.
 */
export function waveResponse(ctx: TPanelContext, input: TPanelWaveInput): TResponseDashboard {
  const collection = panelWaveCollection(ctx, input.collectionId);
  const rows = listWaveResponse(ctx.db, collection.id);
  const segment = (key: 'organisation' | 'municipality'): TResponseRow[] => {
    const groups = new Map<string, { invited: number; answered: number }>();
    for (const row of rows) {
      const name = row[key]?.trim() || 'Onbekend';
      const group = groups.get(name) ?? { invited: 0, answered: 0 };
      group.invited++;
      if (row.answered) group.answered++;
      groups.set(name, group);
    }
    return [...groups.entries()]
      .sort(([a], [b]) => a.localeCompare(b, 'nl'))
      .map(([label, group]) => {
        const shown = suppressSmallGroup(group.invited, group, { audience: 'outside' });
        return shown.kind === 'shown'
          ? { id: label, label, ...group, rate: group.answered / group.invited, withheld: null }
          : {
              id: label,
              label,
              invited: null,
              answered: null,
              rate: null,
              withheld:
                'Minder dan 10 uitgenodigden; niet getoond, zodat niet te zien is wie antwoordde.',
            };
      });
  };
  const answered = rows.filter((r) => r.answered).length;
  return {
    invited: rows.length,
    answered,
    byOrganisation: segment('organisation'),
    byMunicipality: segment('municipality'),
    counts: suppressCrossTable([[answered, rows.length - answered]], { audience: 'research-team' }),
  };
}

export function panelMail(ctx: TPanelContext, input: { only: 'all' | 'problems' }) {
  const problemsOnly = input.only === 'problems';
  return {
    mail: listProjectMail(ctx.db, ctx.access.projectId, { problemsOnly, limit: 500 }).map((m) => ({
      id: m.id,
      kind: m.kind,
      toAddress: m.toAddress,
      subject: m.subject,
      status: m.status,
      attempts: m.attempts,
      lastError: m.lastError,
      createdAt: m.createdAt.toISOString(),
      sentAt: m.sentAt?.toISOString() ?? null,
      nextAttemptAt: m.nextAttemptAt.toISOString(),
    })),
  };
}

export function retryMail(ctx: TPanelContext, input: { mailId: string }): { queued: true } {
  if (!requeueMail(ctx.db, ctx.access.projectId, input.mailId, ctx.clock())) {
    throw new AppError(
      'NOT_FOUND',
      'Dit bericht bestaat niet, is al verstuurd of wacht nog op zijn eerste poging.',
    );
  }
  audit(ctx, 'panel.mail.retry', `mail:${input.mailId}`, {});
  return { queued: true };
}

/** The wave summary and the meeting: results as an outside audience sees them. */
export function waveResults(ctx: TPanelContext, input: TPanelWaveInput): TWaveResults {
  const collection = panelWaveCollection(ctx, input.collectionId);
  return computeWaveResults(ctx, collection, 'outside');
}
