import 'server-only';
import { canInWorkshop, type Principal } from '@/lib/auth/capabilities';
import type { BilingualText } from '@/lib/i18n/bilingual';
import { findTopic } from '@/lib/method/topics';
import { participantSubject } from '@/server/auth/principals';
import { plannedSessions } from '@/lib/workshop/agenda';
import { agendaOverrides } from '@/server/db/agenda';
import { getCurrentSession } from '@/server/db/currentSession';
import { getRuntime } from '@/server/runtime';
import { workshopForMember } from '@/server/web/boardAccess';
import { peopleOverview } from '@/server/web/workshopAdmin';

export interface ConsoleGroup {
  id: string;
  name: string;
  color: string;
  boardName: string;
}

export interface ConsolePerson {
  /** The id their boards' presence carries (a participant's subject). */
  userId: string;
  name: string;
  role: 'participant' | 'observer';
  groupId: string | null;
}

export type ConsoleData =
  | { kind: 'forbidden' }
  | { kind: 'no-plenary' }
  | {
      kind: 'ready';
      plenaryDocName: string;
      groups: ConsoleGroup[];
      people: ConsolePerson[];
      /** The topic and session running now, with its length on the workshop's agenda; null outside a session. */
      session: { title: BilingualText; number: number; durationMinutes: number | null } | null;
    };

/** What the facilitator's console watches: the session's group boards, the plenary, the roster. */
export async function consoleData(actor: Principal, workshopId: string): Promise<ConsoleData> {
  if (!canInWorkshop(actor, 'manage', workshopId)) return { kind: 'forbidden' };
  const [found, overview, current, overrides] = await Promise.all([
    workshopForMember(actor.userId, workshopId),
    peopleOverview(actor, workshopId),
    getCurrentSession(getRuntime().sql, workshopId),
    agendaOverrides(getRuntime().sql, workshopId),
  ]);
  const plenary = found?.docs.find((doc) => doc.kind === 'plenary');
  if (!found || !plenary) return { kind: 'no-plenary' };
  const topic = current ? findTopic(current.topicId) : undefined;
  return {
    kind: 'ready',
    plenaryDocName: plenary.name,
    groups: overview.groups.flatMap((group) => (group.boardName ? [{ id: group.id, name: group.name, color: group.color, boardName: group.boardName }] : [])),
    people: overview.participants.flatMap((person) =>
      person.role === 'facilitator' ? [] : [{ userId: participantSubject(person.id), name: person.name, role: person.role, groupId: person.groupId }],
    ),
    session:
      current && topic
        ? {
            title: topic.title,
            number: current.number,
            // The facilitator's agenda sets the timer's default length (null: a session since removed).
            durationMinutes: plannedSessions(topic, overrides).find((planned) => planned.number === current.number)?.durationMinutes ?? null,
          }
        : null,
  };
}
