import 'server-only';
import { addMember, getWorkshop } from '../db/workshops';
import { createUser, DuplicateEmailError } from '../db/users';
import { getRuntime } from '../runtime';
import { getSessionUser } from './session';

export type CoFacilitationResult = { ok: true; workshopId: string } | { ok: false; error: 'invalid-invite' | 'email-taken' | 'sign-in-first' };

/** The workshop an invitation is for, or null when it is forged, expired or the workshop is gone. */
export async function workshopOfFacilitatorInvite(invite: string) {
  const { sql, participantAuth } = getRuntime();
  const claims = await participantAuth.facilitatorInvites.verify(invite);
  return claims ? getWorkshop(sql, claims.wid) : null;
}

/**
 * Accepts a co-facilitator invitation: a signed-in user joins as facilitator; someone without an
 * account creates one first (their own password; they then sign in as usual).
 */
export async function acceptFacilitatorInvite(invite: string, newAccount?: { name: string; email: string; password: string }): Promise<CoFacilitationResult> {
  const { sql } = getRuntime();
  const workshop = await workshopOfFacilitatorInvite(invite);
  if (!workshop) return { ok: false, error: 'invalid-invite' };
  const session = await getSessionUser();
  let userId = session?.userId;
  if (!userId) {
    if (!newAccount) return { ok: false, error: 'sign-in-first' };
    try {
      userId = (await createUser(sql, newAccount)).id;
    } catch (error) {
      if (error instanceof DuplicateEmailError) return { ok: false, error: 'email-taken' };
      throw error;
    }
  }
  await addMember(sql, workshop.id, userId, 'facilitator');
  return { ok: true, workshopId: workshop.id };
}
