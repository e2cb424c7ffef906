/**
 * How an MCUA worksheet (topic 4.7) lives in a Y.Doc, and how to read it back as a matrix.
 *
 * Layout: four top-level Y.Maps whose values are plain JSON, one key per thing a person edits:
 * - `criteria`: criterionId → { label, order }
 * - `weights`:  criterionId → number
 * - `actions`:  actionId → { label, aspect, order, source? }
 * - `scores`:   `<actionId>:<criterionId>` → number, on its criterion's scale
 * - `scales`:   criterionId → { min, max }, set by the facilitator; absent: 1 to 5 (./scale.ts)
 * Two people typing in different cells (or one the label and the other the weight of a criterion)
 * touch different keys, so nothing is lost. Plain values also let the server write the sheet
 * (pre-fill) through `ydoc.getMap(...)` without constructing Yjs types of its own.
 * This module reads plain snapshots only; the Y.Doc writes live in `components/worksheets/`.
 */
import { z } from '../validation/zod';
import { MCUA_ASPECTS, type McuaAspect, type McuaMatrix } from '../scoring/mcua';
import { furtherRoundNumber, mcuaRoundValue, parseMcuaRoundScoreKey } from './mcuaRounds';
import { readScale, scaleValue, scoreProblem, type Scale } from './scale';

export const MCUA_SHEET_MAPS = ['criteria', 'weights', 'actions', 'scores', 'scales', 'mcuaRounds', 'mcuaRoundScores'] as const;
export type McuaSheetMap = (typeof MCUA_SHEET_MAPS)[number];

/** A plain copy of the four maps, as `ydoc.getMap(name).toJSON()` gives them. */
export type McuaSheetSnapshot = Partial<Record<McuaSheetMap, unknown>>;

/** The bit of a Y.Doc this module needs, so `lib/` does not import yjs. */
export interface MapsDoc {
  getMap(name: string): { toJSON(): unknown };
}

export function snapshotMcuaSheet(doc: MapsDoc): McuaSheetSnapshot {
  return Object.fromEntries(MCUA_SHEET_MAPS.map((name) => [name, doc.getMap(name).toJSON()]));
}

/** The further rounds' maps of a snapshot, under the names `readMcuaRounds` reads. */
export function roundsOfSnapshot(snapshot: McuaSheetSnapshot): { rounds?: unknown; roundScores?: unknown } {
  return { rounds: snapshot.mcuaRounds, roundScores: snapshot.mcuaRoundScores };
}

/** No scale goes beyond 0 to this (each criterion has its own, 1 to 5 unless the facilitator sets another). */
export const MAX_SCORE = 100;
/** Weights are raw numbers (points out of 100 in the guide); only their ratios matter. */
export const MAX_WEIGHT = 1000;

const label = z.string().trim().min(1).max(200);
const order = z.number();
export const criterionValue = z.object({ label, order });
export const actionValue = z.object({ label, aspect: z.enum(MCUA_ASPECTS), order, source: z.string().max(200).optional() });
export type CriterionValue = z.infer<typeof criterionValue>;
export type ActionValue = z.infer<typeof actionValue>;

const weightValue = z.number().min(0).max(MAX_WEIGHT);
const SCORE_KEY_SEPARATOR = ':';

export function scoreKey(actionId: string, criterionId: string): string {
  return `${actionId}${SCORE_KEY_SEPARATOR}${criterionId}`;
}

function entriesOf(value: unknown): [string, unknown][] {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.entries(value) : [];
}

