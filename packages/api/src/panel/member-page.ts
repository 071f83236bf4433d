import {
  findCollectionById,
  findPanelEmails,
  leavePanel,
  listMemberInvitations,
  listPanelWaves,
  listProjectCollections,
  setPanelMemberStatus,
  type TPanelInvitationState,
  type TPanelMemberProfile,
  type TPanelMemberStatus,
  updatePanelMemberProfile,
} from '@duiding/db';
import type { TApiContext } from '../context';
import { AppError } from '../errors';
import { collectionStatus, type TCollectionStatus } from '../intake/open-collection';
import { memberByLink } from './member-link';
import type { TPanelMemberProfileInput } from './panel.schema';

/*
 * The member's own page, by the personal link: their waves, their profile, pausing and
 * leaving. Leaving deletes their personal data; their answers were never linked to them.
 */

export interface TPanelHomeOutput {
  member: { status: TPanelMemberStatus; profile: TPanelMemberProfile };
  waves: {
    collectionId: string;
    title: string;
    status: TCollectionStatus;
    opensAt: string;
    closesAt: string;
    /** Null for a closed wave the member was not invited to: its results only. */
    state: TPanelInvitationState | null;
    tokenIssued: boolean;
  }[];
}

export function panelHome(ctx: TApiContext, input: { token: string }): TPanelHomeOutput {
  const member = memberByLink(ctx, input.token);
  const now = ctx.clock();
  const waves: TPanelHomeOutput['waves'] = listMemberInvitations(ctx.db, member.id).flatMap(
    (invitation) => {
      const collection = findCollectionById(ctx.db, invitation.collectionId);
      if (!collection) return [];
      return [
        {
          collectionId: collection.id,
          title: collection.title,
          status: collectionStatus(collection, now) as TCollectionStatus,
          opensAt: collection.opensAt.toISOString(),
          closesAt: collection.closesAt.toISOString(),
          state: invitation.state,
          tokenIssued: invitation.tokenIssued,
        },
      ];
    },
  );
  // Closed waves from before the member joined: their results are for the whole panel.
  const invited = new Set(waves.map((w) => w.collectionId));
  const opened = new Set(listPanelWaves(ctx.db).map((w) => w.collectionId));
  for (const collection of listProjectCollections(ctx.db, member.projectId)) {
    if (invited.has(collection.id) || !opened.has(collection.id)) continue;
    if (collectionStatus(collection, now) !== 'closed') continue;
    waves.push({
      collectionId: collection.id,
      title: collection.title,
      status: 'closed',
      opensAt: collection.opensAt.toISOString(),
      closesAt: collection.closesAt.toISOString(),
      state: null,
      tokenIssued: false,
    });
  }
  waves.sort((a, b) => b.opensAt.localeCompare(a.opensAt));
  return { member: { status: member.status, profile: member.profile! }, waves };
}

export function updateOwnProfile(
  ctx: TApiContext,
  input: { token: string; profile: TPanelMemberProfileInput },
): { profile: TPanelMemberProfile } {
  const member = memberByLink(ctx, input.token);
  const email = input.profile.email.toLowerCase();
  if (
    email !== member.profile!.email &&
    findPanelEmails(ctx.db, member.projectId, [email]).length > 0
  ) {
    throw new AppError('CONFLICT', 'Dit e-mailadres hoort al bij een ander panellid.');
  }
  updatePanelMemberProfile(ctx.db, member.id, { ...input.profile, email });
  return { profile: { ...input.profile, email } };
}

export function setOwnStatus(
  ctx: TApiContext,
  input: { token: string },
  status: 'active' | 'paused',
): { status: TPanelMemberStatus } {
  const member = memberByLink(ctx, input.token);
  setPanelMemberStatus(ctx.db, member.id, status);
  return { status };
}

export function leaveOwnPanel(ctx: TApiContext, input: { token: string }): { left: true } {
  const member = memberByLink(ctx, input.token);
  if (member.status === 'left') throw new AppError('CONFLICT', 'Je bent al afgemeld.');
  leavePanel(ctx.db, member.id, ctx.clock());
  return { left: true };
}
