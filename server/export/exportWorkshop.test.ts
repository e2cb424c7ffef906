import { beforeAll, expect, it } from 'vitest';
import type { Archive } from '../archive/archiveSchema';
import type { Sql } from '../db/Sql';
import { describeEachBackend } from '../db/testBackends';
import { exportWorkshop, fileStem } from './exportWorkshop';
import { docxText } from './docxText';
import { pdfPages } from './pdfText';
import { seedExportWorkshop } from './seedForTests';
import { readWorkbook } from './xlsxRead';

describeEachBackend('exporting a workshop', (backend) => {
  let sql: Sql;
  let workshopId: string;
  beforeAll(async () => {
    sql = backend.sql();
    workshopId = await seedExportWorkshop(sql);
  });

  it('writes the structured data as versioned JSON, every agreed version included', async () => {
    const file = await exportWorkshop(sql, workshopId, 'json', 'id', new Date('2026-12-03T02:00:00Z'));
    expect(file?.filename).toBe('Plano-PDAM-Tirta-Uji.json');
    const data = JSON.parse(file!.body.toString('utf8')) as Archive;
    expect(data).toMatchObject({ format: 'plano-workshop', version: 2, exportedAt: '2026-12-03T02:00:00.000Z' });
    expect(data.workshop).toMatchObject({ id: workshopId, pdam: 'PDAM Tirta Uji', region: 'Kota Uji', startsOn: '2026-11-30', timeZone: 'WITA' });
    expect(data.roster.map((r) => r.name)).toEqual(['Budi Santoso', 'Siti Aminah']);
    expect(data.topicStatuses).toEqual({ '1.1': 'agreed', '4.7': 'agreed' });
    expect(data.calendar.meetings[0]).toMatchObject({ agenda: 'Rapat Pokja pertama', startsAt: '2026-12-08T01:00:00.000Z' });
    expect(data.followUps[0]).toMatchObject({ owner: 'Budi Santoso', dueOn: '2026-12-15', status: 'open' });
    expect(data.agreedOutputs.filter((o) => o.outputId === '4.7/priorities').map((o) => o.version)).toEqual([2, 1]);
    expect(data.agreedOutputs[0].data).toMatchObject({ format: 'mcua' });
  });

  it('writes the draft STPP from the latest agreed version', async () => {
    const file = await exportWorkshop(sql, workshopId, 'docx', 'id');
    expect(file?.filename).toBe('Draft-STPP-PDAM-Tirta-Uji.docx');
    const { text } = await docxText(file!.body);
    expect(text).toContain('PDAM Tirta Uji');
    expect(text).toContain('Sumber: keluaran 4.7/priorities Prioritas Tindakan Peningkatan Pelayanan, versi 2');
    expect(text).toContain('Rapat Pokja pertama');
  });

  it('writes the same draft STPP as PDF, with the MCUA ranking of the latest agreed version', async () => {
    const file = await exportWorkshop(sql, workshopId, 'pdf', 'id');
    expect(file).toMatchObject({ filename: 'Draft-STPP-PDAM-Tirta-Uji.pdf', contentType: 'application/pdf' });
    const text = (await pdfPages(file!.body)).map((p) => p.text).join('\n').replace(/\s+/g, ' ');
    expect(text).toContain('PDAM Tirta Uji');
    expect(text).toContain('1 Ganti meter pelanggan Teknis 3,20 3,80 2 Penyesuaian tarif Finansial 3,20 3,20 3 SOP pengaduan satu pintu Manajemen (P3O) 3,00');
    expect(text).toContain('Rapat Pokja pertama');
  });

  it('writes the agreed outputs as an XLSX workbook with the MCUA formulas', async () => {
    const file = await exportWorkshop(sql, workshopId, 'xlsx', 'en');
    expect(file?.filename).toBe('Lembar-Kerja-PDAM-Tirta-Uji.xlsx');
    const workbook = await readWorkbook(file!.body);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Summary', '4.7 Action assessment matrix', '4.7 Priority order of']);
    const sheet = workbook.worksheets[2];
    expect(sheet.getCell('A7').value).toBe('Ganti meter pelanggan');
    expect(sheet.getCell('F9').value).toEqual({ formula: 'RANK(E9,$E$7:$E$9,0)', result: 3 });
  });

  it('finds nothing for an unknown workshop', async () => {
    expect(await exportWorkshop(sql, 'no-such-workshop', 'json', 'id')).toBeNull();
  });
});

it('makes a safe file name of any PDAM name', () => {
  expect(fileStem('PDAM Tirta Mountala (Kab. Aceh Besar)')).toBe('PDAM-Tirta-Mountala-Kab-Aceh-Besar');
  expect(fileStem('Perumda Air Minum "Tirtanadi"/Medan')).toBe('Perumda-Air-Minum-Tirtanadi-Medan');
  expect(fileStem('""')).toBe('workshop');
});
