import { describe, expect, it } from 'vitest';
import stakeholderMap from '../../board/extract/fixtures/stakeholder-map.json';
import { stakeholderMatrixForm } from '../forms/workingGroup';
import { cellProblem, columnOf } from '../tableForm';
import { prefillTableRows } from '../tablePrefill';
import type { PrefillSources } from './sources';

type Record = (typeof stakeholderMap)[number];

/** A card as a group wrote it on its own copy of the map, its centre in the quadrant at (x, y). */
function card(id: string, text: string, x: number, y: number): Record {
  const bupati = stakeholderMap.find((record) => record.id === 'shape:bupati')!;
  return { ...bupati, id: `shape:${id}`, x, y, props: { ...bupati.props, text } } as Record;
}

const frameOnly = stakeholderMap.filter((record) => !record.id.startsWith('shape:') || record.id.startsWith('shape:plano-area'));
const sources = (boards: PrefillSources['boards']): PrefillSources => ({ agreed: new Map(), boards });
const plenary = { docName: 'w1:1.1:plenary', kind: 'plenary' as const, records: stakeholderMap };

describe('1.1 stakeholder map → stakeholder matrix', () => {
  it('gives one row per stakeholder card, rated with the interest and influence of its quadrant', () => {
    const rows = prefillTableRows('1.1/stakeholder-matrix', sources([plenary]));
    expect(rows).toEqual([
      { id: 'w1-1-1-plenary-shape-bupati', source: 'w1:1.1:plenary#shape:bupati', cells: { stakeholder: 'Bupati', interest: 'low', influence: 'high' } },
      { id: 'w1-1-1-plenary-shape-dprd', source: 'w1:1.1:plenary#shape:dprd', cells: { stakeholder: 'DPRD', interest: 'high', influence: 'high' } },
      { id: 'w1-1-1-plenary-shape-forum', source: 'w1:1.1:plenary#shape:forum', cells: { stakeholder: 'Forum pelanggan', interest: 'high', influence: 'low' } },
    ]);
    for (const row of rows) {
      for (const [columnId, value] of Object.entries(row.cells)) expect(cellProblem(columnOf(stakeholderMatrixForm, columnId)!, value)).toBeNull();
    }
  });

  it('adds what the groups found, once, keeping the plenary’s rating and leaving unplaced cards out', () => {
    const group = {
      docName: 'w1:1.1:group-1',
      kind: 'group' as const,
      records: [
        ...frameOnly,
        // The group rated the DPRD lower; the plenary's map already has it.
        card('dprd-again', '  dprd ', 100, 700),
        card('camat', 'Camat', 100, 700),
        // Outside every quadrant: not rated yet.
        card('loose', 'LSM lingkungan', 2000, 2000),
      ],
    };
    const rows = prefillTableRows('1.1/stakeholder-matrix', sources([plenary, group]));
    expect(rows.map((row) => row.cells.stakeholder)).toEqual(['Bupati', 'DPRD', 'Forum pelanggan', 'Camat']);
    expect(rows[3]).toMatchObject({ source: 'w1:1.1:group-1#shape:camat', cells: { interest: 'low', influence: 'low' } });
  });

  it('starts an empty matrix when the map has no cards yet', () => {
    expect(prefillTableRows('1.1/stakeholder-matrix', sources([{ ...plenary, records: frameOnly }]))).toEqual([]);
  });
});
