/**
 * How the Matriks Pemeringkatan of topic 2.1 lives in a Y.Doc, and how to read it back as rounds
 * of a ranking matrix.
 *
 * Layout: four top-level Y.Maps of plain JSON values, one key per thing a person edits:
 * - `rankingCriteria`: criterionId → { label, order }
 * - `rankingIssues`:   issueId → { label, order, source? }   (`source`: the board card it came from)
 * - `rankingRounds`:   `<n>` (2, 3 …) → { issues: issueId[] }: a further round, started when the
 *                      top of the round before was tied; only those issues are scored again
 * - `rankingScores`:   `<round>:<issueId>:<criterionId>` → number (round 1 is every issue)
 * - `rankingScales`:   criterionId → { min, max }: the scale of a criterion's scores, set by the
 *                      facilitator; absent: 1 to 5 (lib/worksheets/scale.ts)
 * Two people scoring different cells touch different keys, so nothing is lost; a further round's
 * scores have keys of their own, so re-scoring never overwrites what round 1 recorded. The root
 * names differ from the MCUA sheet's (`criteria`, `scores` …) because the server checks every
 * document's maps by name, and a ranking score key (with its round) is not an MCUA one.
 * This module reads plain snapshots only; the Y.Doc writes live in `components/worksheets/`.
 */
import { z } from '../validation/zod';
import type { RankingMatrix } from '../scoring/rankingMatrix';
import type { MapsDoc } from './mcuaSheet';
import { readScale, scaleValue, scoreProblem, type Scale } from './scale';

/** The Y.Doc root map of each part of the sheet. */
export const RANKING_MAP = { criteria: 'rankingCriteria', issues: 'rankingIssues', rounds: 'rankingRounds', scores: 'rankingScores', scales: 'rankingScales' } as const;
export type RankingSheetPart = keyof typeof RANKING_MAP;
export const RANKING_SHEET_MAPS: readonly string[] = Object.values(RANKING_MAP);

/** A plain copy of the four maps, as `ydoc.getMap(RANKING_MAP[part]).toJSON()` gives them. */
export type RankingSheetSnapshot = Partial<Record<RankingSheetPart, unknown>>;

export function snapshotRankingSheet(doc: MapsDoc): RankingSheetSnapshot {
  return Object.fromEntries(Object.entries(RANKING_MAP).map(([part, name]) => [part, doc.getMap(name).toJSON()]));
}

/** No scale goes beyond 0 to this (each criterion has its own, 1 to 5 unless the facilitator sets another). */
export const MAX_RANKING_SCORE = 100;
/** Round 1 and at most this many further rounds; a plenary that needs more should change its criteria. */
export const MAX_ROUNDS = 10;
const MAX_LABEL_LENGTH = 200;
const MAX_SOURCE_LENGTH = 200;
/** Ids are keys and parts of score keys: url-safe, no separator. */
export const RANKING_ID_PATTERN = /^[A-Za-z0-9_-]{1,80}$/;
const SEPARATOR = ':';

const id = z.string().regex(RANKING_ID_PATTERN);
const label = z.string().trim().min(1).max(MAX_LABEL_LENGTH);
const order = z.number();
export const rankingCriterionValue = z.strictObject({ label, order });
export const rankingIssueValue = z.strictObject({ label, order, source: z.string().max(MAX_SOURCE_LENGTH).optional() });
export const rankingRoundValue = z.strictObject({ issues: z.array(id).min(2).max(200) });
export type RankingCriterionValue = z.infer<typeof rankingCriterionValue>;
export type RankingIssueValue = z.infer<typeof rankingIssueValue>;
export type RankingRoundValue = z.infer<typeof rankingRoundValue>;

export function rankingScoreKey(round: number, issueId: string, criterionId: string): string {
  return [round, issueId, criterionId].join(SEPARATOR);
}

/** The round number of a `rounds` key or a score key's first part; null unless 1 to MAX_ROUNDS. */
function roundNumberOf(text: string): number | null {
  if (!/^[1-9][0-9]?$/.test(text)) return null;
  const round = Number(text);
  return round <= MAX_ROUNDS ? round : null;
}

export function parseScoreKey(key: string): { round: number; issueId: string; criterionId: string } | null {
  const parts = key.split(SEPARATOR);
  if (parts.length !== 3) return null;
  const round = roundNumberOf(parts[0]);
  if (round === null || !RANKING_ID_PATTERN.test(parts[1]) || !RANKING_ID_PATTERN.test(parts[2])) return null;
  return { round, issueId: parts[1], criterionId: parts[2] };
}

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return `${issue.path.join('.') || 'value'}: ${issue.message}`;
}

/**
 * Why an entry written into one of the sheet's root maps (`mapName`, e.g. `rankingScores`) is not
 * acceptable, or null. The server runs it on every update (a peer cannot store a word as a score,
 * a 7 on a criterion scored 1 to 5, a score for round 0, or a malformed issue); the reader below
 * still skips anything odd it finds. `scaleOf` gives a criterion's scale as the update leaves it.
 * Maps outside the layout answer null: other policies (e.g. the facilitator-only `meta`) cover them.
 */
