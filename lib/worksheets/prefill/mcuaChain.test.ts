import { describe, expect, it } from 'vitest';
import { findTopic } from '../../method/topics';
import { itemsOf, tableOutputData, type AgreedData } from '../../outputs/agreedData';
import { prefillMcuaActions } from '../../outputs/prefill';
import { financeProposalsForm } from '../forms/financeProposals';
import { policyProposalsForm } from '../forms/policyProposals';
import { integratedSolutionsForm } from '../forms/serviceFlow';
import type { TableForm } from '../tableForm';
import { prefillTableRows } from '../tablePrefill';
import { cellKey, readTableSheet } from '../tableSheet';

/** What agreeing a table sheet stores, from the cells people typed (row id → column → value). */
function agreedTable(form: TableForm, typed: Record<string, Record<string, string>>): AgreedData {
  const rows = Object.fromEntries(Object.keys(typed).map((id, order) => [id, { order }]));
  const cells = Object.fromEntries(Object.entries(typed).flatMap(([id, row]) => Object.entries(row).map(([column, value]) => [cellKey(id, column), value])));
  return tableOutputData(form, readTableSheet(form, { rows, cells }));
}

const agreed = new Map<string, AgreedData>([
  [
    '3.2/integrated-solutions',
    agreedTable(integratedSolutionsForm, {
      s1: { solution: 'Zona air minum prima', aspect: 'technical', combines: 'Ganti pipa; pasang meter induk' },
      s2: { solution: 'Pengaduan satu pintu' },
      half: { combines: 'Belum diberi nama' },
    }),
  ],
  ['4.3/policy-proposals', agreedTable(policyProposalsForm, { p1: { proposal: 'Perbup tentang SOP sambungan baru', instrument: 'head-of-region' } })],
  ['4.6/finance-proposals', agreedTable(financeProposalsForm, { f1: { proposal: 'Penyesuaian tarif bertahap', issue: 'Tarif di bawah biaya pokok' } })],
]);

describe('3.2 and 4.x tables → 4.7 MCUA actions', () => {
  it('reads a table row’s aspect from its aspect column', () => {
    expect(itemsOf(agreed.get('3.2/integrated-solutions')!)).toEqual([
      { id: 's1', label: 'Zona air minum prima', aspect: 'technical' },
      { id: 's2', label: 'Pengaduan satu pintu' },
    ]);
  });

  it('offers every agreed solution and proposal as an MCUA action, with the aspect its table or its topic gives', () => {
    expect(prefillMcuaActions(findTopic('4.7')!, agreed)).toEqual([
      { id: '3-2-integrated-solutions-s1', label: 'Zona air minum prima', aspect: 'technical', source: '3.2/integrated-solutions' },
      // No aspect chosen: 3.2's solutions default to management.
      { id: '3-2-integrated-solutions-s2', label: 'Pengaduan satu pintu', aspect: 'management', source: '3.2/integrated-solutions' },
      { id: '4-3-policy-proposals-p1', label: 'Perbup tentang SOP sambungan baru', aspect: 'management', source: '4.3/policy-proposals' },
      { id: '4-6-finance-proposals-f1', label: 'Penyesuaian tarif bertahap', aspect: 'financial', source: '4.6/finance-proposals' },
    ]);
  });

  it('lists the same actions in 4.7’s proposed-action table, saying where each comes from, with stable row ids', () => {
    const rows = prefillTableRows('4.7/proposed-actions', { agreed, boards: [] });
    expect(rows.map((row) => [row.id, row.cells])).toEqual([
      ['3-2-integrated-solutions-s1', { action: 'Zona air minum prima', aspect: 'technical', origin: '3.2 Solusi Terpadu Perbaikan Manajemen Pelayanan' }],
      ['3-2-integrated-solutions-s2', { action: 'Pengaduan satu pintu', aspect: 'management', origin: '3.2 Solusi Terpadu Perbaikan Manajemen Pelayanan' }],
      ['4-3-policy-proposals-p1', { action: 'Perbup tentang SOP sambungan baru', aspect: 'management', origin: expect.stringMatching(/^4\.3 /) }],
      ['4-6-finance-proposals-f1', { action: 'Penyesuaian tarif bertahap', aspect: 'financial', origin: expect.stringMatching(/^4\.6 /) }],
    ]);
    expect(prefillTableRows('4.7/proposed-actions', { agreed, boards: [] }).map((row) => row.id)).toEqual(rows.map((row) => row.id));
  });
});
