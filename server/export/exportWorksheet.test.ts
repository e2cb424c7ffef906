import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Principal } from '@/lib/auth/capabilities';
import { cellKey } from '@/lib/worksheets/tableSheet';
import { ensureWorksheetDoc } from '../db/outputs';
import { setDocAccess } from '../db/workshops';
import { connectStockClient, startTestServer, waitFor, type TestServer } from '../testing/testServer';
import { ForbiddenError } from '../web/workshopAdmin';
import { exportWorksheetXlsx, XLSX_CONTENT_TYPE } from './exportWorksheet';
import { readWorkbook } from './xlsxRead';

// Next's marker that keeps this module out of browser bundles; it throws outside a React server build.
vi.mock('server-only', () => ({}));
// The route's own viewer check reads Next's request cookies; here each test says who is asking.
const viewer = vi.hoisted(() => ({ current: null as { actor: Principal; member: boolean } | null }));
vi.mock('@/server/web/worksheets', () => ({ worksheetViewer: async () => viewer.current }));
vi.mock('@/server/web/session', () => ({ getLang: async () => 'id' }));
const { GET } = await import('@/app/api/workshops/[workshopId]/worksheets/[topicId]/[outputSlug]/xlsx/route');

describe('downloading one live worksheet as XLSX', () => {
  let t: TestServer;
  let gapSheet: string;
  const participant = (workshopId: string): Principal => ({ userId: 'participant-ayu', workshopId, role: 'participant', groupId: null });
  beforeAll(async () => {
    t = await startTestServer();
    const { sql, registry } = t.server.runtime;
    const ensure = async (topicId: string, outputId: string) => (await ensureWorksheetDoc(sql, { workshopId: t.workshop.id, topicId, outputId, title: { id: outputId, en: outputId } })).name;
    gapSheet = await ensure('2.3', '2.3/gap-table');
    await ensure('4.7', '4.7/assessment-matrix');
    await ensure('2.1', '2.1/main-issue');
    // As opening the sheet does: the server names the form and sets out the rows.
    const room = await registry.acquire(gapSheet);
    room.applyServerChange((doc) => {
      doc.getMap('sheet').set('form', 'gap-table');
      for (const [id, order] of [['nrw', 0], ['coverage', 1], ['blank', 2]] as const) doc.getMap('rows').set(id, { order });
    });
    await room.flush();
    registry.release(gapSheet);
    await setDocAccess(sql, gapSheet, { openForParticipants: true });

    // A participant fills two rows through the room; the third stays empty.
    const writer = connectStockClient(t.wsBase, gapSheet, await t.tokenFor(gapSheet, 'participant'));
    const reader = connectStockClient(t.wsBase, gapSheet, await t.tokenFor(gapSheet, 'observer'));
    await Promise.all([writer.synced, reader.synced]);
    const cells = writer.doc.getMap('cells');
    writer.doc.transact(() => {
      cells.set(cellKey('nrw', 'indicator'), 'Kehilangan air');
      cells.set(cellKey('nrw', 'unit'), '%');
      cells.set(cellKey('nrw', 'target'), 25);
      cells.set(cellKey('nrw', 'actual'), 38);
      cells.set(cellKey('nrw', 'higherIsBetter'), false);
      cells.set(cellKey('coverage', 'indicator'), 'Cakupan pelayanan');
      cells.set(cellKey('coverage', 'target'), 80);
      cells.set(cellKey('coverage', 'actual'), 65);
      cells.set(cellKey('coverage', 'strategic'), true);
    });
    await waitFor(() => reader.doc.getMap('cells').get(cellKey('coverage', 'strategic')) === true, 'the filled cells relayed by the server');
    writer.destroy();
    reader.destroy();
  });
  afterAll(() => t.close());

  it('gives the gap table as typed in the room, with the gap as a formula over its row', async () => {
    const result = await exportWorksheetXlsx(t.server.runtime, participant(t.workshop.id), { workshopId: t.workshop.id, topicId: '2.3', slug: 'gap-table', lang: 'id' });
    if (result.kind !== 'file') throw new Error(`expected a file, got ${result.kind}`);
    expect(result.file.contentType).toBe(XLSX_CONTENT_TYPE);
    expect(result.file.filename).toBe('2-3-gap-table-Tabel-Analisis-Kesenjangan-Kuantitatif.xlsx');

    const workbook = await readWorkbook(result.file.body);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['2.3 Tabel Analisis Kesenjangan']);
    const sheet = workbook.worksheets[0];
    expect(sheet.getCell('A1').value).toBe('2.3/gap-table Tabel Analisis Kesenjangan Kuantitatif');
    expect(String(sheet.getCell('A2').value)).toContain('belum tentu versi yang disepakati');
    expect(sheet.getRow(4).values).toEqual([undefined, 'Indikator', 'Satuan', 'Target', 'Capaian', 'Makin tinggi makin baik', 'Kecenderungan', 'Indikator strategis', 'Kesenjangan']);
    expect([1, 2, 3, 4, 5].map((c) => sheet.getRow(5).getCell(c).value)).toEqual(['Kehilangan air', '%', 25, 38, false]);
    expect(sheet.getCell('G6').value).toBe(true);
    // Losses: lower is better, so 38 % against a 25 % target is 13 points short, and recomputes from C/D/E.
    expect(sheet.getCell('H5').value).toEqual({ formula: 'IF(OR(ISBLANK(D5),ISBLANK(C5)),"",IF(AND(ISLOGICAL(E5),E5=FALSE),D5-C5,C5-D5))', result: 13 });
    expect(sheet.getCell('H6').value).toMatchObject({ formula: 'IF(OR(ISBLANK(D6),ISBLANK(C6)),"",IF(AND(ISLOGICAL(E6),E6=FALSE),D6-C6,C6-D6))', result: 15 });
    // The blank row is not exported.
    expect(sheet.getCell('A7').value).toBeNull();
  });

  it('refuses an MCUA or ranking sheet that cannot be ranked yet, saying why in the user’s language', async () => {
    const actor = participant(t.workshop.id);
    expect(await exportWorksheetXlsx(t.server.runtime, actor, { workshopId: t.workshop.id, topicId: '4.7', slug: 'assessment-matrix', lang: 'id' })).toEqual({
      kind: 'not-ready',
      message: 'Lembar ini belum bisa diunduh sebagai XLSX: belum ada kriteria penilaian.',
    });
    expect(await exportWorksheetXlsx(t.server.runtime, actor, { workshopId: t.workshop.id, topicId: '2.1', slug: 'main-issue', lang: 'en' })).toEqual({
      kind: 'not-ready',
      message: 'This sheet cannot be downloaded as XLSX yet: there are no criteria yet.',
    });
  });

  it('has nothing to give for a sheet no facilitator has opened, and refuses anyone of another workshop', async () => {
    expect(await exportWorksheetXlsx(t.server.runtime, participant(t.workshop.id), { workshopId: t.workshop.id, topicId: '3.2', slug: 'integrated-solutions', lang: 'id' })).toEqual({ kind: 'not-found' });
    await expect(exportWorksheetXlsx(t.server.runtime, participant('another-workshop'), { workshopId: t.workshop.id, topicId: '2.3', slug: 'gap-table', lang: 'id' })).rejects.toBeInstanceOf(ForbiddenError);
  });

  describe('the download route', () => {
    const get = (query = '') =>
      GET(new Request(`http://plano.test/api/workshops/${t.workshop.id}/worksheets/2.3/gap-table/xlsx${query}`), {
        params: Promise.resolve({ workshopId: t.workshop.id, topicId: '2.3', outputSlug: 'gap-table' }),
      });

    it('answers 401 to someone who is neither a member nor a participant, and 403 to one of another workshop', async () => {
      viewer.current = null;
      expect((await get()).status).toBe(401);
      viewer.current = { actor: participant('another-workshop'), member: false };
      expect((await get()).status).toBe(403);
    });

    it('sends a participant of the workshop the workbook as a named XLSX attachment', async () => {
      viewer.current = { actor: participant(t.workshop.id), member: false };
      const response = await get('?lang=en');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(XLSX_CONTENT_TYPE);
      expect(response.headers.get('content-disposition')).toBe('attachment; filename="2-3-gap-table-Quantitative-gap-analysis-table.xlsx"');
      const sheet = (await readWorkbook(new Uint8Array(await response.arrayBuffer()))).worksheets[0];
      expect(sheet.getCell('A5').value).toBe('Kehilangan air');
      expect(sheet.getCell('H4').value).toBe('Gap');
    });
  });
});