export function rankingEntryProblem(mapName: string, key: string, value: unknown, scaleOf: (criterionId: string) => Scale): string | null {
  const check = (schema: z.ZodType, what: string) => {
    const parsed = schema.safeParse(value);
    return parsed.success ? null : `bad ${what} ${firstIssue(parsed.error)}`;
  };
  switch (mapName) {
    case RANKING_MAP.criteria:
      return RANKING_ID_PATTERN.test(key) ? check(rankingCriterionValue, 'criterion') : 'bad criterion id';
    case RANKING_MAP.issues:
      return RANKING_ID_PATTERN.test(key) ? check(rankingIssueValue, 'issue') : 'bad issue id';
    case RANKING_MAP.rounds: {
      const round = roundNumberOf(key);
      return round !== null && round >= 2 ? check(rankingRoundValue, 'round') : 'bad round number';
    }
    case RANKING_MAP.scores: {
      const parsed = parseScoreKey(key);
      if (!parsed) return `bad score key ${key.slice(0, 60)}`;
      const scale = scaleOf(parsed.criterionId);
      return scoreProblem(value, scale) ? `score ${String(value).slice(0, 20)} is outside the scale ${scale.min}-${scale.max}` : null;
    }
    case RANKING_MAP.scales:
      return RANKING_ID_PATTERN.test(key) ? check(scaleValue, 'scale') : 'bad criterion id';
    default:
      return null;
  }
}

function entriesOf(value: unknown): [string, unknown][] {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.entries(value) : [];
}

/** Valid entries of one map, by `order` then id; a peer's malformed entry is skipped, not fatal. */
function readOrdered<T extends { order: number }>(value: unknown, schema: z.ZodType<T>): (T & { id: string })[] {
  const rows: (T & { id: string })[] = [];
  for (const [key, raw] of entriesOf(value)) {
    const parsed = schema.safeParse(raw);
    if (parsed.success && RANKING_ID_PATTERN.test(key)) rows.push({ ...parsed.data, id: key });
  }
  return rows.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

/** One round of the sheet: its number and the matrix of the issues scored in it. */
export interface RankingRound {
  number: number;
  matrix: RankingMatrix;
}

/** A stored score that its criterion's scale (changed since) no longer allows: shown, not counted. */
export interface OutOfScaleScore {
  round: number;
  issueId: string;
  criterionId: string;
  value: number;
}

export interface RankingSheet {
  /** Every issue, in the order they were added, with where each came from. */
  issues: { id: string; label: string; source?: string }[];
  /** The scale of each criterion's scores, by criterion id (1 to 5 unless the facilitator set another). */
  scales: Record<string, Scale>;
  /** Scores outside their criterion's scale; they count as missing. */
  outOfScale: OutOfScaleScore[];
  /**
   * Round 1 (every issue) first, then each stored further round in number order, with only its
   * issues that still exist. Whether a further round still follows from the one before is
   * decided by `assessRankingRounds`.
   */
  rounds: RankingRound[];
}

/**
 * The sheet as rounds of a ranking matrix. A score for an issue or criterion that was removed, or
 * for an issue outside its round, is dropped; a missing score stays missing (the ranking reports it).
 */
export function readRankingSheet(snapshot: RankingSheetSnapshot): RankingSheet {
  const criteria = readOrdered(snapshot.criteria, rankingCriterionValue).map(({ id, label }) => ({ id, label }));
  const storedScales = new Map(entriesOf(snapshot.scales));
  const scales: Record<string, Scale> = Object.fromEntries(criteria.map((criterion) => [criterion.id, readScale(storedScales.get(criterion.id))]));
  const outOfScale: OutOfScaleScore[] = [];
  const issues = readOrdered(snapshot.issues, rankingIssueValue).map(({ id, label, source }) => ({ id, label, ...(source ? { source } : {}) }));
  const issueIds = new Set(issues.map((issue) => issue.id));
  const further: { number: number; issueIds: Set<string> }[] = [];
  for (const [key, raw] of entriesOf(snapshot.rounds)) {
    const number = roundNumberOf(key);
    const parsed = rankingRoundValue.safeParse(raw);
    if (number !== null && number >= 2 && parsed.success) further.push({ number, issueIds: new Set(parsed.data.issues) });
  }
  further.sort((a, b) => a.number - b.number);
  const rounds: RankingRound[] = [
    { number: 1, matrix: { issues: issues.map(({ id, label }) => ({ id, label })), criteria, scores: Object.fromEntries(issues.map((issue) => [issue.id, {}])) } },
    ...further.map(({ number, issueIds: inRound }) => {
      const roundIssues = issues.filter((issue) => inRound.has(issue.id)).map(({ id, label }) => ({ id, label }));
      return { number, matrix: { issues: roundIssues, criteria, scores: Object.fromEntries(roundIssues.map((issue) => [issue.id, {}])) } };
    }),
  ];
  const byNumber = new Map(rounds.map((round) => [round.number, round]));
  const criterionIds = new Set(criteria.map((c) => c.id));
  for (const [key, raw] of entriesOf(snapshot.scores)) {
    const parsed = parseScoreKey(key);
    if (!parsed || typeof raw !== 'number' || !Number.isFinite(raw) || !issueIds.has(parsed.issueId) || !criterionIds.has(parsed.criterionId)) continue;
    const scores = byNumber.get(parsed.round)?.matrix.scores as Record<string, Record<string, number>> | undefined;
    if (!scores?.[parsed.issueId]) continue;
    if (scoreProblem(raw, scales[parsed.criterionId])) outOfScale.push({ ...parsed, value: raw });
    else scores[parsed.issueId][parsed.criterionId] = raw;
  }
  return { issues, scales, outOfScale, rounds };
}
