/**
 * "Time is up": lock (or unlock) every group board of the session running now in one action.
 * Each board goes through `setBoardAccess`, so the database, the live access rules and every open
 * client learn of it exactly as for a single board. Callers check that the acting person may do it.
 */
import { listGroups } from '../db/groups';
import type { PlanoRuntime } from '../runtime';
import { setBoardAccess } from './boardLock';

export interface GroupBoardsLockOutcome {
  locked: boolean;
  /** Document names of the boards changed, in group order. */
  boards: string[];
}

export async function lockGroupBoards(
  runtime: Pick<PlanoRuntime, 'sql' | 'docAccess' | 'registry'>,
  workshopId: string,
  locked: boolean,
): Promise<GroupBoardsLockOutcome> {
  const groups = await listGroups(runtime.sql, workshopId);
  const boards: string[] = [];
  // One after the other: each acquires its room, and a session has a handful of groups.
  for (const group of groups) {
    if (!group.boardName) continue;
    if (await setBoardAccess(runtime, group.boardName, { locked })) boards.push(group.boardName);
  }
  return { locked, boards };
}
