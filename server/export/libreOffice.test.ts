/**
 * Opens the exports with LibreOffice, the office suite most Indonesian local offices have besides
 * Word/Excel: proof that the DOCX is a valid document and that the XLSX formulas compute in a
 * real spreadsheet engine. Needs `soffice` on PATH (Debian: libreoffice-writer-nogui and
 * libreoffice-calc-nogui); without it the whole suite is reported as skipped, never as passed.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDraftStpp } from '@/lib/document/draftStpp';
import { seededDraftInput } from '@/lib/document/fixture';
import { gapTableForm } from '@/lib/worksheets/forms/gapTable';
import { pdfPages } from './pdfText';
import { renderDocx } from './renderDocx';
import { renderXlsx } from './renderXlsx';

function findOnPath(command: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, command);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this folder; try the next
    }
  }
  return null;
}

const soffice = findOnPath('soffice');
if (!soffice) console.warn('SKIPPED: LibreOffice validation of the DOCX and XLSX exports, because `soffice` is not on PATH.');

describe.skipIf(!soffice)('LibreOffice opens the exports (skipped when soffice is absent)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'plano-soffice-'));
  });

  /** Converts a file with soffice in its own profile folder, so a running LibreOffice does not interfere. */
  async function convert(file: string, filter: string, outdir: string): Promise<string[]> {
    const run = spawnSync(soffice!, ['--headless', '--norestore', `-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--convert-to', filter, '--outdir', outdir, file], {
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, HOME: dir },
    });
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    return (await readdir(outdir)).map((name) => path.join(outdir, name));
  }

  it('converts the draft STPP DOCX to PDF with its content and landscape pages intact', async () => {
    const docx = path.join(dir, 'draft.docx');
    await writeFile(docx, await renderDocx(buildDraftStpp(seededDraftInput())));
    const [pdf] = await convert(docx, 'pdf', path.join(dir, 'docx-pdf'));
    const pages = await pdfPages(await readFile(pdf));
    const text = pages.map((p) => p.text).join('\n');
    expect(text).toContain('Draf Dokumen STPP');
    expect(text).toContain('PDAM Tirta Uji');
    // A fifth column (round 2) narrows the action column: its name may wrap.
    expect(text).toMatch(/Ganti meter\s+pelanggan\s+Teknis\s+3,20\s+3,80/);
    expect(text).toContain('Sumber: keluaran 4.7/priorities');
    expect(pages.find((p) => p.text.startsWith('Kalender Kerja'))?.landscape).toBe(true);
    expect(pages[0].landscape).toBe(false);
  }, 180_000);

  it('recalculates the MCUA utility and ranks of the XLSX after a score changes', async () => {
    // Lower "Ganti meter pelanggan" on Dampak from 4 to 1: utility (60·1 + 40·2)/100 = 1.4.
    const zip = await JSZip.loadAsync(await renderXlsx(seededDraftInput()));
    const sheetPath = 'xl/worksheets/sheet3.xml';
    const xml = await zip.file(sheetPath)!.async('string');
    const edited = xml
      .replace(/(<c r="C7"[^>]*><v>)4(<\/v>)/, '$11$2')
      // Drop the cached results, as a spreadsheet does for cells that depend on an edited one.
      .replace(/(<f>[^<]*<\/f>)<v>[^<]*<\/v>/g, '$1');
    expect(edited).not.toBe(xml);
    zip.file(sheetPath, edited);
    const xlsx = path.join(dir, 'worksheets.xlsx');
    await writeFile(xlsx, await zip.generateAsync({ type: 'nodebuffer' }));

    // CSV of the third sheet (4.7 Prioritas Tindakan), comma separated, UTF-8, values as shown.
    const [csv] = await convert(xlsx, 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,3', path.join(dir, 'xlsx-csv'));
    const rows = (await readFile(csv, 'utf8')).split('\n').map((line) => line.split(','));
    const row = (label: string) => rows.find((r) => r[0] === label)!.slice(2, 7);
    expect(row('Ganti meter pelanggan')).toEqual(['1', '2', '1.4', '3', '1']);
    expect(row('Penyesuaian tarif')).toEqual(['2', '5', '3.2', '1', '1']);
    expect(row('SOP pengaduan satu pintu')).toEqual(['3', '3', '3', '2', '1']);
  }, 180_000);

  it('computes a table form\'s formulas as the worksheet screen does', async () => {
    const rows = [
      { id: 'r1', cells: { indicator: 'Cakupan pelayanan', target: 80, actual: 70, higherIsBetter: true } },
      { id: 'r2', cells: { indicator: 'Kehilangan air', target: 20, actual: 32, higherIsBetter: false } },
      { id: 'r3', cells: { indicator: 'Jam layanan', target: 24 } },
    ];
    const input = { ...seededDraftInput(), agreed: [{ outputId: '2.3/gap-table', version: 1, agreedAt: new Date('2026-12-01T03:00:00Z'), data: { format: 'table', form: 'gap-table', rows } }] };
    const zip = await JSZip.loadAsync(await renderXlsx(input));
    const sheetPath = 'xl/worksheets/sheet2.xml';
    zip.file(sheetPath, (await zip.file(sheetPath)!.async('string')).replace(/(<f>[^<]*<\/f>)<v>[^<]*<\/v>/g, '$1'));
    const xlsx = path.join(dir, 'table.xlsx');
    await writeFile(xlsx, await zip.generateAsync({ type: 'nodebuffer' }));

    const [csv] = await convert(xlsx, 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,2', path.join(dir, 'table-csv'));
    const lines = (await readFile(csv, 'utf8')).split('\n').map((line) => line.split(','));
    const gapColumn = gapTableForm.columns.length;
    for (const { cells } of rows) {
      const expected = gapTableForm.computed![0].compute(cells);
      expect(lines.find((l) => l[0] === cells.indicator)?.[gapColumn], cells.indicator).toBe(expected === null ? '' : String(expected));
    }
  }, 180_000);
});
