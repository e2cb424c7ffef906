/**
 * Test support: a workshop that has agreed every output that has a worksheet, as the draft STPP
 * of a finished workshop sees it. Tables have several rows, some with a long paragraph (a long
 * row is what pushes a PDF table across pages); 2.1 needed a second round to settle its main
 * issue; 4.7's MCUA a second round to break a tie at the top. Every agreement names who agreed
 * it and who was present.
 */
import { TOPICS } from '../method/topics';
import type { OutputId } from '../method/types';
import { mcuaOutputData, rankingOutputData, type AgreedData } from '../outputs/agreedData';
import { strategicIndicatorsOf, worksheetOutputsOf, worksheetTypeOf } from '../outputs/sheetOutputs';
import { seededRandom } from '../testing/seededRandom';
import { readMcuaRounds } from '../worksheets/mcuaRounds';
import { rankingScoreKey, readRankingSheet } from '../worksheets/rankingSheet';
import type { CellValue, ColumnSpec, TableForm } from '../worksheets/tableForm';
import { seededDraftInput } from './fixture';
import type { DraftAgreedVersion, DraftStppInput } from './input';

const PRESENT = ['Drs. Hasan (Ketua Pokja)', 'Ir. Andi', 'Ibu Sari', 'Bapak dari Bappeda'];
const WORDS = ['pelayanan', 'air', 'pelanggan', 'jaringan', 'tekanan', 'zona', 'meter', 'pengaduan', 'tarif', 'petugas', 'loket', 'kualitas', 'kontinuitas', 'biaya'];

function words(random: () => number, count: number): string {
  return Array.from({ length: count }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');
}

function cellOf(column: ColumnSpec, random: () => number, row: number, long: boolean): CellValue {
  switch (column.type) {
    case 'number':
      return Math.round((column.min ?? 0) + random() * 90 + 1);
    case 'check':
      return row % 2 === 0;
    case 'choice':
      return column.choices![row % column.choices!.length].id;
    case 'longText':
      // A paragraph, and in one row of each table a long one (several hundred words, taller than a
      // page in a narrow column), ending in a pilcrow so a test can count that each arrived whole.
      return long ? `${words(random, 420)} ¶` : `${words(random, 12)}\n${words(random, 8)}`;
    default:
      return `${words(random, 3)} ${row + 1}`;
  }
}

function tableData(form: TableForm, random: () => number): AgreedData {
  const fixed = form.fixedRows ?? [];
  const ids = [...fixed.map((f) => f.id), ...Array.from({ length: 5 }, (_, i) => `r${i}`)];
  return {
    format: 'table',
    form: form.id,
    rows: ids.map((id, index) => ({
      id,
      cells: Object.fromEntries(form.columns.filter((c) => !(fixed.some((f) => f.id === id) && c.id === form.labelColumn)).map((c) => [c.id, cellOf(c, random, index, index === 2)])),
    })),
  };
}

/** 2.1 by hand: pipa 5 + 4 = 9 and tagihan 4 + 5 = 9 tie; round 2: pipa 5 + 5 = 10, tagihan 4 + 4 = 8. */
export function rankingWithSecondRound(): AgreedData {
  const score = (round: number, issue: string, urgensi: number, cakupan: number) => ({ [rankingScoreKey(round, issue, 'urgensi')]: urgensi, [rankingScoreKey(round, issue, 'cakupan')]: cakupan });
  const out = rankingOutputData(
    readRankingSheet({
      criteria: { urgensi: { label: 'Tingkat urgensi', order: 1 }, cakupan: { label: 'Cakupan manfaat', order: 2 } },
      issues: { pipa: { label: 'Kebocoran pipa', order: 1 }, tagihan: { label: 'Tagihan salah', order: 2 }, loket: { label: 'Jam layanan loket', order: 3 } },
      rounds: { '2': { issues: ['pipa', 'tagihan'] } },
      scores: { ...score(1, 'pipa', 5, 4), ...score(1, 'tagihan', 4, 5), ...score(1, 'loket', 3, 3), ...score(2, 'pipa', 5, 5), ...score(2, 'tagihan', 4, 4) },
    }),
  );
  if (!out.ok) throw new Error(out.reason);
  return out.data;
}

/** 4.7 by hand: weights 40/35/25; meter and sop 4.20 tie; round 2: meter 4.40, sop 3.95; tarif 3.35. */
export function mcuaWithSecondRound(): AgreedData {
  const matrix = {
    criteria: [
      { id: 'dampak', label: 'Dampak', weight: 40, scale: { min: 1, max: 5 } },
      { id: 'biaya', label: 'Biaya', weight: 35, scale: { min: 1, max: 5 } },
      { id: 'waktu', label: 'Waktu', weight: 25, scale: { min: 1, max: 5 } },
    ],
    actions: [
      { id: 'meter', label: 'Ganti meter', aspect: 'technical' as const },
      { id: 'tarif', label: 'Penyesuaian tarif', aspect: 'financial' as const },
      { id: 'sop', label: 'SOP pengaduan', aspect: 'management' as const },
    ],
    scores: { meter: { dampak: 3, biaya: 5, waktu: 5 }, tarif: { dampak: 3, biaya: 4, waktu: 3 }, sop: { dampak: 3, biaya: 5, waktu: 5 } },
  };
  const further = readMcuaRounds(
    {
      rounds: { '2': { actions: ['meter', 'sop'] } },
      roundScores: { '2:meter:dampak': 5, '2:meter:biaya': 4, '2:meter:waktu': 4, '2:sop:dampak': 3, '2:sop:biaya': 5, '2:sop:waktu': 4 },
    },
    matrix,
  );
  const out = mcuaOutputData(matrix, further);
  if (!out.ok) throw new Error(out.reason);
  return out.data;
}

/** The seeded workshop with every worksheet output agreed (version 1 each, 4.7 and 2.1 as above). */
export function fullyAgreedDraftInput(): DraftStppInput {
  const random = seededRandom(10);
  const base = seededDraftInput();
  const agreed: DraftAgreedVersion[] = [];
  const agree = (outputId: OutputId, data: AgreedData) =>
    agreed.push({ outputId, version: 1, agreedAt: new Date('2026-12-01T03:00:00Z'), data, present: PRESENT, agreedByName: 'Ibu Rina', note: null });
  for (const topic of TOPICS) {
    for (const output of worksheetOutputsOf(topic)) {
      const sheet = worksheetTypeOf(output.kind)!;
      const data = sheet.type === 'table' ? tableData(sheet.form, random) : sheet.type === 'ranking' ? rankingWithSecondRound() : mcuaWithSecondRound();
      agree(output.id, data);
      if (output.id === '2.3/gap-table') agree('2.3/strategic-indicators', strategicIndicatorsOf(data));
      if (output.id === '4.7/assessment-matrix') agree('4.7/priorities', data);
    }
  }
  return { ...base, agreed };
}
