import { copyFile, mkdir, mkdtemp, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { buildArchive } from '../archive/buildArchive';
import { collectWorkshop } from '../export/collectWorkshop';
import { seedExportWorkshop } from '../export/seedForTests';
import { startTestServer, waitFor } from '../testing/testServer';
import { backupFileName, startDatabaseMaintenance, type DatabaseMaintenance } from './databaseMaintenance';
import { createDocStore } from './docStore';
import { EMBEDDED_DATABASE_FILE, openDatabase } from './openDatabase';
import type { Sql } from './Sql';
import { listDocs } from './workshops';

async function archiveOf(sql: Sql, workshopId: string) {
  const records = await collectWorkshop(sql, workshopId);
  if (!records) throw new Error('no such workshop');
  return buildArchive(sql, records, new Date(0));
}

async function withDatabase(run: (sql: Sql, dataDir: string, maintenance: (keep?: number, idleStopMs?: number) => DatabaseMaintenance) => Promise<void>) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'plano-maintenance-'));
  const sql = await openDatabase({ dataDir, checkpointedElsewhere: true });
  const started: DatabaseMaintenance[] = [];
  const maintenance = (keep = 3, idleStopMs?: number) => {
    const m = startDatabaseMaintenance({
      idleStopMs,
      file: path.join(dataDir, EMBEDDED_DATABASE_FILE),
      backupDir: path.join(dataDir, 'backups'),
      backupEveryMs: 0,
      keepBackups: keep,
      onError: (message) => {
        throw new Error(message);
      },
    });
    started.push(m);
    return m;
  };
  try {
    await run(sql, dataDir, maintenance);
  } finally {
    for (const m of started) await m.close();
    await sql.close();
  }
}

async function writeBoard(sql: Sql, docName: string, cards: number): Promise<void> {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => void updates.push(update));
  for (let i = 0; i < cards; i++) doc.getMap('cards').set(`card-${i}`, { text: `Kartu nomor ${i}`, color: 'pink' });
  await createDocStore(sql).append(docName, updates);
}

describe('backups of the embedded database', () => {
  it('restores into a fresh data folder with the same workshops, records and boards', async () => {
    await withDatabase(async (sql, _dataDir, maintenance) => {
      const workshopId = await seedExportWorkshop(sql);
      const [plenary] = await listDocs(sql, workshopId);
      await writeBoard(sql, plenary.name, 500);
      const backup = await maintenance().backupNow();
      expect(path.basename(backup.path)).toMatch(/^plano-\d{8}T\d{9}Z\.db$/);

      const restored = await mkdtemp(path.join(os.tmpdir(), 'plano-restored-'));
      await copyFile(backup.path, path.join(restored, EMBEDDED_DATABASE_FILE));
      const copy = await openDatabase({ dataDir: restored });
      try {
        expect(await archiveOf(copy, workshopId)).toEqual(await archiveOf(sql, workshopId));
      } finally {
        await copy.close();
      }
    });
  });

  it('keeps only the newest copies', async () => {
    await withDatabase(async (sql, dataDir, maintenance) => {
      // Older copies from earlier days, and a file of someone else's that must stay.
      await mkdir(path.join(dataDir, 'backups'));
      for (const day of [1, 2, 3]) await copyFile(path.join(dataDir, EMBEDDED_DATABASE_FILE), path.join(dataDir, 'backups', backupFileName(new Date(Date.UTC(2026, 0, day)))));
      await copyFile(path.join(dataDir, EMBEDDED_DATABASE_FILE), path.join(dataDir, 'backups', 'my-own-copy.db'));
      const newest = await maintenance(2).backupNow();
      const left = (await readdir(path.join(dataDir, 'backups'))).sort();
      expect(left).toEqual(['my-own-copy.db', backupFileName(new Date(Date.UTC(2026, 0, 3))), path.basename(newest.path)].sort());
    });
  });

  it('moves committed writes into the database file itself off the event loop (checkpoint)', async () => {
    await withDatabase(async (sql, dataDir, maintenance) => {
      await writeBoard(sql, 'checkpointProbe1', 300);
      const result = await maintenance().checkpointNow();
      expect(result.log).toBeGreaterThan(0);
      expect(result.checkpointed).toBe(result.log);
      // The database file alone, without its WAL, now holds the board.
      const alone = await mkdtemp(path.join(os.tmpdir(), 'plano-checkpointed-'));
      await copyFile(path.join(dataDir, EMBEDDED_DATABASE_FILE), path.join(alone, EMBEDDED_DATABASE_FILE));
      const copy = await openDatabase({ dataDir: alone });
      try {
        expect((await createDocStore(copy).load('checkpointProbe1')).updates.length).toBeGreaterThan(0);
      } finally {
        await copy.close();
      }
    });
  });
});

describe('the maintenance thread', () => {
  it('runs only while edits come in: it starts at a write and stops when the writes stop', async () => {
    await withDatabase(async (_sql, _dataDir, maintenance) => {
      const m = maintenance(3, 150);
      expect(m.running).toBe(false);
      m.noteWrite();
      expect(m.running).toBe(true);
      await waitFor(() => !m.running, 'the idle thread to stop');
      m.noteWrite();
      expect(m.running).toBe(true);
    });
  });

  it('backs up at shutdown only what changed since the last backup', async () => {
    await withDatabase(async (_sql, dataDir, maintenance) => {
      const m = maintenance();
      await m.backupNow();
      await m.close();
      expect(await readdir(path.join(dataDir, 'backups'))).toHaveLength(1);
      const again = maintenance();
      again.noteWrite();
      await again.close();
      expect(await readdir(path.join(dataDir, 'backups'))).toHaveLength(2);
    });
  });
});

describe('a server on the embedded database', () => {
  it('writes a backup when it shuts down', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'plano-shutdown-backup-'));
    const server = await startTestServer({ dataDir });
    await server.close();
    const backups = await readdir(path.join(dataDir, 'backups'));
    expect(backups).toHaveLength(1);
    const copy = await mkdtemp(path.join(os.tmpdir(), 'plano-shutdown-restored-'));
    await copyFile(path.join(dataDir, 'backups', backups[0]), path.join(copy, EMBEDDED_DATABASE_FILE));
    const sql = await openDatabase({ dataDir: copy });
    try {
      expect(await listDocs(sql, server.workshop.id)).toHaveLength(server.workshop.docs.length);
    } finally {
      await sql.close();
    }
  });
});
