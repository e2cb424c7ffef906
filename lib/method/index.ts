/** The STPP method as typed, bilingual data. */
export type { BoardTemplate, OutputId, OutputKind, OutputSpec, MethodKind, SessionSpec, Stage, Topic } from './types';
export { STAGES, TOPICS, findTopic, topicsOfStage, defaultAgendaMinutes } from './topics';
export { OUTPUTS, outputById, producersOf, consumersOf, outputsOfKind } from './outputs';
export { METHOD_KINDS, METHOD_LABELS } from './methodKinds';
export { OUTPUT_KINDS, OUTPUT_KIND_LABELS } from './outputKinds';
export {
  ACTION_ASPECTS,
  ACTION_READINESS,
  ACTION_TIME_FRAMES,
  GOVERNANCE_CRITERIA,
  GOVERNANCE_NODES,
  ISSUE_RANKING_CRITERIA_EXAMPLES,
  LOGFRAME_COLUMNS,
  LOGFRAME_LEVELS,
  P3O_AREAS,
  PROCEDURE_IDEA_TAGS,
  SERVICE_FLOW_STEPS,
  STARTING_REGULATIONS,
  type VocabularyTerm,
} from './vocabularies';
export { initialDocsForWorkshop, type InitialDocSpec } from './initialDocs';
