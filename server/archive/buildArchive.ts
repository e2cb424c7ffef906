/**
 * The workshop archive: every record of every session and every document's Yjs state, in one
 * JSON file another Plano server can import (backup, or replicating a good practice elsewhere).
 * Documents are read from storage, which holds everything anyone has seen (persist before relay).
 */
import { agendaOverrides } from '../db/agenda';
import { getCurrentSession } from '../db/currentSession';
import { createDocStore } from '../db/docStore';
import { loadDocState } from '../db/storedDoc';
import type { Sql } from '../db/Sql';
import type { WorkshopRecords } from '../export/collectWorkshop';
import { ARCHIVE_FORMAT, ARCHIVE_VERSION, type Archive } from './archiveSchema';

/** The archive of a workshop whose records were already collected. */
export async function buildArchive(sql: Sql, records: WorkshopRecords, exportedAt: Date): Promise<Archive> {
  const { workshopId } = records;
  const [currentSession, groups, participants, agenda, docs] = await Promise.all([
    getCurrentSession(sql, workshopId),
    allGroups(sql, workshopId),
    participantsWithGroups(sql, workshopId),
    agendaOverrides(sql, workshopId),
    docsWithStates(sql, workshopId),
  ]);
  return {
    format: ARCHIVE_FORMAT,
    version: ARCHIVE_VERSION,
    exportedAt: exportedAt.toISOString(),
    workshop: { id: workshopId, ...records.details, currentSession },
    roster: records.roster,
    groups,
    participants,
    topicStatuses: Object.fromEntries(records.topicStatuses),
    agenda: { sessions: agenda.map((s) => ({ ...s, startsAt: s.startsAt?.toISOString() ?? null })) },
    calendar: { meetings: records.meetings.map((m) => ({ ...m, startsAt: m.startsAt.toISOString() })) },
    followUps: records.followUps,
    agreedOutputs: records.agreedOutputs.map((o) => ({
      outputId: o.outputId,
      version: o.version,
      agreedAt: o.agreedAt.toISOString(),
      agreedBy: o.agreedBy,
      present: o.present,
      note: o.note,
      data: o.data,
      sourceDocs: o.sourceDocs,
    })),
    docs,
  };
}

/** The archive as the file the export route and the CLI hand out. */
export function archiveExportFile(archive: Archive, fileStem: string): { body: Buffer; contentType: string; filename: string } {
  return { body: Buffer.from(JSON.stringify(archive, null, 2) + '\n'), contentType: 'application/json; charset=utf-8', filename: `Plano-${fileStem}.json` };
}

/** Groups of every session (not only the one running now), in the order they were formed. */
async function allGroups(sql: Sql, workshopId: string): Promise<Archive['groups']> {
  const rows = await sql.query<{ id: string; name: string; color: string; position: number; topic_id: string | null; session_number: number | null; board_name: string | null }>(
    `select g.id, g.name, g.color, g.position, g.topic_id, g.session_number,
            (select d.name from docs d where d.group_id = g.id and d.kind = 'board' order by d.created_at limit 1) as board_name
       from groups g where g.workshop_id = $1 order by g.created_at, g.id`,
    [workshopId],
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    color: r.color as Archive['groups'][number]['color'],
    position: r.position,
    boardName: r.board_name,
    session: r.topic_id && r.session_number ? { topicId: r.topic_id, number: r.session_number } : null,
  }));
}

async function participantsWithGroups(sql: Sql, workshopId: string): Promise<Archive['participants']> {
  const [people, memberships] = await Promise.all([
    sql.query<{ id: string; name: string; organisation: string | null; role: string; removed_at: Date | null }>(
      `select id, name, organisation, role, removed_at from participants where workshop_id = $1 order by created_at, id`,
      [workshopId],
    ),
    sql.query<{ participant_id: string; group_id: string }>(
      `select gm.participant_id, gm.group_id from group_members gm join groups g on g.id = gm.group_id where g.workshop_id = $1 order by g.created_at, g.id`,
      [workshopId],
    ),
  ]);
  return people.map((p) => ({
    id: p.id,
    name: p.name,
    organisation: p.organisation,
    role: p.role as Archive['participants'][number]['role'],
    removedAt: p.removed_at ? new Date(p.removed_at).toISOString() : null,
    groupIds: memberships.filter((m) => m.participant_id === p.id).map((m) => m.group_id),
  }));
}

async function docsWithStates(sql: Sql, workshopId: string): Promise<Archive['docs']> {
  const rows = await sql.query<{
    name: string;
    kind: string;
    topic_id: string | null;
    group_id: string | null;
    output_id: string | null;
    template: string | null;
    title_id: string;
    title_en: string;
    open_for_participants: boolean;
    locked: boolean;
  }>(
    `select name, kind, topic_id, group_id, output_id, template, title_id, title_en, open_for_participants, locked
       from docs where workshop_id = $1 order by created_at, name`,
    [workshopId],
  );
  const store = createDocStore(sql);
  const docs: Archive['docs'] = [];
  // One at a time: a workshop has tens of documents, and this keeps memory to one document.
  for (const row of rows) {
    const state = await loadDocState(store, row.name);
    docs.push({
      name: row.name,
      kind: row.kind as Archive['docs'][number]['kind'],
      topicId: row.topic_id,
      groupId: row.group_id,
      outputId: row.output_id,
      template: row.template,
      title: { id: row.title_id, en: row.title_en },
      access: { openForParticipants: row.open_for_participants, locked: row.locked },
      state: Buffer.from(state).toString('base64'),
    });
  }
  return docs;
}
