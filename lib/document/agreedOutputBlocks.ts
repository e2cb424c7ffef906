/**
 * One agreed output as the method's tables, for the draft STPP the Pokja signs: who agreed which
 * version when, and who was present, then the output itself. A table worksheet as its form's
 * table; the 2.1 ranking matrix round by round with every score, its totals and ranks, then the
 * final order and the main issue; the MCUA with its criteria, weights and scales, every score,
 * each further round, and the order of priority; a list as a numbered list.
 */
import { pick } from '../i18n/bilingual';
import type { Dictionary } from '../i18n/dictionaries';
import { format, type Lang } from '../i18n/translate';
import type { OutputSpec } from '../method/types';
import { leadingItems, parseAgreedData, type McuaOutputData, type RankingOutputData } from '../outputs/agreedData';
import { utilityOf } from '../scoring/mcua';
import { DEFAULT_SCALE } from '../worksheets/scale';
import type { DraftAgreedVersion } from './input';
import type { Block, DocTable } from './model';
import { agreedTable, numberFormatFor } from './outputTables';

/** Portrait pages hold about this many columns legibly; wider tables go on landscape pages. */
const PORTRAIT_COLUMNS = 6;

export interface AgreedBlocksContext {
  t: Dictionary;
  lang: Lang;
  /** A calendar date in the workshop's zone, in words. */
  dateOf(instant: Date): string;
}

const two = (lang: Lang) => new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** "Versi 2, disepakati Rabu, 2 Desember 2026 oleh Ibu Rina." and who was present. */
export function agreementLines(ctx: AgreedBlocksContext, version: DraftAgreedVersion): Block[] {
  const { t } = ctx;
  const date = ctx.dateOf(version.agreedAt);
  const who = version.agreedByName ? format(t.export.agreementBy, { version: version.version, date, name: version.agreedByName }) : format(t.export.agreement, { version: version.version, date });
  const present = version.present && version.present.length > 0 ? format(t.export.attendance, { names: version.present.join(', ') }) : t.export.noAttendance;
  const blocks: Block[] = [{ kind: 'paragraph', text: `${who} ${present}` }];
  if (version.note) blocks.push({ kind: 'paragraph', text: format(t.export.agreementNote, { note: version.note }) });
  return blocks;
}

function table(id: string, columns: string[], rows: string[][], source: string): DocTable {
  return { id, columns, rows, wide: columns.length > PORTRAIT_COLUMNS, source };
}

/** The ranking matrix of 2.1: each round as scored, then the final order and the main issue. */
function rankingBlocks(ctx: AgreedBlocksContext, id: string, data: RankingOutputData, source: string): Block[] {
  const { t, lang } = ctx;
  const s = t.rankingSheet;
  const number = numberFormatFor(lang);
  const labelOf = new Map(data.issues.map((issue) => [issue.id, issue.label]));
  const criterionColumns = data.criteria.map((c) => `${c.label} (${format(t.worksheets.scaleOf, { ...(c.scale ?? DEFAULT_SCALE) })})`);
  const blocks: Block[] = [];
  for (const round of data.rounds) {
    const totals = new Map(round.issues.map((issue) => [issue, data.criteria.reduce((sum, c) => sum + (round.scores[issue]?.[c.id] ?? 0), 0)]));
    const rows = round.issues.map((issue) => {
      const total = totals.get(issue)!;
      const rank = [...totals.values()].filter((other) => other > total).length + 1;
      return [labelOf.get(issue) ?? issue, ...data.criteria.map((c) => (round.scores[issue]?.[c.id] === undefined ? '' : number.format(round.scores[issue][c.id]))), number.format(total), String(rank)];
    });
    blocks.push({ kind: 'paragraph', text: round.number === 1 ? s.roundOne : format(s.furtherRound, { n: round.number }) });
    blocks.push({ kind: 'table', table: table(`${id}-round-${round.number}`, [s.issueColumn, ...criterionColumns, s.total, s.rank], rows, source) });
  }
  const extraRounds = data.rounds.slice(1).map((round) => format(t.export.roundColumn, { n: round.number }));
  const finalRows = data.ranking.map((entry) => [String(entry.rank), entry.label, ...[0, ...extraRounds.map((_, i) => i + 1)].map((i) => (entry.totals[i] === undefined ? '' : number.format(entry.totals[i])))]);
  blocks.push({ kind: 'paragraph', text: t.export.finalOrder });
  blocks.push({ kind: 'table', table: table(id, [s.rank, s.issueColumn, s.total, ...extraRounds], finalRows, source) });
  blocks.push({ kind: 'paragraph', text: format(t.export.mainIssueLine, { issue: data.mainIssue.label }) });
  return blocks;
}

