import type { DocAccessInfo } from '@/lib/auth/capabilities';
import type { DocRecord } from '../db/workshops';

/** The part of a document record that access decisions read. */
export function accessInfo(doc: DocRecord): DocAccessInfo {
  return {
    workshopId: doc.workshopId,
    kind: doc.kind,
    groupId: doc.groupId,
    openForParticipants: doc.openForParticipants,
    locked: doc.locked,
  };
}
