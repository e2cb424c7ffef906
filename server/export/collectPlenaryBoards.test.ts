import JSZip from 'jszip';
import { beforeAll, expect, it } from 'vitest';
import * as Y from 'yjs';
import { RECORDS_MAP } from '@/lib/board/docMeta';
import { cardRecord } from '@/lib/document/boardFixture';
import { createDocStore } from '../db/docStore';
import { createGroup } from '../db/groups';
import type { Sql } from '../db/Sql';
import { describeEachBackend } from '../db/testBackends';
import { listDocs } from '../db/workshops';
import { collectPlenaryBoards } from './collectWorkshop';
import { docxText } from './docxText';
import { exportWorkshop } from './exportWorkshop';
import { compact, pdfPages } from './pdfText';
import { seedExportWorkshop } from './seedForTests';

describeEachBackend('the plenary boards of the draft STPP’s annex', (backend) => {
  let sql: Sql;
  let workshopId: string;
  let plenary: string;
  let topicBoard: string;
  beforeAll(async () => {
    sql = backend.sql();
    workshopId = await seedExportWorkshop(sql, 'annex@test.local');
    const docs = await listDocs(sql, workshopId);
    plenary = docs.find((d) => d.kind === 'plenary')!.name;
    topicBoard = docs.find((d) => d.kind === 'board' && d.topicId === '2.1' && d.groupId === null)!.name;
    const group = await createGroup(sql, workshopId, { name: 'Kelompok A' });
    const store = createDocStore(sql);
    /** Cards the way a room stores them: the first in a snapshot, any later ones in the log after it. */
    async function storeCards(docName: string, cards: ReturnType<typeof cardRecord>[]) {
      const doc = new Y.Doc();
      const map = doc.getMap(RECORDS_MAP);
      map.set(cards[0].id, cards[0]);
      const seq = await store.append(docName, [Y.encodeStateAsUpdate(doc)]);
      await store.writeSnapshot(docName, Y.encodeStateAsUpdate(doc), seq);
      const before = Y.encodeStateVector(doc);
      for (const card of cards.slice(1)) map.set(card.id, card);
      await store.append(docName, [Y.encodeStateAsUpdate(doc, before)]);
    }
    await storeCards(plenary, [cardRecord('shape:p1', 'Air keruh di musim hujan', 0, 0, 'pink'), cardRecord('shape:p2', 'Jam layanan loket', 300, 0)]);
    await storeCards(topicBoard, [cardRecord('shape:t1', 'Meter pelanggan rusak', 0, 0, 'green')]);
    await storeCards(group.boardName!, [cardRecord('shape:g1', 'Kartu kelompok saja', 0, 0)]);
  });

  it('reads the plenary and each topic’s own board from storage, snapshot and later updates, but no group board', async () => {
    const readAt = new Date('2026-12-03T02:00:00Z');
    const boards = await collectPlenaryBoards(sql, workshopId, readAt);
    expect(boards[0]).toMatchObject({ docName: plenary, readAt });
    const texts = (docName: string) =>
      boards
        .find((b) => b.docName === docName)!
        .records.flatMap((r) => ((r as { type?: string }).type === 'plano-card' ? [(r as ReturnType<typeof cardRecord>).props.text] : []))
        .sort();
    expect(texts(plenary)).toEqual(['Air keruh di musim hujan', 'Jam layanan loket']);
    expect(texts(topicBoard)).toEqual(['Meter pelanggan rusak']);
    const allText = JSON.stringify(boards.map((b) => b.records));
    expect(allText).not.toContain('Kartu kelompok saja');
  });

  it('annexes the boards that hold cards to the exported DOCX and PDF', async () => {
    const docx = (await exportWorkshop(sql, workshopId, 'docx', 'id'))!.body;
    const zip = await JSZip.loadAsync(docx);
    const media = Object.keys(zip.files).filter((name) => name.startsWith('word/media/'));
    expect(media.filter((name) => name.endsWith('.svg'))).toHaveLength(2);
    expect(media.filter((name) => name.endsWith('.png'))).toHaveLength(2);
    const { text } = await docxText(docx);
    expect(text).toContain('Gambar 1: Papan Pleno');
    expect(text).toMatch(/Gambar 2: 2\.1 /);

    const pdf = (await exportWorkshop(sql, workshopId, 'pdf', 'en'))!.body;
    const pdfText = compact((await pdfPages(pdf)).map((p) => p.text).join('\n'));
    for (const line of ['Annex: plenary board images', 'Air keruh di musim hujan', 'Meter pelanggan rusak']) expect(pdfText).toContain(compact(line));
    expect(pdfText).not.toContain(compact('Kartu kelompok saja'));
  });
});