/** Valid entries of one map, by `order` then id; a peer's malformed entry is skipped, not fatal. */
function readOrdered<T extends { order: number }>(value: unknown, schema: z.ZodType<T>): (T & { id: string })[] {
  const rows: (T & { id: string })[] = [];
  for (const [id, raw] of entriesOf(value)) {
    const parsed = schema.safeParse(raw);
    if (parsed.success) rows.push({ ...parsed.data, id });
  }
  return rows.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

/** The scale of a criterion of the sheet, as stored (the default when none is). */
export function mcuaScaleOf(snapshot: McuaSheetSnapshot, criterionId: string): Scale {
  return readScale(new Map(entriesOf(snapshot.scales)).get(criterionId));
}

/**
 * The sheet as an MCUA matrix. A criterion without a valid weight weighs 0; a score for an
 * action or criterion that was removed is dropped; a missing score stays missing (MCUA reports
 * it), and so does a score outside its criterion's scale (the grid shows it as such).
 */
export function readMcuaSheet(snapshot: McuaSheetSnapshot): McuaMatrix {
  const weights = new Map(entriesOf(snapshot.weights));
  const scales = new Map(entriesOf(snapshot.scales));
  const criteria = readOrdered(snapshot.criteria, criterionValue).map(({ id, label }) => {
    const weight = weightValue.safeParse(weights.get(id));
    return { id, label, weight: weight.success ? weight.data : 0, scale: readScale(scales.get(id)) };
  });
  const scaleOf = new Map(criteria.map((c) => [c.id, c.scale]));
  const actions = readOrdered(snapshot.actions, actionValue).map(({ id, label, aspect }) => ({ id, label, aspect: aspect as McuaAspect }));
  const criterionIds = new Set(criteria.map((c) => c.id));
  const scores: Record<string, Record<string, number>> = {};
  for (const action of actions) scores[action.id] = {};
  for (const [key, raw] of entriesOf(snapshot.scores)) {
    const at = key.indexOf(SCORE_KEY_SEPARATOR);
    const [actionId, criterionId] = [key.slice(0, at), key.slice(at + 1)];
    if (at > 0 && scores[actionId] && criterionIds.has(criterionId) && scoreProblem(raw, scaleOf.get(criterionId)!) === null) scores[actionId][criterionId] = raw as number;
  }
  return { criteria, actions, scores };
}

/** Ids of criteria and actions: key-safe (pre-filled actions take theirs from an output and item id). */
const ENTRY_ID = /^[A-Za-z0-9_-]{1,200}$/;
const ENTRY_SCHEMAS: Record<Exclude<McuaSheetMap, 'scores' | 'mcuaRounds' | 'mcuaRoundScores'>, z.ZodType> = { criteria: criterionValue, weights: weightValue, actions: actionValue, scales: scaleValue };

/**
 * Why an entry written into one of the sheet's maps is not acceptable, or null. The server's check
 * on every update (a weight of "banyak", a score of "lima" or a 7 on a criterion scored 1 to 5 is
 * refused); `scaleOf` gives a criterion's scale as the update leaves it. Other maps are not the
 * sheet's business and pass.
 */
export function mcuaEntryProblem(mapName: string, key: string, value: unknown, scaleOf: (criterionId: string) => Scale): string | null {
  if (!(MCUA_SHEET_MAPS as readonly string[]).includes(mapName)) return null;
  const map = mapName as McuaSheetMap;
  if (map === 'mcuaRounds') {
    if (furtherRoundNumber(key) === null) return 'bad round number';
    const parsed = mcuaRoundValue.safeParse(value);
    return parsed.success ? null : `bad round: ${parsed.error.issues[0]?.message ?? 'invalid'}`;
  }
  if (map === 'mcuaRoundScores') {
    const parsed = parseMcuaRoundScoreKey(key);
    if (!parsed) return `bad round score key ${key.slice(0, 60)}`;
    const scale = scaleOf(parsed.criterionId);
    return scoreProblem(value, scale) ? `score ${String(value).slice(0, 20)} is outside the scale ${scale.min}-${scale.max}` : null;
  }
  const ids = map === 'scores' ? [key.slice(0, key.indexOf(SCORE_KEY_SEPARATOR)), key.slice(key.indexOf(SCORE_KEY_SEPARATOR) + 1)] : [key];
  if (map === 'scores' && !key.includes(SCORE_KEY_SEPARATOR)) return `bad score key ${key.slice(0, 60)}`;
  if (!ids.every((id) => ENTRY_ID.test(id))) return `bad ${map} key ${key.slice(0, 60)}`;
  if (map === 'scores') {
    const scale = scaleOf(ids[1]);
    return scoreProblem(value, scale) ? `score ${String(value).slice(0, 20)} is outside the scale ${scale.min}-${scale.max}` : null;
  }
  const parsed = ENTRY_SCHEMAS[map].safeParse(value);
  return parsed.success ? null : `bad ${map} entry: ${parsed.error.issues[0]?.message ?? 'invalid'}`;
}
