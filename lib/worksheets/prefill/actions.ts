/**
 * Pre-fills along the action chain, each from the latest agreed output before it:
 * 3.2 + 4.1–4.6 → 4.7's action list → (MCUA) → 5.1's action scheme and Smart Logframe → 5.2's
 * Tabel Skema Tindakan → 6.1's budgeted action table → 6.2's programme matrix and direct actions.
 */
import { outputById } from '../../method/outputs';
import { findTopic } from '../../method/topics';
import type { OutputId } from '../../method/types';
import { itemsOf, type AgreedData } from '../../outputs/agreedData';
import { prefillMcuaActions } from '../../outputs/prefill';
import { MCUA_ASPECTS } from '../../scoring/mcua';
import { skemaTindakanForm } from '../forms/skemaTindakan';
import { agreedTableRows, presentCells, rowFromItem, rowIdFrom, type PrefilledRow, type PrefillSources } from './sources';

/** 4.7's proposed actions: the same options, aspects and order the MCUA sheet starts with. */
export function prefillProposedActions({ agreed }: PrefillSources): PrefilledRow[] {
  const topic = findTopic('4.7');
  if (!topic) return [];
  return prefillMcuaActions(topic, agreed).map((action) => {
    const origin = outputById(action.source);
    return {
      id: rowIdFrom(action.id),
      source: action.source,
      cells: { action: action.label, aspect: action.aspect, ...(origin ? { origin: `${action.source.split('/')[0]} ${origin.title.id}` } : {}) },
    };
  });
}

const PRIORITIES: OutputId = '4.7/priorities';

/** 4.7's agreed priorities; the assessment matrix carries the same ranking when only it was read. */
function priorities(agreed: ReadonlyMap<string, AgreedData>): { outputId: OutputId; data: AgreedData } | null {
  for (const outputId of [PRIORITIES, '4.7/assessment-matrix'] as const) {
    const data = agreed.get(outputId);
    if (data) return { outputId, data };
  }
  return null;
}

/**
 * 5.1's action scheme: every ranked action, grouped as the method plans them (technical, financial,
 * management), best first within each group, with its MCUA rank in that group.
 */
export function prefillActionScheme({ agreed }: PrefillSources): PrefilledRow[] {
  const found = priorities(agreed);
  if (!found) return [];
  const { outputId, data } = found;
  if (data.format !== 'mcua') {
    return itemsOf(data).map((item) => rowFromItem(outputId, item.id, { action: item.label, ...(item.aspect ? { aspect: item.aspect } : {}) }));
  }
  return MCUA_ASPECTS.flatMap((aspect) => data.ranking[aspect].map((entry) => rowFromItem(outputId, entry.id, { action: entry.label, aspect, priority: entry.rank })));
}

/** 5.1's Smart Logframe: each priority action, best first overall, as an activity to describe. */
export function prefillSmartLogframe({ agreed }: PrefillSources): PrefilledRow[] {
  const found = priorities(agreed);
  if (!found) return [];
  return itemsOf(found.data).map((item) => rowFromItem(found.outputId, item.id, { level: 'activities', summary: item.label }));
}

function firstLine(value: unknown): string | undefined {
  return typeof value === 'string' ? value.split('\n').map((line) => line.trim()).find(Boolean) : undefined;
}

const sameText = (a: unknown, b: unknown) => typeof a === 'string' && typeof b === 'string' && a.trim().toLocaleLowerCase('id') === b.trim().toLocaleLowerCase('id');

/**
 * 5.2's Tabel Skema Tindakan: 5.1's action scheme row by row, with the first indicator of the
 * logframe row that describes the same action (same words), if there is one.
 */
export function prefillSkemaTindakan(sources: PrefillSources): PrefilledRow[] {
  const logframe = agreedTableRows(sources, '5.1/smart-logframe', 'smart-logframe');
  return agreedTableRows(sources, '5.1/action-scheme', 'action-scheme').map((row) => {
    const { action, aspect, schedule, implementingUnit, personInCharge, cost } = row.cells;
    const described = logframe.find((entry) => sameText(entry.cells.summary, action));
    return rowFromItem('5.1/action-scheme', row.id, presentCells({ action, aspect, schedule, implementingUnit, personInCharge, cost, indicator: firstLine(described?.cells.indicators) }));
  });
}

const SKEMA_COLUMNS = new Set(skemaTindakanForm.columns.map((column) => column.id));

/** 6.1's budgeted action table: 5.2's agreed table as it stands, ready for time frame and budget code. */
export function prefillBudgetedActionTable(sources: PrefillSources): PrefilledRow[] {
  return agreedTableRows(sources, '5.2/skema-tindakan-table', skemaTindakanForm.id).map((row) =>
    rowFromItem('5.2/skema-tindakan-table', row.id, Object.fromEntries(Object.entries(row.cells).filter(([column]) => SKEMA_COLUMNS.has(column)))),
  );
}

const BUDGETED: OutputId = '6.1/action-table-budgeted';

/** 6.2's programme matrix: each budgeted action with its cost, funding source and readiness. */
export function prefillProgrammeMatrix(sources: PrefillSources): PrefilledRow[] {
  return agreedTableRows(sources, BUDGETED, skemaTindakanForm.id).map((row) => {
    const { action, cost, budgetSource, start } = row.cells;
    return rowFromItem(BUDGETED, row.id, presentCells({ programme: action, cost, fundingSource: budgetSource, start }));
  });
}

/** 6.2's direct actions: the budgeted actions marked as able to start without further approval. */
export function prefillDirectActions(sources: PrefillSources): PrefilledRow[] {
  return agreedTableRows(sources, BUDGETED, skemaTindakanForm.id)
    .filter((row) => row.cells.start === 'direct')
    .map((row) => rowFromItem(BUDGETED, row.id, presentCells({ action: row.cells.action, aspect: row.cells.aspect })));
}
