import { beforeAll, expect, it } from 'vitest';
import type { Sql } from '../db/Sql';
import { describeEachBackend } from '../db/testBackends';
import { exportWorkshop, fileStem, type WorkshopJson } from './exportWorkshop';
import { docxText } from './docxText';
import { seedExportWorkshop } from './seedForTests';

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
    const data = JSON.parse(file!.body.toString('utf8')) as WorkshopJson;
    expect(data).toMatchObject({ format: 'plano-workshop', version: 1, exportedAt: '2026-12-03T02:00:00.000Z' });
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

  it('finds nothing for an unknown workshop', async () => {
    expect(await exportWorkshop(sql, 'no-such-workshop', 'json', 'id')).toBeNull();
  });
});

it('makes a safe file name of any PDAM name', () => {
  expect(fileStem('PDAM Tirta Mountala (Kab. Aceh Besar)')).toBe('PDAM-Tirta-Mountala-Kab-Aceh-Besar');
  expect(fileStem('Perumda Air Minum "Tirtanadi"/Medan')).toBe('Perumda-Air-Minum-Tirtanadi-Medan');
  expect(fileStem('""')).toBe('workshop');
});
