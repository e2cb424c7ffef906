/**
 * A workshop's own agenda: the method's default sessions per topic, with the facilitator's edits
 * (durations, dates, extra or dropped sessions) laid over them. The guide disagrees with itself on
 * several topics' agendas, so the default is only a starting point.
 */
import type { BilingualText } from '../i18n/bilingual';
import type { Topic } from '../method/types';

export const TOPIC_STATUSES = ['not-started', 'in-session', 'agreed'] as const;
export type TopicStatus = (typeof TOPIC_STATUSES)[number];

/** The facilitator's edit of one session of one topic. */
export interface SessionOverride {
  topicId: string;
  number: number;
  durationMinutes: number | null;
  startsAt: Date | null;
  removed: boolean;
}

export interface PlannedSession {
  number: number;
  title: BilingualText;
  durationMinutes: number;
  startsAt: Date | null;
  steps: readonly BilingualText[];
  /** Added by the facilitator; the method has no script for it. */
  extra: boolean;
}

const EXTRA_SESSION_TITLE: BilingualText = { id: 'Sesi tambahan', en: 'Extra session' };
export const DEFAULT_EXTRA_SESSION_MINUTES = 90;
export const MAX_SESSION_MINUTES = 8 * 60;

/** The sessions a topic will actually run in this workshop, in order. */
export function plannedSessions(topic: Topic, overrides: readonly SessionOverride[]): PlannedSession[] {
  const mine = new Map(overrides.filter((o) => o.topicId === topic.id).map((o) => [o.number, o] as const));
  const fromMethod = topic.sessions.map<PlannedSession>((session) => {
    const override = mine.get(session.number);
    return {
      number: session.number,
      title: session.title,
      durationMinutes: override?.durationMinutes ?? session.durationMinutes,
      startsAt: override?.startsAt ?? null,
      steps: session.steps,
      extra: false,
    };
  });
  const extras = [...mine.values()]
    .filter((o) => o.number > topic.sessions.length)
    .map<PlannedSession>((o) => ({
      number: o.number,
      title: EXTRA_SESSION_TITLE,
      durationMinutes: o.durationMinutes ?? DEFAULT_EXTRA_SESSION_MINUTES,
      startsAt: o.startsAt,
      steps: [],
      extra: true,
    }));
  return [...fromMethod, ...extras].filter((session) => !mine.get(session.number)?.removed).sort((a, b) => a.number - b.number);
}

/** The number an added session gets: after every session the topic has or had. */
export function nextSessionNumber(topic: Topic, overrides: readonly SessionOverride[]): number {
  const used = overrides.filter((o) => o.topicId === topic.id).map((o) => o.number);
  return Math.max(topic.sessions.length, ...used) + 1;
}

export function totalMinutes(sessions: readonly PlannedSession[]): number {
  return sessions.reduce((sum, session) => sum + session.durationMinutes, 0);
}
