/**
 * The workshop's agreed outputs as an Excel workbook (exceljs): a summary sheet, then one sheet per
 * agreed output, latest version, in workshop order. Where the method computes something (MCUA
 * utility and ranks, ranking-matrix totals, a table form's computed columns) the cell holds the
 * formula, with the agreed value cached as its result, so the file shows the agreed numbers as
 * opened and recalculates when someone changes a score, a weight or a figure.
 */
// exceljs is CommonJS whose named exports Node's ESM loader cannot see: take the default.
import ExcelJS, { type Worksheet } from 'exceljs';
import { pick } from '@/lib/i18n/bilingual';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import { dictionaryFor, format, type Lang } from '@/lib/i18n/translate';
import { latestVersions, type DraftAgreedVersion, type DraftStppInput } from '@/lib/document/input';
import { OUTPUTS } from '@/lib/method/outputs';
import type { OutputSpec } from '@/lib/method/types';
import { parseAgreedData, type AgreedData, type ItemsOutputData, type McuaOutputData, type RankingOutputData, type TableOutputData } from '@/lib/outputs/agreedData';
import { utilityOf } from '@/lib/scoring/mcua';
import { tableFormById } from '@/lib/worksheets/forms';
import type { CellValue, ColumnSpec, TableForm } from '@/lib/worksheets/tableForm';
import { computedCells } from '@/lib/worksheets/tableSheet';
import { formatDate, wallClock } from '@/lib/workshop/timeZones';

/** Excel's limit on sheet names, and the characters it refuses in them. */
const SHEET_NAME_MAX = 31;
const SHEET_NAME_FORBIDDEN = /[\\/?*[\]:]/g;
/** Utilities are rounded in the formula so totals that differ only by float noise tie, as in `lib/scoring/ranking`. */
const UTILITY_DECIMALS = 6;

/** What the workbook is made of: the same records as the draft STPP, less those it does not show. */
export type XlsxInput = Pick<DraftStppInput, 'details' | 'agreed' | 'generatedAt'>;

export interface SheetContext {
  t: Dictionary;
  lang: Lang;
  input: XlsxInput;
}

