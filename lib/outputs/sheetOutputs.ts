/**
 * Which outputs are filled in a worksheet this version can show, and which outputs one agreement
 * of that worksheet freezes, each with its own data. An MCUA matrix yields its topic's priority
 * order too (4.7's "priorities" are the matrix's ranking), and 2.3's gap table yields the
 * strategic indicators (its rows ticked strategic), so agreeing the sheet agrees both and later
 * topics read either as their input.
 */
import { outputById } from '../method/outputs';
import { findTopic } from '../method/topics';
import type { OutputId, OutputKind, OutputSpec, Topic } from '../method/types';
import { TABLE_FORM_OF_KIND } from '../worksheets/forms';
import type { TableForm } from '../worksheets/tableForm';
import type { AgreedData } from './agreedData';

/** How a worksheet is laid out and shown: the MCUA matrix, 2.1's ranking matrix, or a table of one form. */
export type WorksheetType = { type: 'mcua' } | { type: 'ranking' } | { type: 'table'; form: TableForm };

/** The worksheet type that fills outputs of this kind, or null when the kind has no worksheet screen. */
export function worksheetTypeOf(kind: OutputKind): WorksheetType | null {
  if (kind === 'mcua-matrix') return { type: 'mcua' };
  if (kind === 'main-issue-ranking') return { type: 'ranking' };
  const form = TABLE_FORM_OF_KIND[kind];
  return form ? { type: 'table', form } : null;
}

/** The gap table's rows the plenary ticked as strategic indicators (the column of lib/worksheets/forms/gapTable.ts). */
export function strategicIndicatorsOf(data: AgreedData): AgreedData {
  return data.format === 'table' ? { ...data, rows: data.rows.filter((row) => row.cells.strategic === true) } : data;
}

/**
 * Kinds whose content follows from the agreed data of a sheet of another kind in the same topic:
 * the sheet's kind, and how the derived output's data is taken from the sheet's.
 */
const DERIVED: Partial<Record<OutputKind, { from: OutputKind; data: (sheetData: AgreedData) => AgreedData }>> = {
  'mcua-priorities': { from: 'mcua-matrix', data: (sheetData) => sheetData },
  'strategic-indicators': { from: 'gap-table', data: strategicIndicatorsOf },
};

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

/**
 * The outputs one agreement of this worksheet freezes, each with the data it stores: the sheet's
 * own (`sheetData`), then those derived from it.
 */
export function outputsAgreedWith(topic: Topic, sheetOutput: OutputSpec, sheetData: AgreedData): { output: OutputSpec; data: AgreedData }[] {
  const derived = topic.outputs.flatMap((output) => {
    const rule = DERIVED[output.kind];
    return rule && rule.from === sheetOutput.kind ? [{ output, data: rule.data(sheetData) }] : [];
  });
  return [{ output: sheetOutput, data: sheetData }, ...derived];
}

/** The slug of an output id (`'4.7/assessment-matrix'` → `'assessment-matrix'`), used in URLs. */
export function slugOf(outputId: OutputId): string {
  return outputId.slice(outputId.indexOf('/') + 1);
}
