import { STORY_LANGUAGES } from '@duiding/db';
import { ZCollectionLanding, ZCollectionTheme } from '@duiding/survey';
import { z } from 'zod';
import { ZProjectId } from '../access';

/** A wall-clock moment in Amsterdam as a person types it: `2027-01-31T23:59`. */
export const ZAmsterdamMoment = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/,
    'Vul datum en tijd in als JJJJ-MM-DDTUU:MM, zoals 2027-01-31T23:59.',
  );

const ZCollectionId = z.string().min(1).max(64);

export const ZCreateCollectionInput = z.object({
  projectId: ZProjectId,
  frameworkVersionId: z.string().min(1).max(64),
  kind: z.enum(['public', 'panel_wave'], 'Kies een openbare verzameling of een panelronde.'),
  title: z
    .string()
    .trim()
    .min(1, 'Geef de verzameling een titel.')
    .max(200, 'Deze titel is te lang: hooguit 200 tekens.'),
  slug: z
    .string()
    .regex(
      /^[a-z0-9][a-z0-9-]{1,62}$/,
      'Het adres bestaat uit 2 tot 63 kleine letters, cijfers en streepjes.',
    ),
  /** Amsterdam time. */
  opensAt: ZAmsterdamMoment,
  closesAt: ZAmsterdamMoment,
  languages: z
    .array(z.enum(STORY_LANGUAGES))
    .min(1, 'Kies minstens één taal.')
    .max(STORY_LANGUAGES.length),
  landing: ZCollectionLanding.optional(),
  theme: ZCollectionTheme.optional(),
});
export type TCreateCollectionInput = z.infer<typeof ZCreateCollectionInput>;

export const ZCollectionInput = z.object({ projectId: ZProjectId, collectionId: ZCollectionId });
export type TCollectionInput = z.infer<typeof ZCollectionInput>;

export const ZExtendCollectionInput = z.object({
  projectId: ZProjectId,
  collectionId: ZCollectionId,
  closesAt: ZAmsterdamMoment,
});
export type TExtendCollectionInput = z.infer<typeof ZExtendCollectionInput>;

export const ZCollectionPresentationInput = z.object({
  projectId: ZProjectId,
  collectionId: ZCollectionId,
  landing: ZCollectionLanding.nullable(),
  theme: ZCollectionTheme.nullable(),
});
export type TCollectionPresentationInput = z.infer<typeof ZCollectionPresentationInput>;
