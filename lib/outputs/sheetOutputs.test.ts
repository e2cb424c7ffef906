import { describe, expect, it } from 'vitest';
import { findTopic } from '../method/topics';
import { MCUA_WORKED_EXAMPLE } from '../scoring/mcuaWorkedExample';
import { mcuaOutputData, type TableOutputData } from './agreedData';
import { findWorksheetOutput, outputsAgreedWith } from './sheetOutputs';

const gapTable: TableOutputData = {
  format: 'table',
  form: 'gap-table',
  rows: [
    { id: 'nrw', cells: { indicator: 'Kehilangan air', target: 25, actual: 38, higherIsBetter: false, strategic: true } },
    { id: 'hours', cells: { indicator: 'Jam layanan', target: 24, actual: 18, strategic: false } },
    { id: 'coverage', cells: { indicator: 'Cakupan', target: 80, actual: 61 } },
    { id: 'complaints', source: '2.1/main-issue#x', cells: { indicator: 'Pengaduan', target: 10, actual: 42, strategic: true } },
  ],
};

describe('what one agreement of a worksheet freezes', () => {
  it('freezes 2.3’s gap table whole and its strategic indicators as the rows ticked strategic', () => {
    const found = findWorksheetOutput('2.3', 'gap-table')!;
    const frozen = outputsAgreedWith(found.topic, found.output, gapTable);
    expect(frozen.map((f) => f.output.id)).toEqual(['2.3/gap-table', '2.3/strategic-indicators']);
    expect(frozen[0].data).toEqual(gapTable);
    const strategic = frozen[1].data;
    expect(strategic.format === 'table' && strategic.rows.map((row) => row.id)).toEqual(['nrw', 'complaints']);
    // The derived rows are the gap table's rows as agreed, source and all.
    expect(strategic.format === 'table' && strategic.rows[1]).toEqual(gapTable.rows[3]);
  });

  it('freezes 4.7’s priorities with the MCUA matrix’s own data', () => {
    const found = findWorksheetOutput('4.7', 'assessment-matrix');
    expect(found).not.toBeNull();
    const data = mcuaOutputData(MCUA_WORKED_EXAMPLE);
    if (!data.ok) throw new Error(data.reason);
    const frozen = outputsAgreedWith(found!.topic, found!.output, data.data);
    expect(frozen.map((f) => f.output.id)).toEqual(['4.7/assessment-matrix', '4.7/priorities']);
    expect(frozen[1].data).toEqual(data.data);
  });

  it('freezes only the sheet’s own output where nothing derives from it', () => {
    const topic = findTopic('2.3')!;
    const strategicOnly = topic.outputs.find((o) => o.id === '2.3/strategic-indicators')!;
    expect(outputsAgreedWith(topic, strategicOnly, gapTable).map((f) => f.output.id)).toEqual(['2.3/strategic-indicators']);
  });
});
