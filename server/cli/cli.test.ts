import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createDocTokens } from '../auth/docTokens';
import { createDocStore } from '../db/docStore';
import { openDatabase } from '../db/openDatabase';
import { readStoredDoc } from '../db/storedDoc';
import { listDocs } from '../db/workshops';
import { docxText } from '../export/docxText';
import { pdfPages } from '../export/pdfText';
import { seedExportWorkshop } from '../export/seedForTests';
import { readWorkbook } from '../export/xlsxRead';
import { FIRST_FACILITATOR_EMAIL } from '../setup/firstRun';
import { freePort, spawnServer, type ChildServer } from '../testing/spawnServer';
import { connectStockClient, waitFor } from '../testing/testServer';
import { runCli } from './runCli';

const root = path.resolve(import.meta.dirname, '..', '..');

/** The CLI in this process, as `npm run cli` runs it (same function, same environment rules). */
async function cli(dataDir: string, args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' },
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  return { code, stdout, stderr };
}

/** The real command line in a process of its own. */
function cliProcess(dataDir: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'server/cli/main.ts'), ...args], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
}

describe('the command line', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'plano-cli-'));
  });

  it('works on a fresh data folder: it sets up what the first start would, then creates the workshop', async () => {
    const fresh = await mkdtemp(path.join(os.tmpdir(), 'plano-cli-fresh-'));
    const result = await cli(fresh, ['workshop', 'create', '--title', 'Lokakarya', '--pdam', 'PDAM Uji', '--json']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain(FIRST_FACILITATOR_EMAIL);
    expect(JSON.parse(result.stdout)).toMatchObject({ title: 'Lokakarya', facilitator: FIRST_FACILITATOR_EMAIL });
    expect(existsSync(path.join(fresh, 'first-facilitator.txt'))).toBe(true);
    expect(existsSync(path.join(fresh, 'auth-secret'))).toBe(true);
  });

  it('creates a workshop, lists its boards and signs a token that opens one of them', async () => {
    const created = await cli(dataDir, ['workshop', 'create', '--title', 'Lokakarya STPP Kota Uji', '--pdam', 'PDAM Tirta Uji', '--json']);
    expect(created.code, created.stderr).toBe(0);
    const workshop = JSON.parse(created.stdout) as { workshopId: string; joinCode: string; signInLink: string };
    expect(workshop.joinCode).toMatch(/^[A-Z2-9]{6}$/);
    expect(decodeURIComponent(workshop.signInLink)).toContain(`/w/${workshop.workshopId}`);

    const listed = await cli(dataDir, ['boards', '--workshop', workshop.workshopId, '--json']);
    expect(listed.code, listed.stderr).toBe(0);
    const boards = JSON.parse(listed.stdout) as { doc: string; kind: string; topic: string | null }[];
    expect(boards[0].kind).toBe('plenary');
    expect(boards.map((b) => b.topic)).toContain('3.1');

    const signed = await cli(dataDir, ['token', '--workshop', workshop.workshopId, '--doc', boards[0].doc, '--role', 'observer', '--ttl', '600', '--json']);
    expect(signed.code, signed.stderr).toBe(0);
    const { token } = JSON.parse(signed.stdout) as { token: string };
    const tokens = createDocTokens((await readFile(path.join(dataDir, 'auth-secret'), 'utf8')).trim());
    const grant = await tokens.verify(token, boards[0].doc);
    expect(grant?.principal).toMatchObject({ workshopId: workshop.workshopId, role: 'observer' });
    expect(await tokens.verify(token, boards[1].doc)).toBeNull();
  }, 120_000);

  it('refuses a token for a role that does not exist, or for a document outside the workshop', async () => {
    expect((await cli(dataDir, ['token', '--workshop', 'w', '--doc', 'd', '--role', 'admin'])).code).toBe(2);
    const foreign = await cli(dataDir, ['token', '--workshop', 'no-such-workshop', '--doc', 'NoSuchDocument123', '--role', 'observer']);
    expect(foreign.code).toBe(2);
    expect(foreign.stderr).toMatch(/no document/);
  }, 60_000);

  it('exports a workshop as JSON, as the draft STPP in DOCX and PDF, and as an XLSX workbook', async () => {
    const exportDir = await mkdtemp(path.join(os.tmpdir(), 'plano-cli-export-'));
    const sql = await openDatabase({ dataDir: exportDir });
    const workshopId = await seedExportWorkshop(sql);
    await sql.close();

    const jsonFile = path.join(exportDir, 'workshop.json');
    const json = await cli(exportDir, ['export', '--workshop', workshopId, '--format', 'json', '--out', jsonFile, '--json']);
    expect(json.code, json.stderr).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ workshopId, format: 'json', out: jsonFile });
    const data = JSON.parse(await readFile(jsonFile, 'utf8')) as { format: string; version: number; workshop: { pdam: string } };
    expect(data).toMatchObject({ format: 'plano-workshop', version: 2, workshop: { pdam: 'PDAM Tirta Uji' } });

    const docxFile = path.join(exportDir, 'draft.docx');
    const docx = await cli(exportDir, ['export', '--workshop', workshopId, '--format', 'docx', '--lang', 'en', '--out', docxFile]);
    expect(docx.code, docx.stderr).toBe(0);
    const { text } = await docxText(await readFile(docxFile));
    expect(text).toContain('Draft STPP Document');
    expect(text).toContain('Ganti meter pelanggan');

    const pdfFile = path.join(exportDir, 'draft.pdf');
    const pdf = await cli(exportDir, ['export', '--workshop', workshopId, '--format', 'pdf', '--out', pdfFile]);
    expect(pdf.code, pdf.stderr).toBe(0);
    expect((await pdfPages(await readFile(pdfFile)))[0].text).toContain('Draf Dokumen STPP');

    const xlsxFile = path.join(exportDir, 'worksheets.xlsx');
    const xlsx = await cli(exportDir, ['export', '--workshop', workshopId, '--format', 'xlsx', '--out', xlsxFile]);
    expect(xlsx.code, xlsx.stderr).toBe(0);
    const workbook = await readWorkbook(await readFile(xlsxFile));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toContain('4.7 Prioritas Tindakan');

    const odt = await cli(exportDir, ['export', '--workshop', workshopId, '--format', 'odt', '--out', path.join(exportDir, 'draft.odt')]);
    expect(odt.code).toBe(2);
    expect(odt.stderr).toMatch(/--format must be one of docx, pdf, xlsx, json/);
  }, 120_000);

  it('prints usage for an unknown command', async () => {
    const result = await cli(dataDir, ['frobnicate']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Usage/);
  });
});

