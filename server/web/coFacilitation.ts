import 'server-only';
import { liveLink, useFacilitatorInvite } from '../db/shareLinks';
import { addMember, getWorkshop } from '../db/workshops';
import { createUser, DuplicateEmailError } from '../db/users';
import { getRuntime } from '../runtime';
import { getSessionUser } from './session';

export type CoFacilitationResult = { ok: true; workshopId: string } | { ok: false; error: 'invalid-invite' | 'email-taken' | 'sign-in-first' };

/** The invitation's link and workshop, or null when it is forged, expired, revoked, used or the workshop is gone. */
async function liveInvite(invite: string) {
  const { sql, participantAuth } = getRuntime();
  const claims = await participantAuth.facilitatorInvites.verify(invite);
  const link = claims ? await liveLink(sql, claims.lid) : null;
  if (!claims || !link || link.kind !== 'facilitator-invite' || link.workshopId !== claims.wid) return null;
  const workshop = await getWorkshop(sql, link.workshopId);
  return workshop ? { link, workshop } : null;
}

/** The workshop an invitation is for, or null when it opens nothing (any more). */
export async function workshopOfFacilitatorInvite(invite: string) {
  return (await liveInvite(invite))?.workshop ?? null;
}

/**
 * Accepts a co-facilitator invitation, once: a signed-in user joins as facilitator; someone
 * without an account creates one first (their own password; they then sign in as usual). The
 * invite is used up in the same transaction that adds the member, so two people racing for one
 * invite make one facilitator, and a sign-up that fails (email taken) leaves it unused.
 */
export async function acceptFacilitatorInvite(invite: string, newAccount?: { name: string; email: string; password: string }): Promise<CoFacilitationResult> {
  const { sql } = getRuntime();
  const found = await liveInvite(invite);
  if (!found) return { ok: false, error: 'invalid-invite' };
  const session = await getSessionUser();
  if (!session && !newAccount) return { ok: false, error: 'sign-in-first' };
  try {
    return await sql.transaction(async (tx): Promise<CoFacilitationResult> => {
      const userId = session?.userId ?? (await createUser(tx, newAccount!)).id;
      const workshopId = await useFacilitatorInvite(tx, found.link.id, userId);
      if (!workshopId) throw new InviteAlreadyUsed();
      await addMember(tx, workshopId, userId, 'facilitator');
      return { ok: true, workshopId };
    });
  } catch (error) {
    if (error instanceof DuplicateEmailError) return { ok: false, error: 'email-taken' };
    if (error instanceof InviteAlreadyUsed) return { ok: false, error: 'invalid-invite' };
    throw error;
  }
}

/** Rolls the transaction back when someone else used the invite first. */
class InviteAlreadyUsed extends Error {}
