import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/openDatabase';
import { createUser } from '../db/users';
import { archiveContent } from '../testing/archiveContent';
import { REAL_SIZE, realSizeArchive } from '../testing/realSizeArchive';
import type { Archive } from './archiveSchema';

const root = path.resolve(import.meta.dirname, '..', '..');

/** The real command line (`npm run cli -- ...`) on a data folder of its own, as a facilitator runs it. */
function cli(dataDir: string, args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'server/cli/main.ts'), ...args, '--json'], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (run.status !== 0) throw new Error(`cli ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  return JSON.parse(run.stdout) as Record<string, unknown>;
}

/** A fresh server's data folder with its first facilitator, as `npm start` leaves it. */
async function freshDataFolder(): Promise<string> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'plano-real-size-'));
  const sql = await openDatabase({ dataDir });
  await createUser(sql, { email: 'fasilitator@plano.local', name: 'Fasilitator', password: 'kata-sandi-uji' });
  await sql.close();
  return dataDir;
}

async function importThenExport(dataDir: string, file: string): Promise<{ archive: Archive; file: string }> {
  const imported = cli(dataDir, ['import', '--file', file]);
  const out = path.join(dataDir, 'exported.json');
  cli(dataDir, ['export', '--workshop', String(imported.workshopId), '--format', 'json', '--out', out]);
  return { archive: JSON.parse(await readFile(out, 'utf8')) as Archive, file: out };
}

describe('a workshop at real size through the command line', () => {
  let generated: Archive;
  let generatedFile: string;
  beforeAll(async () => {
    generated = realSizeArchive();
    generatedFile = path.join(await mkdtemp(path.join(os.tmpdir(), 'plano-real-size-file-')), 'workshop.json');
    // As the export writes it: indented JSON.
    await writeFile(generatedFile, JSON.stringify(generated, null, 2) + '\n');
  });

  it('is as large as the workshop of the report: 2,000 plenary cards, 20 worksheets, about 6 MB', async () => {
    const plenary = generated.docs.find((doc) => doc.kind === 'plenary')!;
    expect(generated.docs.filter((doc) => doc.kind === 'worksheet')).toHaveLength(REAL_SIZE.worksheets);
    expect(plenary.state.length).toBeGreaterThan(4_500_000);
    expect((await stat(generatedFile)).size).toBeGreaterThan(5_900_000);
  });

  it('exports from one server and imports on a fresh one with equal content, both by the CLI', async () => {
    const first = await importThenExport(await freshDataFolder(), generatedFile);
    const second = await importThenExport(await freshDataFolder(), first.file);
    expect(second.archive.workshop.id).not.toBe(first.archive.workshop.id);
    const [original, exported, reimported] = [generated, first.archive, second.archive].map(archiveContent);
    expect(reimported).toEqual(exported);
    // The plenary's 2,000 cards and every worksheet arrive as generated.
    expect(exported.docs).toEqual(original.docs);
    expect(exported.agreedOutputs).toEqual(original.agreedOutputs);
    const cards = Object.keys(exported.docs[0].state.tldraw as object).filter((id) => id.startsWith('shape:card'));
    expect(cards).toHaveLength(REAL_SIZE.plenaryCards);
  }, 600_000);
});
