/**
 * The schema the server holds worksheet documents to (a worksheet is a Yjs document like a board,
 * so every peer's update is checked before it is applied, stored or relayed):
 * - table sheets (`sheet.form` names a form): every row and cell written must pass the form's
 *   check (no word in a number column, no cell of an unknown column, no malformed row); a text
 *   cell's Y.Text takes characters only, for a text column of the form, up to the cell's length;
 * - `sheet.form` itself is set by the server and may be changed by facilitators only;
 * - MCUA sheets: criteria, weights, actions and scores must be well formed; ranking sheets
 *   (2.1) likewise for their criteria, issues, rounds and scores; a score must lie on its
 *   criterion's scale (1 to 5 unless the facilitator set another), and only facilitators set scales;
 * - `agreements` (the news of a new agreed version) is written by the server only.
 * Boards never use these root names, so the policy can run on every document.
 */
import * as Y from 'yjs';
import { AGREEMENTS_MAP } from '@/lib/outputs/agreementSignal';
import { tableFormById } from '@/lib/worksheets/forms';
import { mcuaEntryProblem, MCUA_SHEET_MAPS } from '@/lib/worksheets/mcuaSheet';
import { RANKING_MAP, rankingEntryProblem, RANKING_SHEET_MAPS } from '@/lib/worksheets/rankingSheet';
import { readScale, type Scale } from '@/lib/worksheets/scale';
import { MAX_CELL_TEXT, type TableForm } from '@/lib/worksheets/tableForm';
import { SHEET_FORM_KEY, tableEntryProblem, TEXT_ROOT_PREFIX, textRootProblem } from '@/lib/worksheets/tableSheet';
import { CloseCode } from './closeCodes';
import type { Refusal, UpdatePolicy } from './updatePolicies';
import { inRootMap, type InspectedUpdate, type MapWrite } from './updateInspection';

const SHEET_MAP = 'sheet';
const TABLE_MAPS = ['rows', 'cells'] as const;
/** Where the server tells the sheet's devices of a new agreed version: the server's alone. */
const SERVER_MAPS = [AGREEMENTS_MAP] as const;
/** The maps of criteria's scales (MCUA, ranking): facilitator-only. */
const SCALE_MAPS = ['scales', RANKING_MAP.scales] as const;

/**
 * The current value of a root map's key without `doc.getMap`: typing a root the server never typed
 * replaces its object, and the writes already inspected would no longer match it (see inRootMap).
 */
function rootMapValue(doc: Y.Doc, rootName: string, key: string): unknown {
  const item = doc.share.get(rootName)?._map.get(key);
  if (!item || item.deleted) return undefined;
  return item.content.getContent().at(-1);
}

/**
 * A criterion's scale as the update leaves it: a scale the update itself sets wins over the
 * stored one; neither: 1 to 5.
 */
function scaleReader(doc: Y.Doc, writes: readonly MapWrite[], scaleMap: string): (criterionId: string) => Scale {
  return (criterionId) => {
    const written = writes.filter((write) => write.key === criterionId && inRootMap(doc, write.parent, scaleMap)).flatMap(valuesOf);
    return readScale(written.length > 0 ? written.at(-1) : rootMapValue(doc, scaleMap, criterionId));
  };
}

/** The values a write puts under its key (a map entry holds one; deleted content holds none). */
function valuesOf(write: MapWrite): unknown[] {
  return write.item.content.isCountable() ? write.item.content.getContent() : [];
}

const invalid = (reason: string): Refusal => ({ code: CloseCode.invalidRecord, reason: reason.slice(0, 120) });

/**
 * The name of the root type an item sits in directly, or null when its parent is not a root: a
 * write names its root by string, an existing item points at the type, found in `doc.share`.
 */
function rootNameOf(doc: Y.Doc, parent: unknown, names: () => Map<unknown, string>): string | null {
  if (typeof parent === 'string') return parent;
  if (parent instanceof Y.AbstractType && parent._item === null) return names().get(parent) ?? null;
  return null;
}

