import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildArchive } from '../archive/buildArchive';
import { collectWorkshop } from '../export/collectWorkshop';
import { seedExportWorkshop } from '../export/seedForTests';
import { saveSessionOverride } from './agenda';
import { setCurrentSession } from './currentSession';
import { createDocStore } from './docStore';
import { createGroup } from './groups';
import { openLegacyPglite } from './legacyPglite';
import type { PgliteMigration } from './migrateFromPglite';
import { MIGRATIONS, runMigrations } from './migrations';
import { openDatabase } from './openDatabase';
import { addParticipant, removeParticipant } from './participants';
import { loadDocState } from './storedDoc';
import type { Sql } from './Sql';
import { verifyCredentials } from './users';
import { listDocs, setDocAccess } from './workshops';

const EXPORTED_AT = new Date('2026-12-08T00:00:00Z');

/** Everything a workshop holds, as the archive export reads it (records and every board's state). */
async function everything(sql: Sql, workshopId: string) {
  const records = await collectWorkshop(sql, workshopId);
  if (!records) throw new Error('workshop missing');
  return buildArchive(sql, records, EXPORTED_AT);
}

/** A PGlite folder as an earlier version of Plano left it: PostgreSQL's schema, a whole workshop. */
async function writeLegacyFolder(dataDir: string): Promise<{ workshopId: string; archive: Awaited<ReturnType<typeof everything>>; lastSeq: number }> {
  const legacy = await openLegacyPglite(path.join(dataDir, 'pglite'));
  try {
    const sql = legacy.sql;
    await runMigrations(sql, MIGRATIONS);
    const workshopId = await seedExportWorkshop(sql, 'lama@test.local');
    await setCurrentSession(sql, workshopId, { topicId: '2.1', number: 1 });
    const group = await createGroup(sql, workshopId, { name: 'Kelompok Hulu' });
    await addParticipant(sql, workshopId, { name: 'Sari', organisation: 'Bappeda', role: 'participant', groupId: group.id });
    const leaver = await addParticipant(sql, workshopId, { name: 'Andi', role: 'observer' });
    await removeParticipant(sql, workshopId, leaver.id);
    await saveSessionOverride(sql, workshopId, { topicId: '2.1', number: 1, durationMinutes: 90, startsAt: new Date('2027-01-12T01:30:00Z'), removed: false });
    const [plenary, board] = await listDocs(sql, workshopId);
    await setDocAccess(sql, board.name, { locked: true, openForParticipants: true });
    // A board with a snapshot and a log after it, and one with a log only.
    const store = createDocStore(sql);
    const doc = new Y.Doc();
    doc.on('update', (update: Uint8Array) => void pending.push(update));
    const pending: Uint8Array[] = [];
    for (let i = 0; i < 40; i++) doc.getMap('cards').set(`card-${i}`, { text: `Kartu ${i}`, color: 'yellow' });
    await store.append(plenary.name, pending.splice(0));
    await store.compact(plenary.name);
    doc.getText('catatan').insert(0, 'Air tidak mengalir 24 jam');
    const lastSeq = await store.append(plenary.name, pending.splice(0));
    await store.append(board.name, [Y.encodeStateAsUpdate(doc)]);
    return { workshopId, archive: await everything(sql, workshopId), lastSeq };
  } finally {
    await legacy.close();
  }
}

describe('moving an earlier version\'s PGlite folder into SQLite', () => {
  let dataDir: string;
  let legacy: Awaited<ReturnType<typeof writeLegacyFolder>>;
  const migrations: PgliteMigration[] = [];
  let sql: Sql;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'plano-pglite-'));
    legacy = await writeLegacyFolder(dataDir);
    sql = await openDatabase({ dataDir, onPgliteMigrated: (migration) => migrations.push(migration) });
  }, 120_000);
  afterAll(async () => {
    await sql?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('keeps every workshop record, board and agreed version as it was', async () => {
    expect(await everything(sql, legacy.workshopId)).toEqual(legacy.archive);
    expect(legacy.archive.docs.some((d) => d.access.locked)).toBe(true);
    expect(legacy.archive.participants).toHaveLength(2);
    expect(legacy.archive.agreedOutputs.length).toBeGreaterThan(0);
  });

  it('keeps accounts able to sign in with their passwords', async () => {
    expect(await verifyCredentials(sql, 'lama@test.local', 'password-123')).toMatchObject({ email: 'lama@test.local' });
  });

  it('continues the update log after the highest number the old one used', async () => {
    const [plenary] = await listDocs(sql, legacy.workshopId);
    const before = await loadDocState(createDocStore(sql), plenary.name);
    const next = await createDocStore(sql).append(plenary.name, [before]);
    expect(next).toBeGreaterThan(legacy.lastSeq);
  });

  it('says what it moved, keeps the old folder beside the new file, and moves it only once', async () => {
    expect(migrations).toHaveLength(1);
    expect(migrations[0].rows).toMatchObject({ workshops: 1, users: 1, participants: 2 });
    expect(migrations[0].rows.doc_updates).toBeGreaterThan(0);
    expect(existsSync(path.join(dataDir, 'pglite', 'PG_VERSION'))).toBe(true);
    expect(existsSync(path.join(dataDir, 'plano.db'))).toBe(true);
    const again = await openDatabase({ dataDir, onPgliteMigrated: (migration) => migrations.push(migration) });
    await again.close();
    expect(migrations).toHaveLength(1);
  });
});
