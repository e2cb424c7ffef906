/**
 * The minutes (notulen) of one session as a DOCX: reads the session's groups, their members and
 * boards, the topic's agreed outputs and follow-ups and the Kalender Kerja, then renders the
 * `lib/document/notulen` model. Boards are read from storage, which holds all anyone has seen.
 * Callers check that the acting person may export.
 */
import { buildNotulen, type NotulenGroup } from '@/lib/document/notulen';
import type { Lang } from '@/lib/i18n/translate';
import { findTopic } from '@/lib/method/topics';
import { plannedSessions } from '@/lib/workshop/agenda';
import { agendaOverrides } from '../db/agenda';
import { listFollowUps, listMeetings } from '../db/calendar';
import { createDocStore } from '../db/docStore';
import { loadStoredRecords } from '../db/storedDoc';
import { listAgreedOutputs } from '../db/outputs';
import { listRoster } from '../db/roster';
import type { Sql } from '../db/Sql';
import { getWorkshopDetails } from '../db/workshopDetails';
import { fileStem } from './exportWorkshop';
import { renderNotulen } from './renderNotulen';

/** The session's minutes, or null when the workshop, topic or session does not exist. */
export async function exportNotulen(sql: Sql, workshopId: string, topicId: string, sessionNumber: number, lang: Lang, now = new Date()) {
  const topic = findTopic(topicId);
  const details = await getWorkshopDetails(sql, workshopId);
  if (!topic || !details) return null;
  const session = plannedSessions(topic, await agendaOverrides(sql, workshopId)).find((s) => s.number === sessionNumber);
  if (!session) return null;
  const [groups, roster, agreed, followUps, meetings] = await Promise.all([
    sessionGroups(sql, workshopId, topicId, sessionNumber),
    listRoster(sql, workshopId),
    listAgreedOutputs(sql, workshopId),
    listFollowUps(sql, workshopId, topicId),
    listMeetings(sql, workshopId),
  ]);
  const model = buildNotulen(
    { details, topicId, session: { number: session.number, title: session.title, startsAt: session.startsAt }, groups, roster, agreed, followUps, meetings, generatedAt: now },
    lang,
  );
  return {
    body: await renderNotulen(model),
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    filename: `Notulen-${topicId.replace('.', '-')}-${sessionNumber}-${fileStem(details.pdam)}.docx`,
  };
}

/** The groups formed for this session, each with its members and its board's records. */
async function sessionGroups(sql: Sql, workshopId: string, topicId: string, sessionNumber: number): Promise<NotulenGroup[]> {
  const groups = await sql.query<{ id: string; name: string; board_name: string | null }>(
    `select g.id, g.name,
            (select d.name from docs d where d.group_id = g.id and d.kind = 'board' order by d.created_at limit 1) as board_name
       from groups g where g.workshop_id = $1 and g.topic_id = $2 and g.session_number = $3
      order by g.position, g.created_at`,
    [workshopId, topicId, sessionNumber],
  );
  if (groups.length === 0) return [];
  const members = await sql.query<{ group_id: string; name: string; organisation: string | null }>(
    `select gm.group_id, p.name, p.organisation from group_members gm join participants p on p.id = gm.participant_id
      where gm.group_id = any($1::text[]) order by p.created_at, p.id`,
    [groups.map((g) => g.id)],
  );
  const store = createDocStore(sql);
  const out: NotulenGroup[] = [];
  for (const group of groups) {
    out.push({
      name: group.name,
      members: members.filter((m) => m.group_id === group.id).map((m) => ({ name: m.name, organisation: m.organisation })),
      boardRecords: group.board_name ? await loadStoredRecords(store, group.board_name) : [],
    });
  }
  return out;
}
