import { describe, expect, it } from 'vitest';
import { mcuaOutputData, type AgreedData } from '../../outputs/agreedData';
import { prefillTableRows } from '../tablePrefill';

// 4.7's MCUA, worked by hand: utility = (60·impact + 40·cost score) / 100
//   pipa  technical  (60·5 + 40·2)/100 = 3.8
//   meter technical  (60·4 + 40·3)/100 = 3.6
//   tarif financial  (60·3 + 40·4)/100 = 3.4
//   sop   management (60·4 + 40·5)/100 = 4.4
// Overall: sop 1, pipa 2, meter 3, tarif 4. Technical: pipa 1, meter 2. Financial: tarif 1. Management: sop 1.
const mcua = mcuaOutputData({
  criteria: [
    { id: 'impact', label: 'Dampak', weight: 60 },
    { id: 'cost', label: 'Biaya', weight: 40 },
  ],
  actions: [
    { id: 'meter', label: 'Ganti meter pelanggan', aspect: 'technical' },
    { id: 'tarif', label: 'Penyesuaian tarif', aspect: 'financial' },
    { id: 'pipa', label: 'Ganti pipa distribusi tua', aspect: 'technical' },
    { id: 'sop', label: 'SOP pengaduan satu pintu', aspect: 'management' },
  ],
  scores: { meter: { impact: 4, cost: 3 }, tarif: { impact: 3, cost: 4 }, pipa: { impact: 5, cost: 2 }, sop: { impact: 4, cost: 5 } },
});
if (!mcua.ok) throw new Error(mcua.reason);
const priorities = new Map<string, AgreedData>([['4.7/priorities', mcua.data]]);

describe('4.7 priorities → 5.1 action scheme and Smart Logframe', () => {
  it('lists the ranked actions per aspect group, best first, with the rank in their group', () => {
    expect(prefillTableRows('5.1/action-scheme', { agreed: priorities, boards: [] })).toEqual([
      { id: '4-7-priorities-pipa', source: '4.7/priorities#pipa', cells: { action: 'Ganti pipa distribusi tua', aspect: 'technical', priority: 1 } },
      { id: '4-7-priorities-meter', source: '4.7/priorities#meter', cells: { action: 'Ganti meter pelanggan', aspect: 'technical', priority: 2 } },
      { id: '4-7-priorities-tarif', source: '4.7/priorities#tarif', cells: { action: 'Penyesuaian tarif', aspect: 'financial', priority: 1 } },
      { id: '4-7-priorities-sop', source: '4.7/priorities#sop', cells: { action: 'SOP pengaduan satu pintu', aspect: 'management', priority: 1 } },
    ]);
  });

  it('makes each priority action an activity of the logframe, best first overall', () => {
    const rows = prefillTableRows('5.1/smart-logframe', { agreed: priorities, boards: [] });
    expect(rows.map((row) => [row.id, row.cells])).toEqual([
      ['4-7-priorities-sop', { level: 'activities', summary: 'SOP pengaduan satu pintu' }],
      ['4-7-priorities-pipa', { level: 'activities', summary: 'Ganti pipa distribusi tua' }],
      ['4-7-priorities-meter', { level: 'activities', summary: 'Ganti meter pelanggan' }],
      ['4-7-priorities-tarif', { level: 'activities', summary: 'Penyesuaian tarif' }],
    ]);
  });

  it('gives the same row ids when pre-filled twice, and nothing before 4.7 is agreed', () => {
    const ids = () => prefillTableRows('5.1/action-scheme', { agreed: priorities, boards: [] }).map((row) => row.id);
    expect(ids()).toEqual(ids());
    expect(prefillTableRows('5.1/smart-logframe', { agreed: new Map(), boards: [] })).toEqual([]);
  });
});

