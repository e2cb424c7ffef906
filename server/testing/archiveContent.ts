/**
 * Test support: what an archive holds, without what an import may change (ids, document names,
 * the export time), so two archives of the same workshop can be compared for equal content.
 */
import * as Y from 'yjs';
import type { Archive } from '../archive/archiveSchema';

/** Every root type of a document's state as JSON: maps as objects, sequences as arrays or text. */
export function docContent(base64: string): Record<string, unknown> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Buffer.from(base64, 'base64'));
  const names = [...doc.share.keys()].sort();
  const content = Object.fromEntries(
    names.map((name) => {
      const type = doc.share.get(name)!;
      // A root read before it is typed: a sequence has items in order, a map only keyed ones.
      return [name, type._start !== null ? doc.getArray(name).toJSON() : doc.getMap(name).toJSON()];
    }),
  );
  doc.destroy();
  return content;
}

/** The archive's content: documents by position (names replaced by their place), records without ids. */
export function archiveContent(archive: Archive) {
  const place = new Map(archive.docs.map((doc, index) => [doc.name, index]));
  const groupPlace = new Map(archive.groups.map((group, index) => [group.id, index]));
  const withoutId = <T extends { id: string }>(list: readonly T[]) => list.map((item) => ({ ...item, id: null }));
  return {
    workshop: { ...archive.workshop, id: null },
    roster: withoutId(archive.roster),
    groups: archive.groups.map((group) => ({ ...group, id: null, boardName: group.boardName === null ? null : place.get(group.boardName) })),
    participants: archive.participants.map((p) => ({ ...p, id: null, groupIds: p.groupIds.map((id) => groupPlace.get(id)) })),
    topicStatuses: archive.topicStatuses,
    agenda: archive.agenda,
    meetings: withoutId(archive.calendar.meetings),
    followUps: withoutId(archive.followUps),
    // By output and version: the export lists the newest version of each output first.
    agreedOutputs: [...archive.agreedOutputs]
      .sort((a, b) => a.outputId.localeCompare(b.outputId) || a.version - b.version)
      .map((output) => ({ ...output, sourceDocs: output.sourceDocs.map((source) => ({ ...source, docName: place.get(source.docName) })) })),
    docs: archive.docs.map((doc) => ({ ...doc, name: null, groupId: doc.groupId === null ? null : groupPlace.get(doc.groupId), state: docContent(doc.state) })),
  };
}
