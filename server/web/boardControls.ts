import 'server-only';
import { can, canInWorkshop, type Principal } from '@/lib/auth/capabilities';
import { getDoc } from '../db/workshops';
import { restoreLastGoodSnapshot } from '../http/boardCapacity';
import { setBoardAccess } from '../http/boardLock';
import { accessInfo } from '../http/docAccess';
import { getRuntime } from '../runtime';
import { ForbiddenError } from './workshopAdmin';

/** A facilitator of the board's workshop locks or unlocks it, or opens it for participants' writes. */
export async function changeBoardAccess(actor: Principal, docName: string, changes: { locked?: boolean; openForParticipants?: boolean }) {
  const runtime = getRuntime();
  const doc = await getDoc(runtime.sql, docName);
  if (!doc) return null;
  if (!canInWorkshop(actor, 'manage', doc.workshopId) || !can(actor, 'configure', accessInfo(doc))) throw new ForbiddenError();
  return setBoardAccess(runtime, docName, changes);
}

/** A facilitator of the board's workshop brings a (full) board back to its last good snapshot. */
export async function restoreBoard(actor: Principal, docName: string) {
  const runtime = getRuntime();
  const doc = await getDoc(runtime.sql, docName);
  if (!doc) return null;
  if (!canInWorkshop(actor, 'manage', doc.workshopId) || !can(actor, 'configure', accessInfo(doc))) throw new ForbiddenError();
  return restoreLastGoodSnapshot(runtime, docName);
}
