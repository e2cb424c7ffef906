/**
 * The schema the server holds worksheet documents to (a worksheet is a Yjs document like a board,
 * so every peer's update is checked before it is applied, stored or relayed):
 * - table sheets (`sheet.form` names a form): every row and cell written must pass the form's
 *   check (no word in a number column, no cell of an unknown column, no malformed row);
 * - `sheet.form` itself is set by the server and may be changed by facilitators only;
 * - MCUA sheets: criteria, weights, actions and scores must be well formed; ranking sheets
 *   (2.1) likewise for their criteria, issues, rounds and scores.
 * Boards never use these root names, so the policy can run on every document.
 */
import type * as Y from 'yjs';
import { tableFormById } from '@/lib/worksheets/forms';
import { mcuaEntryProblem, MCUA_SHEET_MAPS } from '@/lib/worksheets/mcuaSheet';
import { rankingEntryProblem, RANKING_SHEET_MAPS } from '@/lib/worksheets/rankingSheet';
import type { TableForm } from '@/lib/worksheets/tableForm';
import { SHEET_FORM_KEY, tableEntryProblem } from '@/lib/worksheets/tableSheet';
import { CloseCode } from './closeCodes';
import type { Refusal, UpdatePolicy } from './updatePolicies';
import { inRootMap, type MapWrite } from './updateInspection';

const SHEET_MAP = 'sheet';
const TABLE_MAPS = ['rows', 'cells'] as const;

/**
 * The current value of a root map's key without `doc.getMap`: typing a root the server never typed
 * replaces its object, and the writes already inspected would no longer match it (see inRootMap).
 */
function rootMapValue(doc: Y.Doc, rootName: string, key: string): unknown {
  const item = doc.share.get(rootName)?._map.get(key);
  if (!item || item.deleted) return undefined;
  return item.content.getContent().at(-1);
}

/** The values a write puts under its key (a map entry holds one; deleted content holds none). */
function valuesOf(write: MapWrite): unknown[] {
  return write.item.content.isCountable() ? write.item.content.getContent() : [];
}

const invalid = (reason: string): Refusal => ({ code: CloseCode.invalidRecord, reason: reason.slice(0, 120) });

export function worksheetPolicy(): UpdatePolicy {
  return {
    check(doc, { writes, deletions }, peer) {
      const isFormKey = (parent: unknown, key: string | null) => key === SHEET_FORM_KEY && inRootMap(doc, parent, SHEET_MAP);
      const formWrites = writes.filter((write) => isFormKey(write.parent, write.key));
      const formDeleted = (deletions ?? []).some((item) => isFormKey(item.parent, item.parentSub));
      if ((formWrites.length > 0 || formDeleted) && !peer.mayConfigure()) return { code: CloseCode.forbidden, reason: 'facilitator-only setting' };

      // A facilitator may (re)set the form in this very update: check its rows against that form.
      let formId = rootMapValue(doc, SHEET_MAP, SHEET_FORM_KEY);
      for (const write of formWrites) {
        for (const value of valuesOf(write)) {
          if (typeof value !== 'string' || !tableFormById(value)) return invalid('unknown table form');
          formId = value;
        }
      }
      const form: TableForm | undefined = typeof formId === 'string' ? tableFormById(formId) : undefined;

      for (const write of writes) {
        if (write.key === null) continue;
        const tableMap = TABLE_MAPS.find((name) => inRootMap(doc, write.parent, name));
        if (tableMap && formId !== undefined) {
          if (!form) return invalid('unknown table form');
          for (const value of valuesOf(write)) {
            const problem = tableEntryProblem(form, tableMap, write.key, value);
            if (problem) return invalid(problem);
          }
        }
        const mcuaMap = MCUA_SHEET_MAPS.find((name) => inRootMap(doc, write.parent, name));
        if (mcuaMap) {
          for (const value of valuesOf(write)) {
            const problem = mcuaEntryProblem(mcuaMap, write.key, value);
            if (problem) return invalid(problem);
          }
        }
        const rankingMap = RANKING_SHEET_MAPS.find((name) => inRootMap(doc, write.parent, name));
        if (rankingMap) {
          for (const value of valuesOf(write)) {
            const problem = rankingEntryProblem(rankingMap, write.key, value);
            if (problem) return invalid(problem);
          }
        }
      }
      return null;
    },
  };
}
