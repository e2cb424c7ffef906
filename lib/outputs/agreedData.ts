/**
 * The data an agreed output carries, by format. Stored as JSON in `agreed_outputs.data` and read
 * back through `parseAgreedData`, so an old or foreign record is recognised rather than trusted.
 */
import { z } from '../validation/zod';
import { MCUA_ASPECTS, type McuaAspect, type McuaMatrix } from '../scoring/mcua';
import { tableFormById } from '../worksheets/forms';
import type { TableForm } from '../worksheets/tableForm';
import { isFilledRow, type TableRow } from '../worksheets/tableSheet';
import { assessSheet, ASSESSMENT_GROUPS, type AssessmentGroup } from '../worksheets/mcuaAssessment';
import { assessMcuaRounds, type McuaFurtherRound } from '../worksheets/mcuaRounds';
import { assessRankingRounds } from '../worksheets/rankingRounds';
import type { RankingSheet } from '../worksheets/rankingSheet';

/** `total`: the utility in round 1; `totals`: per round the action took part in (absent before further rounds existed). */
const rankedAction = z.object({ id: z.string(), label: z.string(), total: z.number(), rank: z.number().int(), totals: z.array(z.number()).optional() });
export type RankedAction = z.infer<typeof rankedAction>;

const mcuaData = z.object({
  format: z.literal('mcua'),
  matrix: z.object({
    criteria: z.array(z.object({ id: z.string(), label: z.string(), weight: z.number(), scale: z.object({ min: z.number(), max: z.number() }).optional() })),
    actions: z.array(z.object({ id: z.string(), label: z.string(), aspect: z.enum(MCUA_ASPECTS) })),
    scores: z.record(z.string(), z.record(z.string(), z.number())),
  }),
  /** Per aspect group and overall, best first; equal totals share a rank. Overall: after further rounds. */
  ranking: z.object(Object.fromEntries(ASSESSMENT_GROUPS.map((group) => [group, z.array(rankedAction)])) as Record<AssessmentGroup, z.ZodArray<typeof rankedAction>>),
  /** The further rounds that broke a tie at the top: the tied actions and their new scores. */
  rounds: z.array(z.object({ number: z.number().int(), actions: z.array(z.string()), scores: z.record(z.string(), z.record(z.string(), z.number())) })).optional(),
});
export type McuaOutputData = z.infer<typeof mcuaData>;

/** A plain list output (e.g. 3.2's integrated solutions): what later topics pick items from. */
const itemsData = z.object({
  format: z.literal('items'),
  items: z.array(z.object({ id: z.string(), label: z.string(), aspect: z.enum(MCUA_ASPECTS).optional() })),
});
export type ItemsOutputData = z.infer<typeof itemsData>;

/**
 * A table worksheet as agreed (see lib/worksheets/tableForm.ts): the form it was filled in and its
 * filled rows in order, each cell as typed. Computed columns are not stored: readers compute them
 * from the form, so a stored record never disagrees with its own arithmetic.
 */
const cellValue = z.union([z.string(), z.number(), z.boolean()]);
const tableData = z.object({
  format: z.literal('table'),
  form: z.string(),
  rows: z.array(z.object({ id: z.string(), source: z.string().optional(), cells: z.record(z.string(), cellValue) })),
});
export type TableOutputData = z.infer<typeof tableData>;

// --- ranking (2.1 Matriks Pemeringkatan) ---
/**
 * A ranking matrix as agreed: its criteria, every issue, each round's scores, and the final order
 * (best first; the first is the main issue). `totals[i]` is an issue's total in round i + 1, for
 * the rounds it took part in, so a reader sees how a tie at the top was broken.
 */