describe('the command line beside a running server on the same embedded database', () => {
  const children: ChildServer[] = [];
  afterEach(() => {
    for (const child of children.splice(0)) child.process.kill('SIGKILL');
  });

  it('creates a workshop, lists its boards, signs a token the server accepts, and exports and imports it, while the server runs', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'plano-cli-live-'));
    const port = await freePort();
    const server = await spawnServer({ DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: '', REDIS_URL: '' });
    children.push(server);

    // The real command line, as its own process, while the server holds the folder.
    const created = await cliProcess(dataDir, ['workshop', 'create', '--title', 'Dibuat dari CLI', '--pdam', 'PDAM Uji', '--json']);
    expect(created.code, created.stderr).toBe(0);
    const { workshopId } = JSON.parse(created.stdout) as { workshopId: string };
    const listed = await cli(dataDir, ['boards', '--workshop', workshopId, '--json']);
    expect(listed.code, listed.stderr).toBe(0);
    const [plenary] = JSON.parse(listed.stdout) as { doc: string }[];
    const signed = await cli(dataDir, ['token', '--workshop', workshopId, '--doc', plenary.doc, '--role', 'facilitator', '--json']);
    expect(signed.code, signed.stderr).toBe(0);

    // The server knows the new workshop at once: the token opens its plenary, and an edit is kept.
    const token = (JSON.parse(signed.stdout) as { token: string }).token;
    const client = connectStockClient(`ws://127.0.0.1:${port}/yjs`, plenary.doc, token);
    const watcher = connectStockClient(`ws://127.0.0.1:${port}/yjs`, plenary.doc, token);
    try {
      await Promise.all([client.synced, watcher.synced]);
      client.doc.getMap('cards').set('dari-cli', { text: 'kartu pertama' });
      // Relayed only once stored: when the watcher has it, the export must find it.
      await waitFor(() => watcher.doc.getMap('cards').has('dari-cli'), 'the card to reach the other client');
      const archive = path.join(dataDir, 'archive.json');
      const exported = await cli(dataDir, ['export', '--workshop', workshopId, '--format', 'json', '--out', archive]);
      expect(exported.code, exported.stderr).toBe(0);
      const imported = await cli(dataDir, ['import', '--file', archive, '--json']);
      expect(imported.code, imported.stderr).toBe(0);
      const copy = JSON.parse(imported.stdout) as { workshopId: string; title: string };
      expect(copy.title).toBe('Dibuat dari CLI');
      // The copy's plenary carries the card the server had stored.
      const sql = await openDatabase({ dataDir });
      try {
        const [copiedPlenary] = await listDocs(sql, copy.workshopId);
        const card = await readStoredDoc(createDocStore(sql), copiedPlenary.name, (doc) => doc.getMap('cards').get('dari-cli'));
        expect(card).toEqual({ text: 'kartu pertama' });
      } finally {
        await sql.close();
      }
    } finally {
      client.destroy();
      watcher.destroy();
    }
  }, 90_000);
});
