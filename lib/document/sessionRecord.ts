/**
 * The sessions a workshop held (or has dated), for the process record of the draft STPP: each
 * topic's planned sessions with their date, length and the breakout groups formed for them.
 * A session with neither a date nor groups says nothing about this workshop and is left out.
 */
import { TOPICS } from '../method/topics';
import { plannedSessions, type SessionOverride } from '../workshop/agenda';

export interface DraftSession {
  topicId: string;
  number: number;
  startsAt: Date | null;
  durationMinutes: number;
  /** Names of the groups formed for this session, in their order. */
  groups: string[];
}

export interface SessionGroup {
  name: string;
  position: number;
  session: { topicId: string; number: number } | null;
}

export function sessionRecord(agenda: readonly SessionOverride[], groups: readonly SessionGroup[]): DraftSession[] {
  const groupsOf = (topicId: string, number: number) =>
    groups
      .filter((g) => g.session?.topicId === topicId && g.session.number === number)
      .sort((a, b) => a.position - b.position)
      .map((g) => g.name);
  return TOPICS.flatMap((topic) =>
    plannedSessions(topic, agenda)
      .map((session) => ({ topicId: topic.id, number: session.number, startsAt: session.startsAt, durationMinutes: session.durationMinutes, groups: groupsOf(topic.id, session.number) }))
      .filter((session) => session.startsAt !== null || session.groups.length > 0),
  );
}
