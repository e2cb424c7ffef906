import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { createDocTokens } from '../auth/docTokens';
import { seedArchiveWorkshop } from '../archive/seedArchiveWorkshop';
import type { Sql } from '../db/Sql';
import { describeEachBackend } from '../db/testBackends';
import { listDocs } from '../db/workshops';
import { exportWorkshop } from '../export/exportWorkshop';
import type { CliContext } from './commands';
import { importCommand } from './importCommand';
import { CliUsageError } from './parseArgs';

describeEachBackend('the import command', (backend) => {
  let sql: Sql;
  let ctx: CliContext;
  let workshopId: string;
  let archiveFile: string;
  beforeAll(async () => {
    sql = backend.sql();
    ({ workshopId } = await seedArchiveWorkshop(sql, 'cli-import@test.local'));
    ctx = { sql, tokens: createDocTokens('x'.repeat(64)), baseUrl: 'http://localhost:3000' };
    const exported = await exportWorkshop(sql, workshopId, 'json', 'id');
    archiveFile = path.join(await mkdtemp(path.join(os.tmpdir(), 'plano-import-')), exported!.filename);
    await writeFile(archiveFile, exported!.body);
  });

  it('imports the file the JSON export wrote as a new workshop with the same documents', async () => {
    const result = await importCommand(ctx, new Map([['file', archiveFile]]));
    expect(result).toMatchObject({ pdam: 'PDAM Tirta Uji', structureOnly: false, groups: 3, owner: 'cli-import@test.local' });
    expect(result.workshopId).not.toBe(workshopId);
    expect((await listDocs(sql, result.workshopId)).length).toBe((await listDocs(sql, workshopId)).length);
  });

  it('keeps only the structure with --structure-only', async () => {
    const result = await importCommand(ctx, new Map<string, string | true>([['file', archiveFile], ['structure-only', true]]));
    expect(result.structureOnly).toBe(true);
    expect((await listDocs(sql, result.workshopId)).map((d) => d.kind)).not.toContain('worksheet');
  });

  it('reports what is wrong with a broken archive as a usage error', async () => {
    const broken = path.join(path.dirname(archiveFile), 'broken.json');
    await writeFile(broken, JSON.stringify({ format: 'plano-workshop', version: 1 }));
    await expect(importCommand(ctx, new Map([['file', broken]]))).rejects.toThrow(CliUsageError);
    await expect(importCommand(ctx, new Map([['file', broken]]))).rejects.toThrow(/version: must be 2/);
    await expect(importCommand(ctx, new Map([['file', path.join(path.dirname(archiveFile), 'missing.json')]]))).rejects.toThrow(/cannot read/);
  });
});
