/**
 * What a participant's home screen lists besides their group's board: the documents they may
 * write in now (a plenary or worksheet the facilitator opened for participants, another group's
 * board opened to all), and those they may only look at. The same `can` the server enforces
 * decides, so a worksheet open for writing is never filed under "view only".
 */
import { can, type DocAccessInfo, type Principal } from '../auth/capabilities';

export interface HomeDocuments<D> {
  writable: D[];
  readOnly: D[];
}

export function homeDocuments<D extends DocAccessInfo & { name: string }>(principal: Principal, docs: readonly D[], ownBoard: string | null): HomeDocuments<D> {
  const lists: HomeDocuments<D> = { writable: [], readOnly: [] };
  for (const doc of docs) {
    if (doc.name === ownBoard || !can(principal, 'read', doc)) continue;
    (can(principal, 'write', doc) ? lists.writable : lists.readOnly).push(doc);
  }
  return lists;
}
