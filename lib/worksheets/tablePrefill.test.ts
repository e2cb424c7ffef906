import { describe, expect, it } from 'vitest';
import hk from '../board/extract/fixtures/harapan-kenyataan.json';
import serviceFlow from '../board/extract/fixtures/service-flow.json';
import stakeholderMap from '../board/extract/fixtures/stakeholder-map.json';
import { outputById } from '../method/outputs';
import { findTopic } from '../method/topics';
import type { OutputId } from '../method/types';
import { mcuaOutputData, type AgreedData } from '../outputs/agreedData';
import { TABLE_FORM_OF_KIND } from './forms';
import { cellProblem, columnOf, ROW_ID_PATTERN } from './tableForm';
import { prefillTableRows, TABLE_PREFILLS, type PrefillSources } from './tablePrefill';

const mcua = mcuaOutputData({
  criteria: [{ id: 'impact', label: 'Dampak', weight: 1 }],
  actions: [
    { id: 'pipa', label: 'Ganti pipa', aspect: 'technical' },
    { id: 'sop', label: 'SOP pengaduan', aspect: 'management' },
  ],
  scores: { pipa: { impact: 4 }, sop: { impact: 5 } },
});
if (!mcua.ok) throw new Error(mcua.reason);

const table = (form: string, cells: Record<string, string | number>): AgreedData => ({ format: 'table', form, rows: [{ id: 'r1', cells }] });

/** A workshop where every earlier output a pre-fill reads has been agreed. */
const everything: PrefillSources = {
  agreed: new Map<string, AgreedData>([
    ['2.1/main-issue', { format: 'items', items: [{ id: 'nrw', label: 'Kehilangan air tinggi' }] }],
    ['3.2/integrated-solutions', table('integrated-solutions', { solution: 'Zona air minum prima', aspect: 'technical' })],
    ['4.6/finance-proposals', table('finance-proposals', { proposal: 'Penyesuaian tarif' })],
    ['4.7/priorities', mcua.data],
    ['5.1/action-scheme', table('action-scheme', { action: 'Ganti pipa', aspect: 'technical', cost: 1000 })],
    ['5.1/smart-logframe', table('smart-logframe', { level: 'outputs', summary: 'Ganti pipa', indicators: 'Km pipa', target: '20 km', verification: 'BA' })],
    ['5.2/skema-tindakan-table', table('skema-tindakan-table', { action: 'Ganti pipa', cost: 1000, start: 'direct' })],
    ['6.1/action-table-budgeted', table('skema-tindakan-table', { action: 'Ganti pipa', cost: 1000, start: 'direct', timeFrame: 'five-years' })],
  ]),
  boards: [
    { docName: 'w:plenary-hk', kind: 'plenary', records: hk },
    { docName: 'w:plenary-flow', kind: 'plenary', records: serviceFlow },
    { docName: 'w:plenary-stakeholders', kind: 'plenary', records: stakeholderMap },
  ],
};

describe('table pre-fills', () => {
  const entries = Object.entries(TABLE_PREFILLS) as [OutputId, NonNullable<(typeof TABLE_PREFILLS)[OutputId]>][];

  it('fill only worksheet outputs of their topic, with rows their form accepts', () => {
    expect(entries.length).toBeGreaterThanOrEqual(10);
    for (const [outputId] of entries) {
      const output = outputById(outputId);
      const topic = findTopic(outputId.split('/')[0]);
      expect(output && topic?.worksheets.includes(output.kind), outputId).toBe(true);
      const form = TABLE_FORM_OF_KIND[output!.kind]!;
      const rows = prefillTableRows(outputId, everything);
      expect(rows.length, `${outputId} pre-fills something`).toBeGreaterThan(0);
      expect(new Set(rows.map((row) => row.id)).size, outputId).toBe(rows.length);
      for (const row of rows) {
        expect(ROW_ID_PATTERN.test(row.id), `${outputId} ${row.id}`).toBe(true);
        expect(row.source.length).toBeLessThanOrEqual(200);
        expect(typeof row.cells[form.labelColumn], `${outputId} ${row.id} has a label`).toBe('string');
        for (const [columnId, value] of Object.entries(row.cells)) {
          const column = columnOf(form, columnId);
          expect(column && cellProblem(column, value), `${outputId} ${row.id} ${columnId}`).toBeNull();
        }
      }
    }
  });

  it('give the same rows when pre-filling twice, so a re-created sheet cannot double them', () => {
    for (const [outputId] of entries) expect(prefillTableRows(outputId, everything), outputId).toEqual(prefillTableRows(outputId, everything));
  });

  it('leave a sheet without a pre-fill empty', () => {
    expect(prefillTableRows('4.4/competence-needs', everything)).toEqual([]);
  });
});