export async function renderXlsx(input: XlsxInput, lang: Lang = 'id'): Promise<Buffer> {
  const t = dictionaryFor(lang);
  const ctx: SheetContext = { t, lang, input };
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Plano';
  workbook.created = input.generatedAt;
  workbook.title = `${input.details.title} ${input.details.pdam}`;
  // Excel and LibreOffice recompute every formula on open, whatever result we cached.
  workbook.calcProperties.fullCalcOnLoad = true;

  const summary = workbook.addWorksheet(t.exportFiles.summarySheet);
  const names = new Set([summary.name]);
  const listed: [string, OutputSpec | undefined, DraftAgreedVersion][] = [];
  for (const agreed of inWorkshopOrder(latestVersions(input.agreed))) {
    const output = OUTPUTS.find((o) => o.id === agreed.outputId);
    const name = uniqueSheetName(output ? `${agreed.outputId.split('/')[0]} ${pick(output.title, lang)}` : agreed.outputId, names);
    const sheet = workbook.addWorksheet(name, { pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
    writeTitle(sheet, ctx, output, agreed);
    writeOutputData(sheet, ctx, parseAgreedData(agreed.data));
    listed.push([name, output, agreed]);
  }
  writeSummary(summary, ctx, listed);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * One output's cells below its title rows (rows 1-2 are the caller's), by format; also used for
 * the download of a single live worksheet (renderWorksheetXlsx).
 */
export function writeOutputData(sheet: Worksheet, ctx: SheetContext, data: AgreedData | null) {
  if (data?.format === 'mcua') writeMcua(sheet, ctx, data);
  else if (data?.format === 'items') writeItems(sheet, ctx, data);
  else if (data?.format === 'ranking') writeRanking(sheet, ctx, data);
  else if (data?.format === 'table' && tableFormById(data.form)) writeTable(sheet, ctx, tableFormById(data.form)!, data);
  else sheet.getCell('A4').value = ctx.t.exportFiles.unreadable;
}

/** Latest versions in the order the method produces them; unknown outputs last, by id. */
function inWorkshopOrder(latest: Map<string, DraftAgreedVersion>): DraftAgreedVersion[] {
  const position = (id: string) => {
    const index = OUTPUTS.findIndex((o) => o.id === id);
    return index < 0 ? OUTPUTS.length : index;
  };
  return [...latest.values()].sort((a, b) => position(a.outputId) - position(b.outputId) || a.outputId.localeCompare(b.outputId));
}

/** A name Excel accepts and no other sheet of the workbook has (case-insensitively, as Excel compares). */
export function uniqueSheetName(wanted: string, taken: Set<string>): string {
  const base = wanted.replace(SHEET_NAME_FORBIDDEN, ' ').replace(/^'+|'+$/g, '').replace(/\s+/g, ' ').trim() || '-';
  const lower = new Set([...taken].map((n) => n.toLowerCase()));
  let name = cut(base, SHEET_NAME_MAX);
  for (let n = 2; lower.has(name.toLowerCase()); n++) name = `${cut(base, SHEET_NAME_MAX - String(n).length - 1)} ${n}`;
  taken.add(name);
  return name;
}

/** At most `max` characters, cut at a word break when one is not too far back. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const space = text.lastIndexOf(' ', max);
  return (space >= max / 2 ? text.slice(0, space) : text.slice(0, max)).trim();
}

function dateOf(ctx: SheetContext, instant: Date): string {
  return formatDate(wallClock(instant, ctx.input.details.timeZone).date, ctx.lang);
}

function writeSummary(sheet: Worksheet, ctx: SheetContext, listed: [string, OutputSpec | undefined, DraftAgreedVersion][]) {
  const { t, input } = ctx;
  sheet.getCell('A1').value = input.details.pdam;
  sheet.getCell('A1').font = { bold: true, size: 14 };
  sheet.getCell('A2').value = input.details.title;
  sheet.getCell('A3').value = format(t.export.generatedOn, { date: dateOf(ctx, input.generatedAt) });
  const header = sheet.getRow(5);
  header.values = [t.exportFiles.sheet, t.export.output, t.export.agreedVersion];
  header.font = { bold: true };
  listed.forEach(([name, output, agreed], index) => {
    const row = sheet.getRow(6 + index);
    row.getCell(1).value = { text: name, hyperlink: `#'${name.replace(/'/g, "''")}'!A1` };
    row.getCell(2).value = output ? `${output.id} ${pick(output.title, ctx.lang)}` : agreed.outputId;
    row.getCell(3).value = format(t.export.versionOn, { version: agreed.version, date: dateOf(ctx, agreed.agreedAt) });
  });
  if (listed.length === 0) sheet.getCell('A6').value = t.export.nothingRecorded;
  sheet.columns = [{ width: 34 }, { width: 60 }, { width: 34 }];
}

function writeTitle(sheet: Worksheet, ctx: SheetContext, output: OutputSpec | undefined, agreed: DraftAgreedVersion) {
  const label = output ? `${output.id} ${pick(output.title, ctx.lang)}` : agreed.outputId;
  sheet.getCell('A1').value = label;
  sheet.getCell('A1').font = { bold: true, size: 14 };
  sheet.getCell('A2').value = format(ctx.t.export.sourceAgreed, { output: label, version: agreed.version, date: dateOf(ctx, agreed.agreedAt) });
  sheet.getCell('A2').font = { italic: true };
}

/** Column letter of a 1-based column number (1 → A, 27 → AA). */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/**
 * The MCUA matrix as the plenary filled it in: a weight row, one row per action with its scores,
 * then utility = ROUND(SUMPRODUCT(weights, scores) / SUM(weights)), the overall rank (RANK: equal
 * utilities share a rank, as in the method) and the rank within the action's aspect (COUNTIFS).
 * Where a tie at the top went to further rounds, each follows with the same formulas over its own
 * scores and the same weights, then the final order the plenary agreed.
 */
function writeMcua(sheet: Worksheet, ctx: SheetContext, data: McuaOutputData) {
  const { t } = ctx;
  const { criteria, actions } = data.matrix;
  sheet.getCell('A3').value = t.exportFiles.formulaNote;
  const HEADER = 5;
  const WEIGHTS = HEADER + 1;
  const FIRST = WEIGHTS + 1;
  const LAST = FIRST + Math.max(actions.length, 1) - 1;
  const firstScore = 3;
  const lastScore = firstScore + criteria.length - 1;
  const utilityColumn = lastScore + 1;
  const [scoresFrom, scoresTo, utility] = [columnLetter(firstScore), columnLetter(lastScore), columnLetter(utilityColumn)];

  const header = sheet.getRow(HEADER);
  header.values = [t.export.action, t.worksheets.aspect, ...criteria.map((c) => c.label), t.exportFiles.utility, t.exportFiles.overallRank, t.exportFiles.rankInAspect];
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'top' };
  const weights = sheet.getRow(WEIGHTS);
  weights.values = [t.worksheets.weight, null, ...criteria.map((c) => c.weight)];
  weights.font = { italic: true };

  const weightRange = `$${scoresFrom}$${WEIGHTS}:$${scoresTo}$${WEIGHTS}`;
  // The cached results are what the formulas compute: round 1's utilities and ranks.
  const utilities = actions.map((action) => round(utilityOf(data.matrix, action.id)));
  const rankAmong = (values: readonly number[], index: number) => values.filter((value) => value > values[index]).length + 1;
  actions.forEach((action, index) => {
    const r = FIRST + index;
    const row = sheet.getRow(r);
    row.getCell(1).value = action.label;
    row.getCell(2).value = t.worksheets.aspects[action.aspect];
    criteria.forEach((criterion, c) => {
      row.getCell(firstScore + c).value = data.matrix.scores[action.id]?.[criterion.id] ?? null;
    });
    const inAspect = data.ranking[action.aspect].find((entry) => entry.id === action.id);
    row.getCell(utilityColumn).value = {
      formula: `ROUND(SUMPRODUCT(${weightRange},${scoresFrom}${r}:${scoresTo}${r})/SUM(${weightRange}),${UTILITY_DECIMALS})`,
      result: utilities[index],
    };
    row.getCell(utilityColumn).numFmt = '0.00';
    row.getCell(utilityColumn + 1).value = { formula: `RANK(${utility}${r},$${utility}$${FIRST}:$${utility}$${LAST},0)`, result: rankAmong(utilities, index) };
    row.getCell(utilityColumn + 2).value = {
      formula: `COUNTIFS($B$${FIRST}:$B$${LAST},B${r},$${utility}$${FIRST}:$${utility}$${LAST},">"&${utility}${r})+1`,
      result: inAspect?.rank,
    };
  });
  let r = LAST + 2;
  for (const further of data.rounds ?? []) {
    sheet.getCell(`A${r}`).value = format(t.worksheets.furtherRound, { n: further.number });
    sheet.getCell(`A${r}`).font = { bold: true };
    const roundHeader = sheet.getRow(r + 1);
    roundHeader.values = [t.export.action, t.worksheets.aspect, ...criteria.map((c) => c.label), t.exportFiles.utility, t.exportFiles.overallRank];
    roundHeader.font = { bold: true };
    const [first, last] = [r + 2, r + 1 + Math.max(further.actions.length, 1)];
    const roundMatrix = { ...data.matrix, actions: actions.filter((a) => further.actions.includes(a.id)), scores: further.scores };
    const roundUtilities = roundMatrix.actions.map((action) => round(utilityOf(roundMatrix, action.id)));
    roundMatrix.actions.forEach((action, index) => {
      const at = first + index;
      const row = sheet.getRow(at);
      row.getCell(1).value = action.label;
      row.getCell(2).value = t.worksheets.aspects[action.aspect];
      criteria.forEach((criterion, c) => {
        row.getCell(firstScore + c).value = further.scores[action.id]?.[criterion.id] ?? null;
      });
      row.getCell(utilityColumn).value = { formula: `ROUND(SUMPRODUCT(${weightRange},${scoresFrom}${at}:${scoresTo}${at})/SUM(${weightRange}),${UTILITY_DECIMALS})`, result: roundUtilities[index] };
      row.getCell(utilityColumn).numFmt = '0.00';
      row.getCell(utilityColumn + 1).value = { formula: `RANK(${utility}${at},$${utility}$${first}:$${utility}$${last},0)`, result: rankAmong(roundUtilities, index) };
    });
    r = last + 2;
  }
  if (data.rounds && data.rounds.length > 0) {
    sheet.getCell(`A${r}`).value = ctx.t.rankingSheet.finalOrder;
    sheet.getCell(`A${r}`).font = { bold: true };
    const orderHeader = sheet.getRow(r + 1);
    orderHeader.values = [t.export.action, t.worksheets.rank];
    orderHeader.font = { bold: true };
    data.ranking.overall.forEach((entry, index) => {
      sheet.getRow(r + 2 + index).values = [entry.label, entry.rank];
    });
  }
  sheet.columns = [{ width: 36 }, { width: 18 }, ...criteria.map(() => ({ width: 14 })), { width: 14 }, { width: 14 }, { width: 16 }];
  sheet.views = [{ state: 'frozen', xSplit: 2, ySplit: WEIGHTS }];
}

function round(value: number): number {
  const factor = 10 ** UTILITY_DECIMALS;
  return Math.round(value * factor) / factor;
}

/** A plain list output (e.g. integrated solutions): number, item and, where given, its aspect. */
function writeItems(sheet: Worksheet, ctx: SheetContext, data: ItemsOutputData) {
  const { t } = ctx;
  const header = sheet.getRow(4);
  header.values = [t.exportFiles.number, t.exportFiles.item, t.worksheets.aspect];
  header.font = { bold: true };
  data.items.forEach((item, index) => {
    sheet.getRow(5 + index).values = [index + 1, item.label, item.aspect ? t.worksheets.aspects[item.aspect] : null];
  });
  sheet.columns = [{ width: 6 }, { width: 60 }, { width: 18 }];
  sheet.views = [{ state: 'frozen', ySplit: 4 }];
}

/**
 * A table worksheet as its form lays it out: one column per form column, then the computed columns.
 * A computed column with a `formula` becomes that formula over the row's cells (its value cached),
 * so a changed target or level recalculates the gap; a choice is written as its label, a check as
 * TRUE/FALSE (what formulas test).
 */
function writeTable(sheet: Worksheet, ctx: SheetContext, form: TableForm, data: TableOutputData) {
  const { lang } = ctx;
  const HEADER = 4;
  const computed = form.computed ?? [];
  sheet.getCell('A3').value = pick(form.purpose, lang);
  const header = sheet.getRow(HEADER);
  header.values = [...form.columns.map((c) => pick(c.label, lang)), ...computed.map((c) => pick(c.label, lang))];
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'top' };
  const letterOf = new Map(form.columns.map((column, index) => [column.id, columnLetter(index + 1)]));
  const fixedLabel = new Map((form.fixedRows ?? []).map((row) => [row.id, pick(row.label, lang)]));

  data.rows.forEach((row, index) => {
    const r = HEADER + 1 + index;
    const cells = sheet.getRow(r);
    form.columns.forEach((column, c) => {
      const value = column.id === form.labelColumn && fixedLabel.has(row.id) ? fixedLabel.get(row.id)! : row.cells[column.id];
      cells.getCell(c + 1).value = cellFor(column, value, lang);
    });
    const values = computedCells(form, row);
    computed.forEach((column, c) => {
      const target = cells.getCell(form.columns.length + c + 1);
      const formula = column.formula ? rowFormula(column.formula, form, letterOf, r) : null;
      target.value = formula ? { formula, result: values[column.id] ?? undefined } : values[column.id];
    });
    cells.alignment = { wrapText: true, vertical: 'top' };
  });
  sheet.columns = [
    ...form.columns.map((column) => ({ width: column.type === 'longText' ? 48 : column.id === form.labelColumn ? 36 : column.type === 'text' || column.type === 'choice' ? 22 : 12 })),
    ...computed.map(() => ({ width: 16 })),
  ];
  sheet.views = [{ state: 'frozen', ySplit: HEADER }];
}

