/**
 * What a new table worksheet starts with: rows taken from the topic's boards and from earlier
 * agreed outputs (4.7's priorities → 5.1's logframe, 5.1 →
 * 7.1's M&E format …, and 1.1's stakeholder map → its matrix). Pure: the server gathers the
 * sources, writes the rows through the room.
 * A row's id is stable for the same source, so pre-filling twice cannot add it twice.
 * The chains themselves live in ./prefill/, one module per stretch of the method.
 */
import type { OutputId } from '../method/types';
import {
  prefillActionScheme,
  prefillBudgetedActionTable,
  prefillDirectActions,
  prefillProgrammeMatrix,
  prefillProposedActions,
  prefillSkemaTindakan,
  prefillSmartLogframe,
} from './prefill/actions';
import { prefillMonevFormat } from './prefill/monev';
import type { PrefilledRow, PrefillSources, TablePrefill } from './prefill/sources';
import { prefillStakeholderMatrix } from './prefill/stage1';
import { prefillRegulationTable } from './prefill/stage2';
import { prefillDiagnosticWorksheet, prefillRootCausesPerStep } from './prefill/stage3';

export { rowIdFrom, type PrefilledRow, type PrefillSources, type TablePrefill } from './prefill/sources';

/** Per worksheet output, how its rows are pre-filled; outputs without an entry start empty. */
export const TABLE_PREFILLS: Partial<Record<OutputId, TablePrefill>> = {
  '1.1/stakeholder-matrix': prefillStakeholderMatrix,
  '2.2/regulation-table': prefillRegulationTable,
  '3.1/diagnostic-worksheet': prefillDiagnosticWorksheet,
  '3.2/root-causes': prefillRootCausesPerStep,
  '4.7/proposed-actions': prefillProposedActions,
  '5.1/action-scheme': prefillActionScheme,
  '5.1/smart-logframe': prefillSmartLogframe,
  '5.2/skema-tindakan-table': prefillSkemaTindakan,
  '6.1/action-table-budgeted': prefillBudgetedActionTable,
  '6.2/programme-matrix': prefillProgrammeMatrix,
  '6.2/direct-actions': prefillDirectActions,
  '7.1/monev-format': prefillMonevFormat,
};

export function prefillTableRows(outputId: OutputId, sources: PrefillSources): PrefilledRow[] {
  return TABLE_PREFILLS[outputId]?.(sources) ?? [];
}
