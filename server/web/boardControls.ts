import 'server-only';
import { can, canInWorkshop, type Principal } from '@/lib/auth/capabilities';
import { getDoc } from '../db/workshops';
import { lockBoard } from '../http/boardLock';
import { accessInfo } from '../http/docAccess';
import { getRuntime } from '../runtime';
import { ForbiddenError } from './workshopAdmin';

/** A facilitator of the board's workshop locks or unlocks it. */
export async function setBoardLock(actor: Principal, docName: string, locked: boolean) {
  const runtime = getRuntime();
  const doc = await getDoc(runtime.sql, docName);
  if (!doc) return null;
  if (!canInWorkshop(actor, 'manage', doc.workshopId) || !can(actor, 'read', accessInfo(doc))) throw new ForbiddenError();
  return lockBoard(runtime, docName, locked);
}
