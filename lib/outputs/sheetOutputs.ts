/**
 * Which outputs are filled in a worksheet this version can show, and which outputs one agreement
 * of that worksheet freezes. An MCUA matrix yields its topic's priority order too (4.7's
 * "priorities" are the matrix's ranking), so agreeing the sheet agrees both, and 5.1 can read
 * the priorities as its input.
 */
import { outputById } from '../method/outputs';
import { findTopic } from '../method/topics';
import type { OutputId, OutputKind, OutputSpec, Topic } from '../method/types';

/** Output kinds with a worksheet screen, and the worksheet form that fills them. */
export const WORKSHEET_FORMS: Partial<Record<OutputKind, 'mcua'>> = { 'mcua-matrix': 'mcua' };

/** Kinds whose content is the ranking of a sheet of another kind in the same topic. */
const DERIVED_FROM: Partial<Record<OutputKind, OutputKind>> = { 'mcua-priorities': 'mcua-matrix' };

/** The topic's outputs that have a worksheet screen. */
export function worksheetOutputsOf(topic: Topic): OutputSpec[] {
  return topic.outputs.filter((output) => topic.worksheets.includes(output.kind) && WORKSHEET_FORMS[output.kind] !== undefined);
}

/** The worksheet output `<topicId>/<slug>` of that topic, or null when it has no worksheet screen. */
export function findWorksheetOutput(topicId: string, slug: string): { topic: Topic; output: OutputSpec } | null {
  const topic = findTopic(topicId);
  const output = topic ? outputById(`${topicId}/${slug}` as OutputId) : undefined;
  if (!topic || !output || !worksheetOutputsOf(topic).some((o) => o.id === output.id)) return null;
  return { topic, output };
}

/** The outputs one agreement of this worksheet freezes: the sheet's own, then those derived from it. */
export function outputsAgreedWith(topic: Topic, sheetOutput: OutputSpec): OutputSpec[] {
  return [sheetOutput, ...topic.outputs.filter((output) => DERIVED_FROM[output.kind] === sheetOutput.kind)];
}

/** The slug of an output id (`'4.7/assessment-matrix'` → `'assessment-matrix'`), used in URLs. */
export function slugOf(outputId: OutputId): string {
  return outputId.slice(outputId.indexOf('/') + 1);
}