const rankingData = z.object({
  format: z.literal('ranking'),
  criteria: z.array(z.object({ id: z.string(), label: z.string(), scale: z.object({ min: z.number(), max: z.number() }).optional() })),
  issues: z.array(z.object({ id: z.string(), label: z.string(), source: z.string().optional() })),
  rounds: z.array(z.object({ number: z.number().int(), issues: z.array(z.string()), scores: z.record(z.string(), z.record(z.string(), z.number())) })),
  ranking: z.array(z.object({ id: z.string(), label: z.string(), rank: z.number().int(), totals: z.array(z.number()) })).min(1),
  mainIssue: z.object({ id: z.string(), label: z.string() }),
});
export type RankingOutputData = z.infer<typeof rankingData>;

/**
 * Why a sheet cannot be agreed yet, the same on every device and on the server: still empty, a
 * round waiting for scores, a tie at the top, or cells without a score (or with one off its scale,
 * which does not count): a main issue or a priority decided by a blank cell counting as 0 is no
 * decision.
 */
export type AgreementRefusal = 'no-criteria' | 'no-weight' | 'no-actions' | 'no-issues' | 'nothing-scored' | 'round-open' | 'tied' | 'missing-scores';
export type RankingRefusal = Extract<AgreementRefusal, 'no-criteria' | 'no-issues' | 'nothing-scored' | 'round-open' | 'tied' | 'missing-scores'>;

/** The agreed output of a ranking sheet, or why it cannot be agreed (never while the top is tied or a cell is blank). */
export function rankingOutputData(sheet: RankingSheet): { ok: true; data: RankingOutputData } | { ok: false; reason: RankingRefusal } {
  const assessment = assessRankingRounds(sheet);
  const { state } = assessment;
  if (state.kind === 'waiting') return { ok: false, reason: state.reason };
  if (state.kind !== 'decided') return { ok: false, reason: state.kind };
  if (assessment.missing > 0) return { ok: false, reason: 'missing-scores' };
  const main = assessment.order[0];
  return {
    ok: true,
    data: {
      format: 'ranking',
      criteria: assessment.rounds[0].matrix.criteria.map(({ id, label }) => ({ id, label, ...(sheet.scales[id] ? { scale: { ...sheet.scales[id] } } : {}) })),
      issues: sheet.issues.map((issue) => ({ ...issue })),
      rounds: assessment.rounds.map((round) => ({
        number: round.number,
        issues: round.matrix.issues.map((issue) => issue.id),
        scores: Object.fromEntries(Object.entries(round.matrix.scores).map(([id, row]) => [id, { ...row }])),
      })),
      ranking: assessment.order.map((entry) => ({ ...entry, totals: [...entry.totals] })),
      mainIssue: { id: main.id, label: main.label },
    },
  };
}
// --- end ranking ---

export const agreedDataSchema = z.discriminatedUnion('format', [mcuaData, itemsData, tableData, rankingData]);
export type AgreedData = z.infer<typeof agreedDataSchema>;

