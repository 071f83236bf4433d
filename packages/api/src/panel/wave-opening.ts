import { randomUUID } from 'node:crypto';
import {
  findPanelWave,
  inviteToWave,
  listUninvitedActiveMembers,
  openPanelWave,
  setPanelWaveReminders,
  type TCollection,
  type TDbExecutor,
  type TNewPanelMember,
  type TPanelMemberProfile,
} from '@duiding/db';
import { generateWaveKeys } from './blind-token';
import { hashLinkToken, memberLinkToken } from './link-token';
import { invitationMail, welcomeMail } from './mail-texts';

export interface TPanelServices {
  db: TDbExecutor;
  clock: () => Date;
  panelLinkKey: Uint8Array;
  publicBaseUrl: () => string;
}

/** A new member's row with its hashed link and consent record, and the welcome mail. */
export function newPanelMember(
  services: TPanelServices,
  input: {
    projectId: string;
    projectName: string;
    profile: TPanelMemberProfile;
    consent: { at: Date; text: string; source: string; recordedByUserId: string | null };
  },
): TNewPanelMember {
  const id = randomUUID();
  const token = memberLinkToken(services.panelLinkKey, id, 1);
  const email = input.profile.email.toLowerCase();
  return {
    id,
    profile: { ...input.profile, email },
    linkTokenHash: hashLinkToken(token),
    consent: input.consent,
    mail: welcomeMail(
      services.publicBaseUrl(),
      { memberId: id, name: input.profile.name, email, token },
      input.projectId,
      input.projectName,
    ),
  };
}

/**
 * Opens a wave to the panel: makes its blind-signature keys (once), then invites every
 * active member not yet invited, each invitation with its mail in one transaction.
 */
export async function openWaveForPanel(
  services: TPanelServices,
  collection: Pick<TCollection, 'id' | 'projectId' | 'title' | 'closesAt'>,
  settings: { reminderAfterDays: number; maxReminders: number },
): Promise<{ invited: number }> {
  const now = services.clock();
  if (!findPanelWave(services.db, collection.id)) {
    const keys = await generateWaveKeys();
    openPanelWave(services.db, {
      collectionId: collection.id,
      publicKey: keys.publicKey,
      privateKey: keys.privateKey,
      ...settings,
      openedAt: now,
    });
  } else {
    setPanelWaveReminders(services.db, collection.id, settings);
  }
  const wave = {
    projectId: collection.projectId,
    collectionId: collection.id,
    title: collection.title,
    closesAt: collection.closesAt,
  };
  const invites = listUninvitedActiveMembers(services.db, collection.projectId, collection.id).map(
    (m) => ({
      memberId: m.id,
      mail: invitationMail(
        services.publicBaseUrl(),
        {
          memberId: m.id,
          name: m.name,
          email: m.email,
          token: memberLinkToken(services.panelLinkKey, m.id, m.linkGeneration),
        },
        wave,
      ),
    }),
  );
  return { invited: inviteToWave(services.db, collection.id, invites, now) };
}
