/**
 * Which outputs are filled in a worksheet this version can show, and which outputs one agreement
 * of that worksheet freezes. An MCUA matrix yields its topic's priority order too (4.7's
 * "priorities" are the matrix's ranking), so agreeing the sheet agrees both, and 5.1 can read
 * the priorities as its input.
 */
import { outputById } from '../method/outputs';
import { findTopic } from '../method/topics';
import type { OutputId, OutputKind, OutputSpec, Topic } from '../method/types';
import { TABLE_FORM_OF_KIND } from '../worksheets/forms';
import type { TableForm } from '../worksheets/tableForm';

/** How a worksheet is laid out and shown: the MCUA matrix, or a table of one form. */
export type WorksheetType = { type: 'mcua' } | { type: 'table'; form: TableForm };

/** The worksheet type that fills outputs of this kind, or null when the kind has no worksheet screen. */
export function worksheetTypeOf(kind: OutputKind): WorksheetType | null {
  if (kind === 'mcua-matrix') return { type: 'mcua' };
  const form = TABLE_FORM_OF_KIND[kind];
  return form ? { type: 'table', form } : null;
}

/** Kinds whose content is the ranking of a sheet of another kind in the same topic. */
const DERIVED_FROM: Partial<Record<OutputKind, OutputKind>> = { 'mcua-priorities': 'mcua-matrix' };

/** The topic's outputs that have a worksheet screen. */
export function worksheetOutputsOf(topic: Topic): OutputSpec[] {
  return topic.outputs.filter((output) => topic.worksheets.includes(output.kind) && worksheetTypeOf(output.kind) !== null);
}

/** The worksheet output `<topicId>/<slug>` of that topic, or null when it has no worksheet screen. */
export function findWorksheetOutput(topicId: string, slug: string): { topic: Topic; output: OutputSpec; sheet: WorksheetType } | null {
  const topic = findTopic(topicId);
  const output = topic ? outputById(`${topicId}/${slug}` as OutputId) : undefined;
  const sheet = output ? worksheetTypeOf(output.kind) : null;
  if (!topic || !output || !sheet || !worksheetOutputsOf(topic).some((o) => o.id === output.id)) return null;
  return { topic, output, sheet };
}

/** The outputs one agreement of this worksheet freezes: the sheet's own, then those derived from it. */
export function outputsAgreedWith(topic: Topic, sheetOutput: OutputSpec): OutputSpec[] {
  return [sheetOutput, ...topic.outputs.filter((output) => DERIVED_FROM[output.kind] === sheetOutput.kind)];
}

/** The slug of an output id (`'4.7/assessment-matrix'` → `'assessment-matrix'`), used in URLs. */
export function slugOf(outputId: OutputId): string {
  return outputId.slice(outputId.indexOf('/') + 1);
}
