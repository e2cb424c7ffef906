/**
 * Gather to plenary on the server: read each group board as it is now, and write the cards not
 * gathered yet into the plenary document. The plenary write goes through the room like any edit
 * (stored, then relayed to everyone on the plenary); group boards are only read, never written,
 * so whatever happens on the plenary afterwards leaves them as they are.
 * Callers check that the acting person may do it.
 */
import { gatherCards, type GatherOptions, type GatherSource } from '@/lib/plenary/gatherCards';
import type { PlanoRuntime } from '../runtime';

/** Y.Map holding every tldraw record of a board, keyed by record id (see `useYjsStore`). */
const RECORDS_MAP = 'tldraw';

export interface GroupBoardRef {
  groupId: string;
  groupName: string;
  groupColor: string;
  docName: string;
}

export interface GatherOutcome {
  /** Cards added to the plenary by this gathering. */
  added: number;
  /** Group cards already on the plenary, left alone. */
  skipped: number;
}

export async function gatherToPlenary(
  runtime: Pick<PlanoRuntime, 'registry'>,
  plenaryDocName: string,
  groups: readonly GroupBoardRef[],
  options: GatherOptions = {},
): Promise<GatherOutcome> {
  const sources: GatherSource[] = [];
  for (const group of groups) sources.push({ ...group, boardRecords: await readBoardRecords(runtime, group.docName) });

  const room = await runtime.registry.acquire(plenaryDocName);
  try {
    let outcome: GatherOutcome = { added: 0, skipped: 0 };
    // Read and write in one transaction: nothing can slip in between, so gathering twice at
    // once cannot place the same card twice (and the ids are the same anyway).
    room.applyServerChange((ydoc) => {
      const records = ydoc.getMap(RECORDS_MAP);
      const { newRecords, added, skipped } = gatherCards(Object.values(records.toJSON()), sources, options);
      for (const record of newRecords) records.set(record.id, record);
      outcome = { added, skipped };
    });
    await room.flush();
    return outcome;
  } finally {
    runtime.registry.release(plenaryDocName);
  }
}

async function readBoardRecords(runtime: Pick<PlanoRuntime, 'registry'>, docName: string): Promise<unknown[]> {
  const room = await runtime.registry.acquire(docName);
  try {
    return Object.values(room.doc.getMap(RECORDS_MAP).toJSON());
  } finally {
    runtime.registry.release(docName);
  }
}
