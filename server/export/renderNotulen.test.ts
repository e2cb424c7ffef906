import { beforeAll, expect, it } from 'vitest';
import { seedArchiveWorkshop } from '../archive/seedArchiveWorkshop';
import type { Sql } from '../db/Sql';
import { describeEachBackend } from '../db/testBackends';
import { docxText } from './docxText';
import { exportNotulen } from './exportNotulen';

describeEachBackend('session minutes as DOCX', (backend) => {
  let sql: Sql;
  let workshopId: string;
  beforeAll(async () => {
    sql = backend.sql();
    ({ workshopId } = await seedArchiveWorkshop(sql, 'notulen@test.local'));
  });

  it('names who attended, what each group wrote and what was agreed, read back from the Word file', async () => {
    const file = await exportNotulen(sql, workshopId, '3.1', 1, 'id', new Date('2026-12-03T02:00:00Z'));
    expect(file?.filename).toBe('Notulen-3-1-1-PDAM-Tirta-Uji.docx');
    const { text } = await docxText(file!.body);
    expect(text).toContain('Notulen Sesi');
    // Attendance: the session's group members and the Pokja chair recorded present at the agreement.
    for (const name of ['Ani Lestari', 'Dedi', 'Budi Santoso']) expect(text).toContain(name);
    expect(text).toContain('Ketua Pokja');
    // Group A's board (snapshot and the later logged edit) and group B's board.
    expect(text).toContain('Kelompok A');
    expect(text).toContain('Air mengalir 24 jam');
    expect(text).toContain('Kartu terakhir');
    expect(text).toContain('Tarif tidak jelas');
    // What the plenary agreed for topic 3.1, and the next meeting of the Kalender Kerja.
    expect(text).toContain('Pipa tua, bocor di mana-mana');
    expect(text).toContain('Catatan: Disepakati dengan catatan');
    expect(text).toContain('Rapat Pokja pertama');
  });

  it('shows only the groups formed for the session asked for', async () => {
    const { text } = await docxText((await exportNotulen(sql, workshopId, '3.1', 2, 'en', new Date('2026-12-03T02:00:00Z')))!.body);
    expect(text).toContain('Kelompok C');
    expect(text).not.toContain('Kelompok A');
    expect(text).toContain('What each group produced');
  });

  it('finds nothing for a session, topic or workshop that does not exist', async () => {
    expect(await exportNotulen(sql, workshopId, '3.1', 9, 'id')).toBeNull();
    expect(await exportNotulen(sql, workshopId, '9.9', 1, 'id')).toBeNull();
    expect(await exportNotulen(sql, 'no-such-workshop', '3.1', 1, 'id')).toBeNull();
  });
});
