import { describe, expect, it } from 'vitest';
import { gapTableForm } from '../worksheets/forms/gapTable';
import type { TableOutputData } from './agreedData';
import { diffTableVersions, isEmptyTableDiff } from './diff';

const version1: TableOutputData = {
  format: 'table',
  form: 'gap-table',
  rows: [
    { id: 'nrw', cells: { indicator: 'Kehilangan air', unit: '%', target: 25, actual: 38, higherIsBetter: false } },
    { id: 'hours', cells: { indicator: 'Jam layanan', unit: 'jam/hari', target: 24, actual: 18 } },
    { id: 'coverage', cells: { indicator: 'Cakupan', unit: '%', target: 80, actual: 61 } },
  ],
};

describe('the difference between two agreed versions of a table', () => {
  it('names the rows added and removed and the cells changed in the rows kept', () => {
    const version2: TableOutputData = {
      ...version1,
      rows: [
        // Actual losses re-measured, and marked strategic (a cell that was empty before).
        { id: 'nrw', cells: { indicator: 'Kehilangan air', unit: '%', target: 25, actual: 35.5, higherIsBetter: false, strategic: true } },
        { id: 'coverage', cells: { indicator: 'Cakupan pelayanan', unit: '%', target: 80, actual: 61 } },
        { id: 'complaints', cells: { indicator: 'Pengaduan', unit: 'per bulan', target: 10, actual: 42, higherIsBetter: false } },
      ],
    };
    const diff = diffTableVersions(gapTableForm, version1, version2);
    expect(diff.addedRows).toEqual(['Pengaduan']);
    expect(diff.removedRows).toEqual(['Jam layanan']);
    expect(diff.changedRows).toEqual([
      {
        label: 'Kehilangan air',
        changes: [
          { column: 'actual', from: 38, to: 35.5 },
          { column: 'strategic', from: undefined, to: true },
        ],
      },
      // A renamed row is the same row (same id), named by its new label.
      { label: 'Cakupan pelayanan', changes: [{ column: 'indicator', from: 'Cakupan', to: 'Cakupan pelayanan' }] },
    ]);
    expect(isEmptyTableDiff(diff)).toBe(false);
  });

  it('finds nothing between a version and itself, whatever the row order of its cells', () => {
    const reordered: TableOutputData = { ...version1, rows: version1.rows.map((row) => ({ ...row, cells: Object.fromEntries(Object.entries(row.cells).reverse()) })) };
    expect(isEmptyTableDiff(diffTableVersions(gapTableForm, version1, reordered))).toBe(true);
  });
});
