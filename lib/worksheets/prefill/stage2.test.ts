import { describe, expect, it } from 'vitest';
import type { AgreedData } from '../../outputs/agreedData';
import { prefillTableRows } from '../tablePrefill';

// The 2.1 ranking as agreed. By hand, urgency + breadth of benefit:
// nrw 5 + 4 = 9, continuity 4 + 4 = 8, complaints 3 + 2 = 5 → the main issue is water loss.
const mainIssue: AgreedData = {
  format: 'ranking',
  criteria: [
    { id: 'urgency', label: 'Tingkat urgensi' },
    { id: 'breadth', label: 'Cakupan manfaat' },
  ],
  issues: [
    { id: 'continuity', label: 'Air tidak mengalir 24 jam' },
    { id: 'nrw', label: 'Kehilangan air tinggi' },
    { id: 'complaints', label: 'Pengaduan lambat ditangani' },
  ],
  rounds: [
    {
      number: 1,
      issues: ['continuity', 'nrw', 'complaints'],
      scores: { continuity: { urgency: 4, breadth: 4 }, nrw: { urgency: 5, breadth: 4 }, complaints: { urgency: 3, breadth: 2 } },
    },
  ],
  ranking: [
    { id: 'nrw', label: 'Kehilangan air tinggi', rank: 1, totals: [9] },
    { id: 'continuity', label: 'Air tidak mengalir 24 jam', rank: 2, totals: [8] },
    { id: 'complaints', label: 'Pengaduan lambat ditangani', rank: 3, totals: [5] },
  ],
  mainIssue: { id: 'nrw', label: 'Kehilangan air tinggi' },
};

describe('2.1 main issue → 2.3 gap table', () => {
  it('puts nothing of the main issue into the gap table: it is no indicator (the page shows it above the table)', () => {
    expect(prefillTableRows('2.3/gap-table', { agreed: new Map([['2.1/main-issue', mainIssue]]), boards: [] })).toEqual([]);
  });
});

describe('2.2 inter-policy table', () => {
  it('starts with the regulations the method lists, typed by their citation', () => {
    const rows = prefillTableRows('2.2/regulation-table', { agreed: new Map(), boards: [] });
    expect(rows).toHaveLength(14);
    expect(rows[0]).toEqual({
      id: 'method-starting-regulation-1',
      source: 'method#starting-regulation-1',
      cells: { regulation: 'UU No. 32/2004 tentang Pemerintahan Daerah', level: 'law' },
    });
    expect(rows.find((row) => String(row.cells.regulation).startsWith('PP No. 16/2005'))?.cells.level).toBe('government-regulation');
    expect(rows.find((row) => String(row.cells.regulation).startsWith('Kep MenPAN No. 25'))?.cells.level).toBe('ministerial');
    expect(new Set(rows.map((row) => row.id)).size).toBe(14);
  });
});
