import 'server-only';
import { RECORDS_MAP } from '@/lib/board/docMeta';
import type { PrefillSources } from '@/lib/worksheets/tablePrefill';
import { loadStoredRecords } from '../db/storedDoc';
import type { PlanoRuntime } from '../runtime';

type Runtime = Pick<PlanoRuntime, 'sql' | 'registry' | 'docStore'>;

/**
 * The records of a topic's boards for pre-filling its worksheets, plenary first:
 * - the topic's own board (the one the plenary works on), and the workshop's plenary board while
 *   this topic's session runs (group cards are gathered there then; at other times it holds
 *   another topic's cards);
 * - then the group boards of the topic's latest session, in the groups' order.
 * Each is read from its live room when loaded (what people see now), otherwise from storage.
 */
export async function readTopicBoards(runtime: Runtime, workshopId: string, topicId: string): Promise<PrefillSources['boards']> {
  const plenaries = await runtime.sql.query<{ name: string }>(
    `select d.name from docs d join workshops w on w.id = d.workshop_id
      where d.workshop_id = $1
        and ((d.kind = 'board' and d.topic_id = $2 and d.group_id is null) or (d.kind = 'plenary' and w.current_topic_id = $2))
      order by case d.kind when 'board' then 0 else 1 end, d.created_at, d.name`,
    [workshopId, topicId],
  );
  const groups = await runtime.sql.query<{ name: string }>(
    `select d.name from docs d join groups g on g.id = d.group_id
      where d.workshop_id = $1 and d.kind = 'board' and g.topic_id = $2
        and g.session_number = (select max(session_number) from groups where workshop_id = $1 and topic_id = $2)
      order by g.position, g.created_at, d.created_at`,
    [workshopId, topicId],
  );
  const docs = [...plenaries.map((row) => ({ docName: row.name, kind: 'plenary' as const })), ...groups.map((row) => ({ docName: row.name, kind: 'group' as const }))];
  return Promise.all(docs.map(async (doc) => ({ ...doc, records: await readBoardRecords(runtime, doc.docName) })));
}

async function readBoardRecords(runtime: Runtime, docName: string): Promise<unknown[]> {
  const room = await runtime.registry.peek(docName);
  if (room) return Object.values(room.doc.getMap(RECORDS_MAP).toJSON());
  // Not loaded: rebuild it from storage without loading a room nobody is using.
  return loadStoredRecords(runtime.docStore, docName);
}
