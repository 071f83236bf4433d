import {
  findCollectionById,
  listAnsweredMembers,
  listDueReminders,
  listPanelWaves,
  remindInvitations,
  type TDbExecutor,
  writeWaveThanks,
} from '@duiding/db';
import { collectionStatus } from '../intake/open-collection';
import { memberLinkToken } from './link-token';
import { reminderMail, thanksMail } from './mail-texts';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface TPanelScheduleServices {
  db: TDbExecutor;
  clock: () => Date;
  panelLinkKey: Uint8Array;
  publicBaseUrl: () => string;
}

/**
 * What the background job does for the panel at each tick: reminders for open waves
 * (N days after the last mail, at most M, only to members who have not answered) and,
 * once a wave closed, the thank-you with the link to the results. Every mail goes to
 * the outbox in the transaction that records it.
 */
export function runPanelSchedule(services: TPanelScheduleServices): {
  reminders: number;
  thanks: number;
} {
  const now = services.clock();
  let reminders = 0;
  let thanks = 0;
  for (const wave of listPanelWaves(services.db)) {
    const collection = findCollectionById(services.db, wave.collectionId);
    if (!collection) continue;
    const info = {
      projectId: collection.projectId,
      collectionId: collection.id,
      title: collection.title,
      closesAt: collection.closesAt,
    };
    const token = (m: { memberId: string; linkGeneration: number }) =>
      memberLinkToken(services.panelLinkKey, m.memberId, m.linkGeneration);
    const status = collectionStatus(collection, now);
    if (status === 'open' && wave.maxReminders > 0) {
      const due = listDueReminders(
        services.db,
        collection.id,
        new Date(now.getTime() - wave.reminderAfterDays * DAY_MS),
        wave.maxReminders,
      );
      if (due.length > 0) {
        remindInvitations(
          services.db,
          due.map((d) => ({
            invitationId: d.invitationId,
            mail: reminderMail(services.publicBaseUrl(), { ...d, token: token(d) }, info),
          })),
          now,
        );
        reminders += due.length;
      }
    }
    if (status === 'closed' && !wave.thanksWrittenAt) {
      const answered = listAnsweredMembers(services.db, collection.id);
      const mails = answered.map((m) =>
        thanksMail(services.publicBaseUrl(), { ...m, token: token(m) }, info),
      );
      if (writeWaveThanks(services.db, collection.id, mails, now)) thanks += mails.length;
    }
  }
  return { reminders, thanks };
}
