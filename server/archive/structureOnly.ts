/**
 * "Keep the structure, clear the content" (stage 7.2: replicating a good practice to another
 * PDAM). What stays: the workshop's title, PDAM, region and time zone, the agenda (durations and
 * dropped sessions, without dates), the running session, the groups of every session, and each
 * board's template areas. What goes: venue and dates, cards and every other drawing, votes,
 * worksheets (they are recreated empty when first opened), agreed outputs, people, roster,
 * meetings, follow-ups and topic progress: all of that belongs to the PDAM that produced it.
 */
import * as Y from 'yjs';
import { META_MAP, RECORDS_MAP } from '@/lib/board/docMeta';
import { AREA_SHAPE_TYPE } from '@/lib/shapes/area';
import type { Archive } from './archiveSchema';

/** Meta key of the tldraw schema the records are written in (see components/board/useYjsStore). */
const SCHEMA_META_KEY = 'schema';

export function keepStructureOnly(archive: Archive, states: ReadonlyMap<string, Uint8Array>): { archive: Archive; states: Map<string, Uint8Array> } {
  const docs = archive.docs.filter((doc) => doc.kind !== 'worksheet').map((doc) => ({ ...doc, access: { openForParticipants: false, locked: false } }));
  const kept = new Map<string, Uint8Array>();
  for (const doc of docs) kept.set(doc.name, templateOnly(states.get(doc.name) ?? new Uint8Array([0, 0])));
  return {
    archive: {
      ...archive,
      workshop: { ...archive.workshop, venue: null, startsOn: null, endsOn: null },
      roster: [],
      participants: [],
      topicStatuses: {},
      agenda: { sessions: archive.agenda.sessions.map((session) => ({ ...session, startsAt: null })) },
      calendar: { meetings: [] },
      followUps: [],
      agreedOutputs: [],
      docs,
    },
    states: kept,
  };
}

/** A board's state reduced to its page, its document record and its template areas. */
export function templateOnly(state: Uint8Array): Uint8Array {
  const source = new Y.Doc();
  const target = new Y.Doc();
  try {
    Y.applyUpdate(source, state);
    const records = target.getMap(RECORDS_MAP);
    const meta = target.getMap(META_MAP);
    target.transact(() => {
      for (const [id, record] of Object.entries(source.getMap(RECORDS_MAP).toJSON())) if (isStructure(record)) records.set(id, record);
      const schema = source.getMap(META_MAP).get(SCHEMA_META_KEY);
      if (schema !== undefined) meta.set(SCHEMA_META_KEY, schema);
    });
    return Y.encodeStateAsUpdate(target);
  } finally {
    source.destroy();
    target.destroy();
  }
}

function isStructure(record: unknown): boolean {
  if (typeof record !== 'object' || record === null) return false;
  const { typeName, type } = record as { typeName?: unknown; type?: unknown };
  return typeName === 'document' || typeName === 'page' || (typeName === 'shape' && type === AREA_SHAPE_TYPE);
}
