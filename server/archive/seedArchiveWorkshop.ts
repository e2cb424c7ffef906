/**
 * Test helper: the export test workshop (details, roster, meeting, follow-up, amended MCUA) plus
 * what only an archive carries: two sessions' groups with filled boards, participants, a locked
 * plenary with cards, a worksheet with content, an agreed output that names its source document,
 * and an agenda edit.
 */
import * as Y from 'yjs';
import harapanKenyataanBoard from '@/lib/board/extract/fixtures/harapan-kenyataan.json';
import { saveSessionOverride } from '../db/agenda';
import { setCurrentSession } from '../db/currentSession';
import { createDocStore } from '../db/docStore';
import { createGroup } from '../db/groups';
import { ensureWorksheetDoc, insertAgreedOutput } from '../db/outputs';
import { addParticipant, removeParticipant, updateParticipant } from '../db/participants';
import type { Sql } from '../db/Sql';
import { listDocs, setDocAccess } from '../db/workshops';
import { seedExportWorkshop } from '../export/seedForTests';
import { cardRecord as testCardRecord } from '@/lib/testing/cardRecord';

export interface SeededArchiveWorkshop {
  workshopId: string;
  /** The board of the group formed in topic 3.1's first session. */
  groupBoard: string;
  plenary: string;
  worksheet: string;
}

/** A card record as the board writes it (tldraw shape in the Y.Map `tldraw`). */
export function cardRecord(id: string, text: string, x: number, y: number, groupId = 'group-1') {
  return testCardRecord(`shape:${id}`, { text, authorId: 'p1', authorName: 'Ani', groupId, createdAt: 1 }, { x, y, index: 'a2' });
}

/** One update writing `records` into a fresh doc's `tldraw` map (and `extra` into `meta`). */
export function boardUpdate(records: readonly { id: string }[], meta: Record<string, unknown> = {}): Uint8Array {
  const doc = new Y.Doc();
  doc.transact(() => {
    for (const record of records) doc.getMap('tldraw').set(record.id, record);
    for (const [key, value] of Object.entries(meta)) doc.getMap('meta').set(key, value);
  });
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}

export async function seedArchiveWorkshop(sql: Sql, email: string): Promise<SeededArchiveWorkshop> {
  const workshopId = await seedExportWorkshop(sql, email);
  const store = createDocStore(sql);

  // Session 3.1/1: two groups on the Harapan/Kenyataan sheet; group A has filled its board.
  await setCurrentSession(sql, workshopId, { topicId: '3.1', number: 1 });
  const groupA = await createGroup(sql, workshopId, { name: 'Kelompok A' });
  const groupB = await createGroup(sql, workshopId, { name: 'Kelompok B' });
  const ani = await addParticipant(sql, workshopId, { name: 'Ani Lestari', organisation: 'Bappeda', role: 'participant', groupId: groupA.id });
  const gone = await addParticipant(sql, workshopId, { name: 'Dedi', role: 'observer', groupId: groupB.id });
  await removeParticipant(sql, workshopId, gone.id);
  await store.append(groupA.boardName!, [boardUpdate(harapanKenyataanBoard as { id: string }[], { schema: { schemaVersion: 2 } })]);
  // A later edit, left in the log (not compacted), so the archive must merge snapshot and log.
  await store.compact(groupA.boardName!);
  await store.append(groupA.boardName!, [boardUpdate([cardRecord('late', 'Kartu terakhir', 100, 600)])]);
  await store.append(groupB.boardName!, [boardUpdate([cardRecord('b1', 'Tarif tidak jelas', 700, 100, groupB.id)])]);

  // Session 3.1/2: a new group (groups change per session); Ani moves into it.
  await setCurrentSession(sql, workshopId, { topicId: '3.1', number: 2 });
  const groupC = await createGroup(sql, workshopId, { name: 'Kelompok C' });
  await updateParticipant(sql, workshopId, ani.id, { groupId: groupC.id });
  await saveSessionOverride(sql, workshopId, { topicId: '3.1', number: 2, durationMinutes: 120, startsAt: new Date('2026-12-01T01:00:00Z'), removed: false });

  const docs = await listDocs(sql, workshopId);
  const plenary = docs.find((doc) => doc.kind === 'plenary')!.name;
  await store.append(plenary, [boardUpdate([cardRecord('p1', 'Kesepakatan pleno', 0, 0)], { locked: true })]);
  await setDocAccess(sql, plenary, { locked: true });

  const worksheet = await ensureWorksheetDoc(sql, { workshopId, topicId: '4.7', outputId: '4.7/assessment-matrix', title: { id: 'Matriks', en: 'Matrix' } });
  const sheet = new Y.Doc();
  sheet.getMap('criteria').set('dampak', { label: 'Dampak', order: 1 });
  sheet.getMap('weights').set('dampak', 60);
  await store.append(worksheet.name, [Y.encodeStateAsUpdate(sheet)]);
  const stateVector = Buffer.from(Y.encodeStateVector(sheet)).toString('base64');
  sheet.destroy();
  await insertAgreedOutput(sql, {
    workshopId,
    outputId: '3.1/root-causes',
    data: { format: 'items', items: [{ id: 'r1', label: 'Pipa tua, bocor di mana-mana' }] },
    sourceDocs: [{ docName: worksheet.name, stateVector }],
    present: ['Budi Santoso', 'Ani Lestari'],
    agreedBy: 'someone',
    note: 'Disepakati dengan catatan',
  });
  return { workshopId, groupBoard: groupA.boardName!, plenary, worksheet: worksheet.name };
}
