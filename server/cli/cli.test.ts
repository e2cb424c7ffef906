import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDocTokens } from '../auth/docTokens';
import { openDatabase } from '../db/openDatabase';
import { createUser } from '../db/users';
import { docxText } from '../export/docxText';
import { pdfPages } from '../export/pdfText';
import { seedExportWorkshop } from '../export/seedForTests';
import { readWorkbook } from '../export/xlsxRead';

const root = path.resolve(import.meta.dirname, '..', '..');

function cli(dataDir: string, args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'server/cli/main.ts'), ...args], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('the command line', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'plano-cli-'));
  });

  it('explains that a workshop needs a facilitator account first', () => {
    const result = cli(dataDir, ['workshop', 'create', '--title', 'Lokakarya', '--pdam', 'PDAM Uji']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/npm start/);
  });

  it('creates a workshop, lists its boards and signs a token that opens one of them', async () => {
    const sql = await openDatabase({ dataDir });
    await createUser(sql, { email: 'fasilitator@uji.local', name: 'Fasilitator', password: 'kata-sandi-uji' });
    await sql.close();

    const created = cli(dataDir, ['workshop', 'create', '--title', 'Lokakarya STPP Kota Uji', '--pdam', 'PDAM Tirta Uji', '--json']);
    expect(created.code, created.stderr).toBe(0);
    const workshop = JSON.parse(created.stdout) as { workshopId: string; joinCode: string; signInLink: string };
    expect(workshop.joinCode).toMatch(/^[A-Z2-9]{6}$/);
    expect(decodeURIComponent(workshop.signInLink)).toContain(`/w/${workshop.workshopId}`);

    const listed = cli(dataDir, ['boards', '--workshop', workshop.workshopId, '--json']);
    expect(listed.code, listed.stderr).toBe(0);
    const boards = JSON.parse(listed.stdout) as { doc: string; kind: string; topic: string | null }[];
    expect(boards[0].kind).toBe('plenary');
    expect(boards.map((b) => b.topic)).toContain('3.1');

    const signed = cli(dataDir, ['token', '--workshop', workshop.workshopId, '--doc', boards[0].doc, '--role', 'observer', '--ttl', '600', '--json']);
    expect(signed.code, signed.stderr).toBe(0);
    const { token } = JSON.parse(signed.stdout) as { token: string };
    const tokens = createDocTokens((await readFile(path.join(dataDir, 'auth-secret'), 'utf8')).trim());
    const grant = await tokens.verify(token, boards[0].doc);
    expect(grant?.principal).toMatchObject({ workshopId: workshop.workshopId, role: 'observer' });
    expect(await tokens.verify(token, boards[1].doc)).toBeNull();
  }, 120_000);

  it('refuses a token for a role that does not exist, or for a document outside the workshop', () => {
    expect(cli(dataDir, ['token', '--workshop', 'w', '--doc', 'd', '--role', 'admin']).code).toBe(2);
    const foreign = cli(dataDir, ['token', '--workshop', 'no-such-workshop', '--doc', 'NoSuchDocument123', '--role', 'observer']);
    expect(foreign.code).toBe(2);
    expect(foreign.stderr).toMatch(/no document/);
  }, 60_000);

  it('still signs a token while a server holds the embedded database', async () => {
    const held = await openDatabase({ dataDir });
    try {
      const result = cli(dataDir, ['token', '--workshop', 'w1', '--doc', 'SomeDocument123', '--role', 'participant', '--group', 'g1', '--json']);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stderr).toMatch(/running/);
      const otherCommand = cli(dataDir, ['boards', '--workshop', 'w1']);
      expect(otherCommand.code).toBe(1);
      expect(otherCommand.stderr).toMatch(/in use by process/);
    } finally {
      await held.close();
    }
  }, 60_000);

  it('exports a workshop as JSON, as the draft STPP in DOCX and PDF, and as an XLSX workbook', async () => {
    const exportDir = await mkdtemp(path.join(os.tmpdir(), 'plano-cli-export-'));
    const sql = await openDatabase({ dataDir: exportDir });
    const workshopId = await seedExportWorkshop(sql);
    await sql.close();

    const jsonFile = path.join(exportDir, 'workshop.json');
    const json = cli(exportDir, ['export', '--workshop', workshopId, '--format', 'json', '--out', jsonFile, '--json']);
    expect(json.code, json.stderr).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ workshopId, format: 'json', out: jsonFile });
    const data = JSON.parse(await readFile(jsonFile, 'utf8')) as { format: string; version: number; workshop: { pdam: string } };
    expect(data).toMatchObject({ format: 'plano-workshop', version: 2, workshop: { pdam: 'PDAM Tirta Uji' } });

    const docxFile = path.join(exportDir, 'draft.docx');
    const docx = cli(exportDir, ['export', '--workshop', workshopId, '--format', 'docx', '--lang', 'en', '--out', docxFile]);
    expect(docx.code, docx.stderr).toBe(0);
    const { text } = await docxText(await readFile(docxFile));
    expect(text).toContain('Draft STPP Document');
    expect(text).toContain('Ganti meter pelanggan');

    const pdfFile = path.join(exportDir, 'draft.pdf');
    const pdf = cli(exportDir, ['export', '--workshop', workshopId, '--format', 'pdf', '--out', pdfFile]);
    expect(pdf.code, pdf.stderr).toBe(0);
    expect((await pdfPages(await readFile(pdfFile)))[0].text).toContain('Draf Dokumen STPP');

    const xlsxFile = path.join(exportDir, 'worksheets.xlsx');
    const xlsx = cli(exportDir, ['export', '--workshop', workshopId, '--format', 'xlsx', '--out', xlsxFile]);
    expect(xlsx.code, xlsx.stderr).toBe(0);
    const workbook = await readWorkbook(await readFile(xlsxFile));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toContain('4.7 Prioritas Tindakan');

    const odt = cli(exportDir, ['export', '--workshop', workshopId, '--format', 'odt', '--out', path.join(exportDir, 'draft.odt')]);
    expect(odt.code).toBe(2);
    expect(odt.stderr).toMatch(/--format must be one of docx, pdf, xlsx, json/);
  }, 120_000);

  it('prints usage for an unknown command', () => {
    const result = cli(dataDir, ['frobnicate']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Usage/);
  });
});
