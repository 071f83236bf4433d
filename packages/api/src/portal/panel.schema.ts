import { z } from 'zod';
import { ZProjectId } from '../access';
import { ZPanelMemberProfile } from '../panel/panel.schema';
import { neutraliseText } from '../safe-text';

const ZId = z.string().min(1).max(64);

/** What the member agreed to, and on which day: the consent record. */
export const ZConsent = z.object({
  text: z
    .string()
    .trim()
    .min(10, 'Beschrijf waarvoor het panellid toestemming gaf (minstens 10 tekens).')
    .max(2000, 'Deze tekst is te lang: hooguit 2000 tekens.'),
  givenOn: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Vul de datum van de toestemming in als JJJJ-MM-DD.'),
});

export const ZAddPanelMemberInput = z.object({
  projectId: ZProjectId,
  profile: ZPanelMemberProfile,
  consent: ZConsent,
});
export type TAddPanelMemberInput = z.infer<typeof ZAddPanelMemberInput>;

export const ZSetPanelMemberStatusInput = z.object({
  projectId: ZProjectId,
  memberId: ZId,
  status: z.enum(['active', 'paused']),
});
export type TSetPanelMemberStatusInput = z.infer<typeof ZSetPanelMemberStatusInput>;

export const ZRemovePanelMemberInput = z.object({ projectId: ZProjectId, memberId: ZId });
export type TRemovePanelMemberInput = z.infer<typeof ZRemovePanelMemberInput>;

/** 1 MB of CSV is some 10 000 members: far more than a panel. */
export const MAX_CSV_BYTES = 1_000_000;
export const MAX_CSV_ROWS = 5_000;

export const ZImportPanelMembersInput = z.object({
  projectId: ZProjectId,
  csv: z
    .string()
    .min(1, 'Het bestand is leeg.')
    .max(MAX_CSV_BYTES, 'Dit bestand is te groot: hooguit 1 MB.'),
  consent: ZConsent,
});
export type TImportPanelMembersInput = z.infer<typeof ZImportPanelMembersInput>;

export const ZPanelWaveInput = z.object({ projectId: ZProjectId, collectionId: ZId });
export type TPanelWaveInput = z.infer<typeof ZPanelWaveInput>;

export const ZReminderSettings = z.object({
  reminderAfterDays: z.number().int().min(1, 'Minstens 1 dag.').max(60, 'Hooguit 60 dagen.'),
  maxReminders: z.number().int().min(0).max(5, 'Hooguit 5 herinneringen.'),
});

export const ZOpenPanelWaveInput = ZPanelWaveInput.extend(ZReminderSettings.shape);
export type TOpenPanelWaveInput = z.infer<typeof ZOpenPanelWaveInput>;

export const ZPanelMailInput = z.object({
  projectId: ZProjectId,
  only: z.enum(['all', 'problems']).default('all'),
});
export const ZRetryMailInput = z.object({ projectId: ZProjectId, mailId: ZId });

/** A meeting slide: the opening, the core items' trend, or one item (its question id). */
export const ZMeetingSlideId = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[a-z0-9_]+$/, 'Deze dia bestaat niet.');

export const ZSaveMeetingNoteInput = ZPanelWaveInput.extend({
  slideId: ZMeetingSlideId,
  body: z
    .string()
    .trim()
    .max(10_000, 'Een notitie is hooguit 10.000 tekens; maak hem korter of verdeel hem.')
    .transform(neutraliseText),
});
export type TSaveMeetingNoteInput = z.infer<typeof ZSaveMeetingNoteInput>;