/**
 * Writes into the root Y.Texts of text cells: each must be a text cell of the form, take
 * characters only, and stay within MAX_CELL_TEXT once the update's deletions are counted.
 */
function textCellProblem(doc: Y.Doc, form: TableForm, { writes, deletions }: InspectedUpdate): string | null {
  let reverse: Map<unknown, string> | null = null;
  const names = () => (reverse ??= new Map([...doc.share].map(([name, type]) => [type, name])));
  const growth = new Map<string, number>();
  for (const write of writes) {
    const root = rootNameOf(doc, write.parent, names);
    if (root === null || !root.startsWith(TEXT_ROOT_PREFIX)) continue;
    const problem = textRootProblem(form, root);
    if (problem) return problem;
    const { content } = write.item;
    if (write.key !== null || !(content instanceof Y.ContentString || content instanceof Y.ContentDeleted)) return `text cell ${root.slice(0, 60)} takes characters only`;
    if (content instanceof Y.ContentString) growth.set(root, (growth.get(root) ?? 0) + content.getLength());
  }
  for (const item of deletions ?? []) {
    const root = rootNameOf(doc, item.parent, names);
    if (root !== null && growth.has(root) && item.countable) growth.set(root, growth.get(root)! - item.length);
  }
  for (const [root, added] of growth) {
    const current = doc.share.get(root)?._length ?? 0;
    if (current + added > MAX_CELL_TEXT) return `text cell ${root.slice(0, 60)} is longer than ${MAX_CELL_TEXT} characters`;
  }
  return null;
}

export function worksheetPolicy(): UpdatePolicy {
  return {
    check(doc, update, peer) {
      const { writes, deletions } = update;
      const isFormKey = (parent: unknown, key: string | null) => key === SHEET_FORM_KEY && inRootMap(doc, parent, SHEET_MAP);
      const formWrites = writes.filter((write) => isFormKey(write.parent, write.key));
      const formDeleted = (deletions ?? []).some((item) => isFormKey(item.parent, item.parentSub));
      if ((formWrites.length > 0 || formDeleted) && !peer.mayConfigure()) return { code: CloseCode.forbidden, reason: 'facilitator-only setting' };
      const inServerMap = (parent: unknown) => SERVER_MAPS.some((name) => inRootMap(doc, parent, name));
      if (writes.some((write) => inServerMap(write.parent)) || (deletions ?? []).some((item) => inServerMap(item.parent))) return { code: CloseCode.forbidden, reason: 'written by the server only' };
      const inScaleMap = (parent: unknown) => SCALE_MAPS.some((name) => inRootMap(doc, parent, name));
      const scaleTouched = writes.some((write) => inScaleMap(write.parent)) || (deletions ?? []).some((item) => inScaleMap(item.parent));
      if (scaleTouched && !peer.mayConfigure()) return { code: CloseCode.forbidden, reason: 'only facilitators set a scale' };

      // A facilitator may (re)set the form in this very update: check its rows against that form.
      let formId = rootMapValue(doc, SHEET_MAP, SHEET_FORM_KEY);
      for (const write of formWrites) {
        for (const value of valuesOf(write)) {
          if (typeof value !== 'string' || !tableFormById(value)) return invalid('unknown table form');
          formId = value;
        }
      }
      const form: TableForm | undefined = typeof formId === 'string' ? tableFormById(formId) : undefined;
      if (form) {
        const problem = textCellProblem(doc, form, update);
        if (problem) return invalid(problem);
      }

      const mcuaScale = scaleReader(doc, writes, 'scales');
      const rankingScale = scaleReader(doc, writes, RANKING_MAP.scales);
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
            const problem = mcuaEntryProblem(mcuaMap, write.key, value, mcuaScale);
            if (problem) return invalid(problem);
          }
        }
        const rankingMap = RANKING_SHEET_MAPS.find((name) => inRootMap(doc, write.parent, name));
        if (rankingMap) {
          for (const value of valuesOf(write)) {
            const problem = rankingEntryProblem(rankingMap, write.key, value, rankingScale);
            if (problem) return invalid(problem);
          }
        }
      }
      return null;
    },
  };
}
