/**
 * The STPP method's 7 stages and 22 topics as data, in the guide's order. Each stage's topics
 * live in `stageN.ts`; this module assembles them and answers the usual questions about them.
 * Titles are the method's own terms in Indonesian, with our English rendering; every other text
 * is written afresh from the facilitator's guide.
 */
import { STAGE_1, STAGE_1_TOPICS } from './stage1';
import { STAGE_2, STAGE_2_TOPICS } from './stage2';
import { STAGE_3, STAGE_3_TOPICS } from './stage3';
import { STAGE_4, STAGE_4_TOPICS } from './stage4';
import { STAGE_5, STAGE_5_TOPICS } from './stage5';
import { STAGE_6, STAGE_6_TOPICS } from './stage6';
import { STAGE_7, STAGE_7_TOPICS } from './stage7';
import type { Stage, Topic } from './types';

export type { BoardTemplate, OutputId, OutputKind, OutputSpec, MethodKind, SessionSpec, Stage, Topic } from './types';

export const STAGES: readonly Stage[] = [STAGE_1, STAGE_2, STAGE_3, STAGE_4, STAGE_5, STAGE_6, STAGE_7];

/** All topics, in workshop order (stage by stage, then by topic number). */
export const TOPICS: readonly Topic[] = [
  ...STAGE_1_TOPICS,
  ...STAGE_2_TOPICS,
  ...STAGE_3_TOPICS,
  ...STAGE_4_TOPICS,
  ...STAGE_5_TOPICS,
  ...STAGE_6_TOPICS,
  ...STAGE_7_TOPICS,
];

export function findTopic(topicId: string): Topic | undefined {
  return TOPICS.find((topic) => topic.id === topicId);
}

/** The topics of one stage, in order; empty for a stage number that does not exist. */
export function topicsOfStage(stageNumber: number): Topic[] {
  return TOPICS.filter((topic) => topic.stage === stageNumber);
}

/** Length of the topic's default agenda in minutes (all sessions together). */
export function defaultAgendaMinutes(topic: Topic): number {
  return topic.sessions.reduce((total, session) => total + session.durationMinutes, 0);
}
