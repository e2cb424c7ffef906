import 'server-only';
import { canInWorkshop, type Principal } from '@/lib/auth/capabilities';
import { lockGroupBoards } from '../http/lockGroupBoards';
import { getRuntime } from '../runtime';
import { ForbiddenError } from './workshopAdmin';

/** A facilitator locks every group board of the running session (time is up), or unlocks them. */
export async function lockSessionGroupBoards(actor: Principal, workshopId: string, locked: boolean) {
  if (!canInWorkshop(actor, 'manage', workshopId)) throw new ForbiddenError();
  return lockGroupBoards(getRuntime(), workshopId, locked);
}
