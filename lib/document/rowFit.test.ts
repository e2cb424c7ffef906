import { describe, expect, it } from 'vitest';
import { estimatedRowHeight, everyRowFitsOnAPage } from './rowFit';

describe('whether a table’s rows fit on a page', () => {
  it('keeps rows of ordinary cells whole', () => {
    expect(everyRowFitsOnAPage({ columns: ['A', 'B'], rows: [['Kehilangan air', 'Teknis']], wide: false })).toBe(true);
  });

  it('lets a row of a paragraph longer than a page break across pages', () => {
    const paragraph = 'kata '.repeat(900);
    expect(estimatedRowHeight(['pendek', paragraph, 'x'], 3, false)).toBeGreaterThan(730);
    expect(everyRowFitsOnAPage({ columns: ['A', 'B', 'C'], rows: [['pendek', paragraph, 'x']], wide: false })).toBe(false);
  });

  it('counts each line break as a new line', () => {
    expect(estimatedRowHeight(['satu\ndua\ntiga'], 1, false)).toBeGreaterThan(estimatedRowHeight(['satu dua tiga'], 1, false));
  });
});
