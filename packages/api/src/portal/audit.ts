import { queryAuditLog, type TAuditQuery } from '@duiding/db';
import { z } from 'zod';
import { ZProjectId } from '../access';
import type { TApiContext } from '../context';
import { AppError } from '../errors';
import { amsterdamTime } from '../time';

/** What each action means, for the filter and the list of the audit page. */
export const AUDIT_ACTION_LABELS = {
  'user.sign-in': 'Ingelogd',
  'user.password-change': 'Wachtwoord gewijzigd',
  'user.sign-out-everywhere': 'Overal uitgelogd',
  'user.create': 'Account gemaakt',
  'user.invite': 'Account uitgenodigd',
  'user.deactivate': 'Account uitgezet',
  'user.reactivate': 'Account weer aangezet',
  'invitation.accept': 'Uitnodiging aangenomen',
  'project.create': 'Project gemaakt',
  'team.invite': 'Uitgenodigd voor het team',
  'team.add-member': 'Aan het team toegevoegd',
  'team.role-change': 'Rol gewijzigd',
  'team.remove': 'Uit het team gehaald',
  'team.revoke-invitation': 'Uitnodiging ingetrokken',
  'stories.list-view': 'Verhalenlijst bekeken',
  'stories.export': 'Verhalen geëxporteerd',
  'story.moderate': 'Verhaal beoordeeld',
  'story.enter': 'Verhaal ingevoerd namens iemand',
  'framework.create': 'Vragenlijst gemaakt',
  'framework.save-draft': 'Concept opgeslagen',
  'framework.publish': 'Vragenlijst gepubliceerd',
  'framework.copy': 'Vragenlijst gekopieerd',
  'framework.import': 'Vragenlijst geïmporteerd',
  'framework.export': 'Vragenlijst geëxporteerd',
  'framework.review-link': 'Reviewlink gemaakt',
  'framework.review-link-revoke': 'Reviewlink ingetrokken',
  'collection.create': 'Verzameling geopend',
  'collection.extend': 'Verzameling verlengd',
  'collection.close': 'Verzameling vroeg gesloten',
  'collection.presentation': 'Startpagina of huisstijl gewijzigd',
  'participant.withdraw': 'Verhalen teruggetrokken door deelnemer',
  'story.withdraw': 'Eén verhaal teruggetrokken door deelnemer',
  'panel.member.add': 'Panellid toegevoegd',
  'panel.member.import': 'Panelleden geïmporteerd',
  'panel.member.pause': 'Panellid gepauzeerd',
  'panel.member.resume': 'Panellid hervat',
  'panel.member.remove': 'Panellid afgemeld door het team',
  'panel.wave.invite': 'Panelronde geopend of nieuwe leden uitgenodigd',
  'panel.mail.retry': 'Panelmail opnieuw verstuurd',
} as const;
export type TAuditAction = keyof typeof AUDIT_ACTION_LABELS;

const ZDay = z.iso.date('Kies een datum als JJJJ-MM-DD.');

export const ZAuditInput = z.object({
  actorUserId: z.string().min(1).max(64).optional(),
  /** One action, or a family ending in a dot (`team.`). */
  action: z
    .string()
    .max(64)
    .regex(/^[a-z-]+(\.[a-z-]*)?$/, 'Kies een handeling uit de lijst.')
    .optional(),
  /** First day shown, in Amsterdam, inclusive. */
  fromDay: ZDay.optional(),
  /** Last day shown, inclusive. */
  toDay: ZDay.optional(),
  /** `nextBefore` of the previous page. */
  before: z.number().int().min(1).optional(),
  limit: z.number().int().min(1).max(200, 'Vraag hooguit 200 regels tegelijk op.').default(50),
});
export const ZProjectAuditInput = ZAuditInput.extend({ projectId: ZProjectId });
export type TAuditInput = z.infer<typeof ZAuditInput>;

export interface TAuditOutput {
  entries: {
    id: number;
    /** An ISO moment, or only 'YYYY-MM-DD' when `dayOnly` (entries about anonymous participants). */
    at: string;
    dayOnly: boolean;
    action: string;
    label: string;
    subject: string;
    actor: { id: string; name: string; email: string } | null;
    details: Record<string, unknown>;
  }[];
  nextBefore: number | null;
}

function parseDay(day: string): [number, number, number] {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return [y, m, d];
}

export function readAudit(
  ctx: TApiContext,
  input: TAuditInput & { projectId?: string },
): TAuditOutput {
  if (input.fromDay && input.toDay && input.fromDay > input.toDay) {
    throw new AppError('BAD_INPUT', 'De begindatum ligt na de einddatum. Draai ze om.');
  }
  const query: TAuditQuery = {
    projectId: input.projectId,
    actorUserId: input.actorUserId,
    action: input.action,
    before: input.before,
    limit: input.limit,
  };
  if (input.fromDay) query.from = amsterdamTime(...parseDay(input.fromDay));
  if (input.toDay) {
    const [y, m, d] = parseDay(input.toDay);
    // The moment the next day starts in Amsterdam (Date.UTC rolls the month over).
    const next = new Date(Date.UTC(y, m - 1, d + 1));
    query.until = amsterdamTime(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate());
  }
  const page = queryAuditLog(ctx.db, query);
  return {
    entries: page.entries.map((entry) => ({
      id: entry.id,
      at: entry.dayOnly ? entry.at.toISOString().slice(0, 10) : entry.at.toISOString(),
      dayOnly: entry.dayOnly,
      action: entry.action,
      label: AUDIT_ACTION_LABELS[entry.action as TAuditAction] ?? entry.action,
      subject: entry.subject,
      actor: entry.actor,
      details: entry.details,
    })),
    nextBefore: page.nextBefore,
  };
}
