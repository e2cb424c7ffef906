import 'server-only';
import { can, type Principal } from '@/lib/auth/capabilities';
import { accessInfo } from '../http/docAccess';
import { listGroups } from '../db/groups';
import { listDocs, type DocRecord } from '../db/workshops';
import { getRuntime } from '../runtime';

/** A board of the running session a person may switch to from a board. */
export interface SessionBoardLink {
  docName: string;
  kind: 'plenary' | 'group';
  /** The group's name; empty for the plenary (the page names it in the reader's language). */
  name: string;
  color: string;
  groupId: string | null;
  /** Whether this person may write there now (their own group's board, or one the facilitator opened). */
  writable: boolean;
}

/**
 * The boards of the session running now (the plenary and each group's), for the switcher on a
 * group board or the plenary. Listing is not access: each board page and websocket decide that.
 */
export async function sessionBoardsAround(doc: DocRecord, principal: Principal): Promise<SessionBoardLink[]> {
  if (doc.kind === 'worksheet' || (doc.kind === 'board' && doc.groupId === null)) return [];
  const { sql } = getRuntime();
  const [groups, docs] = await Promise.all([listGroups(sql, doc.workshopId), listDocs(sql, doc.workshopId)]);
  const byName = new Map(docs.map((candidate) => [candidate.name, candidate] as const));
  const writable = (docName: string) => {
    const found = byName.get(docName);
    return found ? can(principal, 'write', accessInfo(found)) : false;
  };
  const plenary = docs.find((candidate) => candidate.kind === 'plenary');
  return [
    ...(plenary ? [{ docName: plenary.name, kind: 'plenary' as const, name: '', color: '#2d3748', groupId: null, writable: writable(plenary.name) }] : []),
    ...groups.flatMap((group) =>
      group.boardName ? [{ docName: group.boardName, kind: 'group' as const, name: group.name, color: group.color, groupId: group.id, writable: writable(group.boardName) }] : [],
    ),
  ];
}