function cellFor(column: ColumnSpec, value: CellValue | undefined, lang: Lang): CellValue | null {
  if (value === undefined) return null;
  if (column.type === 'choice') {
    const choice = column.choices?.find((c) => c.id === value);
    return choice ? pick(choice.label, lang) : value;
  }
  return value;
}

/**
 * The form's formula for one row: each `{columnId}` becomes that column's cell. Where a number it
 * reads is still empty the cell stays empty, as the screen shows nothing there (a spreadsheet
 * would otherwise count the blank as 0). Null when the formula names a column the form lacks.
 */
function rowFormula(template: string, form: TableForm, letterOf: Map<string, string>, row: number): string | null {
  const referenced = [...template.matchAll(/\{([A-Za-z0-9]+)\}/g)].map((m) => m[1]);
  if (referenced.some((id) => !letterOf.has(id))) return null;
  const formula = template.replace(/\{([A-Za-z0-9]+)\}/g, (_, id: string) => `${letterOf.get(id)}${row}`);
  const numbers = [...new Set(referenced)].filter((id) => form.columns.find((c) => c.id === id)?.type === 'number');
  if (numbers.length === 0) return formula;
  return `IF(OR(${numbers.map((id) => `ISBLANK(${letterOf.get(id)}${row})`).join(',')}),"",${formula})`;
}