const actionScheme: AgreedData = {
  format: 'table',
  form: 'action-scheme',
  rows: [
    {
      id: '4-7-priorities-pipa',
      source: '4.7/priorities#pipa',
      cells: { action: 'Ganti pipa distribusi tua', aspect: 'technical', priority: 1, schedule: '2027-2028', implementingUnit: 'Bagian Transmisi dan Distribusi', personInCharge: 'Direktur Teknik', cost: 2_500_000_000 },
    },
    { id: 'extra', cells: { action: 'Sosialisasi hemat air', aspect: 'management' } },
  ],
};
const logframe: AgreedData = {
  format: 'table',
  form: 'smart-logframe',
  rows: [
    { id: 'goal', cells: { level: 'goal', summary: 'Pelayanan air minum 24 jam' } },
    { id: '4-7-priorities-pipa', cells: { level: 'activities', summary: 'ganti pipa distribusi tua ', indicators: 'Kehilangan air turun ke 25%\nTekanan minimal 0,7 bar' } },
  ],
};

describe('5.1 → 5.2 Tabel Skema Tindakan → 6.1 → 6.2', () => {
  const agreed51 = new Map<string, AgreedData>([
    ['5.1/action-scheme', actionScheme],
    ['5.1/smart-logframe', logframe],
  ]);

  it('carries each action of the scheme, with the first indicator of the logframe row describing it', () => {
    expect(prefillTableRows('5.2/skema-tindakan-table', { agreed: agreed51, boards: [] })).toEqual([
      {
        id: '5-1-action-scheme-4-7-priorities-pipa',
        source: '5.1/action-scheme#4-7-priorities-pipa',
        cells: {
          action: 'Ganti pipa distribusi tua',
          aspect: 'technical',
          schedule: '2027-2028',
          implementingUnit: 'Bagian Transmisi dan Distribusi',
          personInCharge: 'Direktur Teknik',
          cost: 2_500_000_000,
          indicator: 'Kehilangan air turun ke 25%',
        },
      },
      { id: '5-1-action-scheme-extra', source: '5.1/action-scheme#extra', cells: { action: 'Sosialisasi hemat air', aspect: 'management' } },
    ]);
  });

  const table52: AgreedData = {
    format: 'table',
    form: 'skema-tindakan-table',
    rows: [
      { id: 'a', cells: { action: 'Ganti pipa distribusi tua', cost: 2_500_000_000, budgetSource: 'APBD', start: 'needs-approval', retired: 'x' } },
      { id: 'b', cells: { action: 'Sosialisasi hemat air', aspect: 'management', cost: 50_000_000, budgetSource: 'Dana internal PDAM', start: 'direct' } },
    ],
  };

  it('gives 6.1 the agreed 5.2 table as it stands, without cells of columns the form no longer has', () => {
    expect(prefillTableRows('6.1/action-table-budgeted', { agreed: new Map([['5.2/skema-tindakan-table', table52]]), boards: [] })).toEqual([
      {
        id: '5-2-skema-tindakan-table-a',
        source: '5.2/skema-tindakan-table#a',
        cells: { action: 'Ganti pipa distribusi tua', cost: 2_500_000_000, budgetSource: 'APBD', start: 'needs-approval' },
      },
      {
        id: '5-2-skema-tindakan-table-b',
        source: '5.2/skema-tindakan-table#b',
        cells: { action: 'Sosialisasi hemat air', aspect: 'management', cost: 50_000_000, budgetSource: 'Dana internal PDAM', start: 'direct' },
      },
    ]);
  });

  it('gives 6.2 every budgeted action as a programme, and only those that can start directly as direct actions', () => {
    const agreed61 = new Map<string, AgreedData>([['6.1/action-table-budgeted', table52]]);
    expect(prefillTableRows('6.2/programme-matrix', { agreed: agreed61, boards: [] }).map((row) => row.cells)).toEqual([
      { programme: 'Ganti pipa distribusi tua', cost: 2_500_000_000, fundingSource: 'APBD', start: 'needs-approval' },
      { programme: 'Sosialisasi hemat air', cost: 50_000_000, fundingSource: 'Dana internal PDAM', start: 'direct' },
    ]);
    expect(prefillTableRows('6.2/direct-actions', { agreed: agreed61, boards: [] })).toEqual([
      { id: '6-1-action-table-budgeted-b', source: '6.1/action-table-budgeted#b', cells: { action: 'Sosialisasi hemat air', aspect: 'management' } },
    ]);
  });
});
