import { describe, expect, it } from 'vitest';
import type { AgreedData } from '../../outputs/agreedData';
import { prefillTableRows } from '../tablePrefill';

const logframe: AgreedData = {
  format: 'table',
  form: 'smart-logframe',
  rows: [
    {
      id: 'purpose',
      cells: {
        level: 'purpose',
        summary: 'Air mengalir 24 jam di seluruh zona',
        indicators: 'Zona dengan aliran 24 jam\nKehilangan air',
        baseline: '40%\n38%',
        target: '90% zona pada 2029\n25% pada 2029',
        verification: 'Laporan distribusi bulanan\nNeraca air PDAM',
      },
    },
    // One verification for two indicators: copied to both; baseline and target left for the plenary.
    { id: 'out-1', cells: { level: 'outputs', summary: 'Pipa tua diganti', indicators: 'Km pipa diganti\nJumlah kebocoran', verification: 'Berita acara serah terima' } },
    { id: 'goal', cells: { level: 'goal', summary: 'Pelayanan air minum yang andal' } },
  ],
};

describe('5.1 Smart Logframe → 7.1 Format Monev', () => {
  it('gives one row per indicator, with its level, baseline, target and means of verification', () => {
    expect(prefillTableRows('7.1/monev-format', { agreed: new Map([['5.1/smart-logframe', logframe]]), boards: [] })).toEqual([
      {
        id: '5-1-smart-logframe-purpose-1',
        source: '5.1/smart-logframe#purpose.1',
        cells: { indicator: 'Zona dengan aliran 24 jam', level: 'purpose', baseline: '40%', target: '90% zona pada 2029', dataSource: 'Laporan distribusi bulanan' },
      },
      {
        id: '5-1-smart-logframe-purpose-2',
        source: '5.1/smart-logframe#purpose.2',
        cells: { indicator: 'Kehilangan air', level: 'purpose', baseline: '38%', target: '25% pada 2029', dataSource: 'Neraca air PDAM' },
      },
      { id: '5-1-smart-logframe-out-1-1', source: '5.1/smart-logframe#out-1.1', cells: { indicator: 'Km pipa diganti', level: 'outputs', dataSource: 'Berita acara serah terima' } },
      { id: '5-1-smart-logframe-out-1-2', source: '5.1/smart-logframe#out-1.2', cells: { indicator: 'Jumlah kebocoran', level: 'outputs', dataSource: 'Berita acara serah terima' } },
    ]);
  });

  it('gives the same row ids when pre-filled twice, and nothing before the logframe is agreed', () => {
    const sources = { agreed: new Map([['5.1/smart-logframe', logframe]]), boards: [] };
    expect(prefillTableRows('7.1/monev-format', sources).map((row) => row.id)).toEqual(prefillTableRows('7.1/monev-format', sources).map((row) => row.id));
    expect(prefillTableRows('7.1/monev-format', { agreed: new Map(), boards: [] })).toEqual([]);
  });
});