/**
 * The issue ranking matrix (2.1), round by round: each issue's scores, its total (SUM) and its rank
 * in the round (RANK: equal totals share a rank, which is what calls for a further round), then
 * the final order the plenary agreed, the main issue first.
 */
function writeRanking(sheet: Worksheet, ctx: SheetContext, data: RankingOutputData) {
  const t = ctx.t.rankingSheet;
  const labelOf = new Map(data.issues.map((issue) => [issue.id, issue.label]));
  const { criteria } = data;
  const [firstScore, lastScore, totalColumn] = [columnLetter(2), columnLetter(1 + criteria.length), columnLetter(2 + criteria.length)];
  sheet.getCell('A3').value = format(t.mainIssue, { issue: data.mainIssue.label });
  sheet.getCell('A3').font = { bold: true };
  let r = 5;
  for (const round of data.rounds) {
    sheet.getCell(`A${r}`).value = round.number === 1 ? t.roundOne : format(t.furtherRound, { n: round.number });
    sheet.getCell(`A${r}`).font = { bold: true };
    const header = sheet.getRow(r + 1);
    header.values = [t.issueColumn, ...criteria.map((c) => c.label), t.total, t.rank];
    header.font = { bold: true };
    const [first, last] = [r + 2, r + 1 + Math.max(round.issues.length, 1)];
    const totals = round.issues.map((id) => criteria.reduce((sum, c) => sum + (round.scores[id]?.[c.id] ?? 0), 0));
    round.issues.forEach((id, index) => {
      const row = sheet.getRow(first + index);
      const at = first + index;
      row.getCell(1).value = labelOf.get(id) ?? id;
      criteria.forEach((criterion, c) => {
        row.getCell(2 + c).value = round.scores[id]?.[criterion.id] ?? null;
      });
      row.getCell(2 + criteria.length).value = { formula: `SUM(${firstScore}${at}:${lastScore}${at})`, result: totals[index] };
      row.getCell(3 + criteria.length).value = {
        formula: `RANK(${totalColumn}${at},$${totalColumn}$${first}:$${totalColumn}$${last},0)`,
        result: totals.filter((total) => total > totals[index]).length + 1,
      };
    });
    r = last + 2;
  }
  sheet.getCell(`A${r}`).value = t.finalOrder;
  sheet.getCell(`A${r}`).font = { bold: true };
  const header = sheet.getRow(r + 1);
  header.values = [t.issueColumn, t.rank];
  header.font = { bold: true };
  data.ranking.forEach((entry, index) => {
    sheet.getRow(r + 2 + index).values = [entry.label, entry.rank];
  });
  sheet.columns = [{ width: 48 }, ...criteria.map(() => ({ width: 14 })), { width: 12 }, { width: 12 }];
}
