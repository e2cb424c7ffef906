/** The shape of the STPP method as data: stages, topics, their outputs and their sessions. */
import type { BilingualText } from '../i18n/bilingual';
import type { MethodKind } from './methodKinds';
import type { OutputKind } from './outputKinds';

export type { MethodKind } from './methodKinds';
export type { OutputKind } from './outputKinds';

/** Which board template a topic works on; null when its work happens in worksheets only. */
export type BoardTemplate =
  | 'stakeholder-map'
  | 'brainstorm'
  | 'harapan-kenyataan'
  | 'service-flow'
  | 'swot'
  | 'flowchart'
  | 'org-chart'
  | 'onion';

/** Stable id of one output: the producing topic's id, a slash, and a slug, e.g. `'2.1/main-issue'`. */
export type OutputId = `${string}/${string}`;

/** One result a topic must leave behind (keluaran), captured in the format named by `kind`. */
export interface OutputSpec {
  id: OutputId;
  kind: OutputKind;
  title: BilingualText;
  description: BilingualText;
}

/** One sitting of a topic, with the facilitator's script in order. */
export interface SessionSpec {
  /** 1-based, consecutive within the topic. */
  number: number;
  /** Planned length in minutes; a multiple of 15. */
  durationMinutes: number;
  title: BilingualText;
  /** Opens with a review against the Kerangka, closes with the Kalender Kerja and the follow-ups. */
  steps: readonly BilingualText[];
}

export interface Topic {
  /** `'<stage>.<n>'`, e.g. `'3.2'`. */
  id: string;
  stage: number;
  title: BilingualText;
  /** Tujuan. */
  objective: BilingualText;
  outputs: readonly OutputSpec[];
  /** Outputs of earlier topics this topic draws on (the Kerangka flow). */
  inputs: readonly OutputId[];
  /** Who should attend. */
  participants: readonly BilingualText[];
  facilitatorQualifications: readonly BilingualText[];
  methods: readonly MethodKind[];
  /** Documents, formats and presentations to prepare (bahan). */
  materials: readonly BilingualText[];
  /** Physical and digital equipment (alat bantu). */
  tools: readonly BilingualText[];
  /** The default agenda; a facilitator may edit it per workshop. */
  sessions: readonly SessionSpec[];
  /** The reading of the guide the default agenda did not take, where the guide disagrees with itself. */
  agendaNote?: BilingualText;
  /** Tindak Lanjut typical for the working group after this topic. */
  followUps: readonly BilingualText[];
  boardTemplate: BoardTemplate | null;
  /** Output kinds of this topic that are filled in a structured worksheet rather than on the board. */
  worksheets: readonly OutputKind[];
}

export interface Stage {
  number: number;
  title: BilingualText;
  objective?: BilingualText;
}
