/** Boards for the annex tests (here and in `server/export`): records as a room stores them. */
import type { CardColor } from '../shapes/cardColors';
import { cardRecord as testCardRecord } from '../testing/cardRecord';
import type { DraftBoard } from './input';

/** A card record as the card tool writes it into the Y.Map `tldraw`. */
export function cardRecord(id: string, text: string, x: number, y: number, color: CardColor = 'yellow') {
  return testCardRecord(id, { text, color, authorId: 'u1', authorName: 'Ani', createdAt: 1 }, { x, y });
}

/** The plenary with two cards, topic 2.1's board with one, topic 2.3's board empty. */
export function seededPlenaryBoards(): DraftBoard[] {
  const readAt = new Date('2026-12-03T02:00:00Z');
  return [
    {
      docName: 'w1-plenary',
      title: { id: 'Papan pleno', en: 'Plenary board' },
      readAt,
      records: [{ id: 'page:page', typeName: 'page', name: 'Halaman 1' }, cardRecord('shape:a', 'Air keruh di musim hujan', 0, 0, 'pink'), cardRecord('shape:b', 'Tekanan <rendah> & tidak merata', 300, 0, 'blue')],
    },
    { docName: 'w1-topic-2-1', title: { id: '2.1 Isu utama', en: '2.1 Main issue' }, readAt, records: [cardRecord('shape:c', 'Meter pelanggan rusak', 40, 40, 'green')] },
    { docName: 'w1-topic-2-3', title: { id: '2.3 Kesenjangan', en: '2.3 Gaps' }, readAt, records: [{ id: 'page:page', typeName: 'page', name: 'Halaman 1' }] },
  ];
}