/** The MCUA of 4.7 in full: criteria and weights, every score with utility and rank, further rounds. */
export function mcuaMatrixBlocks(ctx: AgreedBlocksContext, id: string, data: McuaOutputData, source: string): Block[] {
  const { t, lang } = ctx;
  const number = numberFormatFor(lang);
  const utility = two(lang);
  const { criteria, actions, scores } = data.matrix;
  const totalWeight = criteria.reduce((sum, c) => sum + c.weight, 0);
  const percent = new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 1 });
  const criteriaRows = criteria.map((c) => [c.label, number.format(c.weight), totalWeight > 0 ? `${percent.format((c.weight / totalWeight) * 100)} %` : '', `${(c.scale ?? DEFAULT_SCALE).min}–${(c.scale ?? DEFAULT_SCALE).max}`]);
  const matrixRows = (roundScores: McuaOutputData['matrix']['scores'], members: readonly McuaOutputData['matrix']['actions'][number][]) => {
    const round = { ...data.matrix, actions: members, scores: roundScores };
    const utilities = members.map((action) => (totalWeight > 0 ? utilityOf(round, action.id) : 0));
    return members.map((action, index) => [
      action.label,
      t.worksheets.aspects[action.aspect],
      ...criteria.map((c) => (roundScores[action.id]?.[c.id] === undefined ? '' : number.format(roundScores[action.id][c.id]))),
      utility.format(utilities[index]),
      String(utilities.filter((other) => other > utilities[index] + 1e-9).length + 1),
    ]);
  };
  const matrixColumns = [t.export.action, t.worksheets.aspect, ...criteria.map((c) => c.label), t.worksheets.utility, t.worksheets.rank];
  const blocks: Block[] = [
    { kind: 'paragraph', text: t.export.criteriaTable },
    { kind: 'table', table: table(`${id}-criteria`, [t.export.criteria, t.export.weight, t.export.weightShare, t.export.scale], criteriaRows, source) },
    { kind: 'paragraph', text: t.export.scoresTable },
    { kind: 'table', table: table(`${id}-scores`, matrixColumns, matrixRows(scores, actions), source) },
  ];
  for (const round of data.rounds ?? []) {
    blocks.push({ kind: 'paragraph', text: format(t.export.roundTable, { n: round.number }) });
    blocks.push({ kind: 'table', table: table(`${id}-round-${round.number}`, matrixColumns, matrixRows(round.scores, actions.filter((a) => round.actions.includes(a.id))), source) });
  }
  return blocks;
}

/** The order of priority of the MCUA (overall, after its further rounds). */
export function mcuaPrioritiesTable(ctx: AgreedBlocksContext, id: string, data: McuaOutputData, source: string): DocTable {
  const { t, lang } = ctx;
  const utility = two(lang);
  const aspectOf = new Map(data.matrix.actions.map((a) => [a.id, a.aspect]));
  const rounds = (data.rounds ?? []).map((round) => round.number);
  const rows = data.ranking.overall.map((entry) => {
    const aspect = aspectOf.get(entry.id);
    return [String(entry.rank), entry.label, aspect ? t.worksheets.aspects[aspect] : '', utility.format(entry.total), ...rounds.map((_, i) => (entry.totals?.[i + 1] === undefined ? '' : utility.format(entry.totals[i + 1])))];
  });
  return table(id, [t.worksheets.rank, t.export.action, t.worksheets.aspect, t.worksheets.utility, ...rounds.map((n) => format(t.export.roundColumn, { n }))], rows, source);
}

/**
 * An agreed output under its heading, as the draft shows it: the agreement, then its tables.
 * `mcua: 'matrix'` shows an MCUA in full (4.7's assessment matrix), `'priorities'` as its order.
 */
export function agreedOutputBlocks(ctx: AgreedBlocksContext, output: OutputSpec, version: DraftAgreedVersion, source: string, mcua: 'matrix' | 'priorities' = 'matrix'): Block[] {
  const { t, lang } = ctx;
  const heading: Block = { kind: 'heading', level: 3, text: `${output.id} ${pick(output.title, lang)}` };
  const data = parseAgreedData(version.data);
  const id = `output-${output.id}`;
  const agreement = agreementLines(ctx, version);
  if (!data) return [heading, ...agreement, { kind: 'paragraph', text: t.outputs.unreadable }];
  const orNothing = (body: DocTable): Block => (body.rows.length > 0 ? { kind: 'table', table: body } : { kind: 'paragraph', text: t.export.nothingRecorded });
  switch (data.format) {
    case 'table': {
      const body = agreedTable(data, { id, source, lang, t });
      return body ? [heading, ...agreement, orNothing(body)] : [heading, ...agreement, { kind: 'paragraph', text: t.outputs.unreadable }];
    }
    case 'ranking':
      return [heading, ...agreement, ...rankingBlocks(ctx, id, data, source)];
    case 'mcua':
      if (mcua === 'priorities') return [heading, ...agreement, { kind: 'paragraph', text: t.export.prioritiesTable }, orNothing(mcuaPrioritiesTable(ctx, `mcua-${output.id}`, data, source))];
      return [heading, ...agreement, ...mcuaMatrixBlocks(ctx, id, data, source)];
    case 'items': {
      const rows = leadingItems(data, Number.MAX_SAFE_INTEGER).map((item, index) => [String(index + 1), item.label]);
      return [heading, ...agreement, orNothing(table(id, [t.exportFiles.number, t.exportFiles.item], rows, source))];
    }
  }
}
