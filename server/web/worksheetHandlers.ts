import 'server-only';
import type { OutputSpec, Topic } from '@/lib/method/types';
import { mcuaOutputData, parseAgreedData, tableOutputData, type AgreedData } from '@/lib/outputs/agreedData';
import { prefillMcuaActions } from '@/lib/outputs/prefill';
import type { WorksheetType } from '@/lib/outputs/sheetOutputs';
import { readMcuaRounds } from '@/lib/worksheets/mcuaRounds';
import { readMcuaSheet, roundsOfSnapshot, snapshotMcuaSheet, type ActionValue } from '@/lib/worksheets/mcuaSheet';
import type { TableForm } from '@/lib/worksheets/tableForm';
import { prefillTableRows } from '@/lib/worksheets/tablePrefill';
import { cellKey, isTextColumn, migrateTextCells, readTableSheet, SHEET_FORM_KEY, snapshotTableSheet, textCellsToMigrate, textRootName, type MigratableSheetDoc, type RowValue, type TableSheetDoc } from '@/lib/worksheets/tableSheet';
import { listAgreedOutputs } from '../db/outputs';
import type { PlanoRuntime } from '../runtime';
import { readTopicBoards } from './topicBoardSources';
import { rankingOutputData } from '@/lib/outputs/agreedData';
import { prefillRankingIssues } from '@/lib/worksheets/rankingPrefill';
import { RANKING_MAP, readRankingSheet, snapshotRankingSheet, type RankingIssueValue } from '@/lib/worksheets/rankingSheet';

type Runtime = Pick<PlanoRuntime, 'sql' | 'registry' | 'docStore'>;
/**
 * The part of a Y.Doc the server writes: plain values into root maps, text into root Y.Texts. Only
 * the document's own methods are called, never a Yjs constructor: this code runs in Next's bundle,
 * whose copy of yjs is not the room's (yjs#438).
 */
interface WritableDoc {
  getMap(name: string): { set(key: string, value: unknown): void; has(key: string): boolean };
  getText(name: string): { length: number; insert(index: number, text: string): void };
}

export interface WorksheetContext {
  workshopId: string;
  topic: Topic;
  output: OutputSpec;
}

/** What the server does with a worksheet of one type: fill it when created, read it when agreed. */
export interface WorksheetHandler {
  /** The first content of a sheet just created, from what was agreed before (and the boards). */
  prefill(runtime: Runtime, context: WorksheetContext): Promise<(doc: WritableDoc) => void>;
  /** What one agreement stores, read from the live sheet, or why it cannot be agreed yet. */
  outputData(doc: TableSheetDoc): { ok: true; data: AgreedData } | { ok: false; reason: string };
  /**
   * Brings a sheet written by an earlier version up to today's layout, when it needs it (a table's
   * text cells held as plain strings become shared text). Null when there is nothing to do.
   */
  upgrade?(doc: MigratableSheetDoc): ((doc: MigratableSheetDoc) => void) | null;
}

/** The latest agreed version of every output of the workshop, readable ones only. */
async function latestAgreedData(runtime: Runtime, workshopId: string): Promise<Map<string, AgreedData>> {
  const latest = new Map<string, AgreedData>();
  // Newest version first: the first record of an output is its latest.
  for (const record of await listAgreedOutputs(runtime.sql, workshopId)) {
    if (latest.has(record.outputId)) continue;
    const data = parseAgreedData(record.data);
    if (data) latest.set(record.outputId, data);
  }
  return latest;
}

const mcuaHandler: WorksheetHandler = {
  async prefill(runtime, { workshopId, topic }) {
    const actions = prefillMcuaActions(topic, await latestAgreedData(runtime, workshopId));
    return (doc) => {
      const map = doc.getMap('actions');
      actions.forEach((action, order) => {
        const value: ActionValue = { label: action.label, aspect: action.aspect, order, source: action.source };
        map.set(action.id, value);
      });
    };
  },
  outputData: (doc) => {
    const snapshot = snapshotMcuaSheet(doc);
    const matrix = readMcuaSheet(snapshot);
    return mcuaOutputData(matrix, readMcuaRounds(roundsOfSnapshot(snapshot), matrix));
  },
};

function tableHandler(form: TableForm): WorksheetHandler {
  return {
    async prefill(runtime, context) {
      const [agreed, boards] = await Promise.all([latestAgreedData(runtime, context.workshopId), readTopicBoards(runtime, context.workshopId, context.topic.id)]);
      const rows = prefillTableRows(context.output.id, { agreed, boards });
      const fixedCount = form.fixedRows?.length ?? 0;
      return (doc) => {
        doc.getMap('sheet').set(SHEET_FORM_KEY, form.id);
        const rowMap = doc.getMap('rows');
        const cellMap = doc.getMap('cells');
        form.fixedRows?.forEach((fixed, index) => {
          if (!rowMap.has(fixed.id)) rowMap.set(fixed.id, { order: index - fixedCount } satisfies RowValue);
        });
        rows.forEach((row, order) => {
          // A pre-filled fixed row keeps its place among the fixed rows but still gets its cells.
          if (!rowMap.has(row.id)) rowMap.set(row.id, { order, source: row.source } satisfies RowValue);
          for (const [columnId, value] of Object.entries(row.cells)) {
            const column = form.columns.find((c) => c.id === columnId);
            if (!column) continue;
            if (!isTextColumn(column)) cellMap.set(cellKey(row.id, columnId), value);
            else if (doc.getText(textRootName(row.id, columnId)).length === 0) doc.getText(textRootName(row.id, columnId)).insert(0, String(value));
          }
        });
      };
    },
    outputData: (doc) => ({ ok: true, data: tableOutputData(form, readTableSheet(form, snapshotTableSheet(doc, form))) }),
    upgrade: (doc) => (textCellsToMigrate(form, doc).length > 0 ? (writable) => void migrateTextCells(form, writable) : null),
  };
}

/** 2.1's ranking matrix: one candidate issue per cluster of cards on the topic's boards. */
const rankingHandler: WorksheetHandler = {
  async prefill(runtime, { workshopId, topic }) {
    const issues = prefillRankingIssues(await readTopicBoards(runtime, workshopId, topic.id));
    return (doc) => {
      const map = doc.getMap(RANKING_MAP.issues);
      issues.forEach((issue, order) => {
        if (!map.has(issue.id)) map.set(issue.id, { label: issue.label, order, source: issue.source } satisfies RankingIssueValue);
      });
    };
  },
  outputData: (doc) => rankingOutputData(readRankingSheet(snapshotRankingSheet(doc))),
};

export function worksheetHandler(sheet: WorksheetType): WorksheetHandler {
  if (sheet.type === 'ranking') return rankingHandler;
  return sheet.type === 'mcua' ? mcuaHandler : tableHandler(sheet.form);
}