/** The stored data in a known format, or null for a format this version does not read. */
export function parseAgreedData(value: unknown): AgreedData | null {
  const parsed = agreedDataSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/**
 * The MCUA output of a filled-in sheet and its further rounds, or why it cannot be agreed yet:
 * never while the overall top is tied (a further round settles it) or a cell is blank.
 */
export function mcuaOutputData(matrix: McuaMatrix, further: readonly McuaFurtherRound[] = []): { ok: true; data: McuaOutputData } | { ok: false; reason: AgreementRefusal } {
  const assessment = assessSheet(matrix);
  if (!assessment.ok) return { ok: false, reason: assessment.reason };
  const rounds = assessMcuaRounds(matrix, further);
  if (rounds.state.kind !== 'decided') return { ok: false, reason: rounds.state.kind };
  if (rounds.missing > 0) return { ok: false, reason: 'missing-scores' };
  const labelOf = new Map(matrix.actions.map((a) => [a.id, a.label]));
  const ranking = Object.fromEntries(
    ASSESSMENT_GROUPS.map((group) => [
      group,
      assessment.byGroup[group].ranked.map((entry) => ({ id: entry.item, label: labelOf.get(entry.item) ?? entry.item, total: entry.total, rank: entry.rank })),
    ]),
  ) as Record<AssessmentGroup, RankedAction[]>;
  const copy = (scores: McuaMatrix['scores']) => Object.fromEntries(Object.entries(scores).map(([id, row]) => [id, { ...row }]));
  const applied = rounds.rounds.slice(1);
  if (applied.length > 0) ranking.overall = rounds.order.map((entry) => ({ id: entry.id, label: entry.label, total: entry.totals[0], rank: entry.rank, totals: [...entry.totals] }));
  return {
    ok: true,
    data: {
      format: 'mcua',
      matrix: { criteria: matrix.criteria.map((c) => ({ ...c })), actions: [...matrix.actions], scores: copy(matrix.scores) },
      ranking,
      ...(applied.length > 0 ? { rounds: applied.map((round) => ({ number: round.number, actions: round.matrix.actions.map((a) => a.id), scores: copy(round.matrix.scores) })) } : {}),
    },
  };
}

/** The agreed output of a filled-in table sheet: its rows that have a label, in order. */
export function tableOutputData(form: TableForm, rows: readonly TableRow[]): TableOutputData {
  return {
    format: 'table',
    form: form.id,
    rows: rows.filter((row) => isFilledRow(form, row)).map((row) => ({ id: row.id, ...(row.source ? { source: row.source } : {}), cells: { ...row.cells } })),
  };
}

export interface OutputItem {
  id: string;
  label: string;
  aspect?: McuaAspect;
}

/**
 * What a later topic picks from an agreed output: a list's items, a table's rows by their label
 * column, or an MCUA's actions best first. Null for a table of a form this version does not know.
 */
export function itemsOf(data: AgreedData): OutputItem[] {
  if (data.format === 'items') return data.items;
  if (data.format === 'ranking') return data.ranking.map((entry) => ({ id: entry.id, label: entry.label }));
  if (data.format === 'mcua') {
    const aspectOf = new Map(data.matrix.actions.map((action) => [action.id, action.aspect]));
    return data.ranking.overall.map((entry) => ({ id: entry.id, label: entry.label, aspect: aspectOf.get(entry.id) }));
  }
  const form = tableFormById(data.form);
  if (!form) return [];
  // A form with an `aspect` choice column (integrated solutions, action lists) says each row's MCUA aspect.
  const hasAspect = form.columns.some((column) => column.id === 'aspect' && column.type === 'choice');
  return data.rows.flatMap((row) => {
    const label = row.cells[form.labelColumn];
    if (typeof label !== 'string' || !label.trim()) return [];
    const aspect = hasAspect ? MCUA_ASPECTS.find((known) => known === row.cells.aspect) : undefined;
    return [{ id: row.id, label: label.trim(), ...(aspect ? { aspect } : {}) }];
  });
}

/** The first few items of an agreed output, as a later topic shows it: ranked (with rank) or listed. */
export function leadingItems(data: AgreedData, count: number): { label: string; rank: number | null }[] {
  if (data.format === 'mcua') return data.ranking.overall.slice(0, count).map((entry) => ({ label: entry.label, rank: entry.rank }));
  if (data.format === 'ranking') return data.ranking.slice(0, count).map((entry) => ({ label: entry.label, rank: entry.rank }));
  return itemsOf(data).slice(0, count).map((item) => ({ label: item.label, rank: null }));
}

/** An agreed output version as pages and the API hand it to the browser. */
export interface AgreedOutputView {
  id: string;
  outputId: string;
  version: number;
  /** ISO 8601. */
  agreedAt: string;
  present: string[];
  /** The display name of the facilitator who agreed it; null when that account is unknown. */
  agreedByName: string | null;
  note: string | null;
  /** Null for a stored format this version does not read. */
  data: AgreedData | null;
}
