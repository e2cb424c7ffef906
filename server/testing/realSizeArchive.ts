/**
 * Test support: a workshop archive at the size a real workshop reaches, generated (never committed
 * as a file): a plenary of 2,000 ordinary metaplan cards, 18 table worksheets of different forms
 * with rows, the 2.1 ranking matrix and the 4.7 MCUA, and agreed versions naming their sheets.
 * It is built the way the server exports (`buildArchive`): each document's whole Yjs state in base64.
 */
import * as Y from 'yjs';
import { META_MAP, RECORDS_MAP } from '@/lib/board/docMeta';
import { cardRecord } from '@/lib/testing/cardRecord';
import { seededRandom } from '@/lib/testing/seededRandom';
import { outputById } from '@/lib/method/outputs';
import type { OutputId } from '@/lib/method/types';
import { TOPICS } from '@/lib/method/topics';
import { worksheetOutputsOf, worksheetTypeOf } from '@/lib/outputs/sheetOutputs';
import { TABLE_FORM_OF_KIND } from '@/lib/worksheets/forms';
import type { CellValue, ColumnSpec } from '@/lib/worksheets/tableForm';
import { cellKey, isTextColumn, textRootName } from '@/lib/worksheets/tableSheet';
import { ARCHIVE_FORMAT, ARCHIVE_VERSION, type Archive } from '../archive/archiveSchema';

/**
 * The workshop of the report (issue 19): 2,000 ordinary cards on the plenary, whose archive came to
 * 5.9 MB, and 20 worksheets. Cards here hold a short paragraph, so the plenary's state alone is
 * over 4.5 million base64 characters as it was there.
 */
export const REAL_SIZE = { plenaryCards: 2000, worksheets: 20, wordsPerCard: { min: 180, max: 290 } } as const;

const WORDS = ['air', 'pipa', 'tekanan', 'meter', 'tagihan', 'keluhan', 'loket', 'bocor', 'keruh', 'malam', 'pelanggan', 'tarif', 'zona', 'reservoir', 'pompa', 'listrik', 'antrian', 'petugas'];

function sentence(random: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[Math.floor(random() * WORDS.length)]);
  const text = out.join(' ');
  return text[0].toUpperCase() + text.slice(1);
}

function encode(doc: Y.Doc): string {
  const state = Buffer.from(Y.encodeStateAsUpdate(doc)).toString('base64');
  doc.destroy();
  return state;
}

/**
 * The plenary as the board writes it: tldraw's document and page records, then each card written
 * the way a person makes it (created empty, its text typed a few words at a time, dragged into place),
 * one transaction each, so the document carries the history a real board does.
 */
function plenaryState(random: () => number, cards: number): string {
  const doc = new Y.Doc();
  const records = doc.getMap(RECORDS_MAP);
  doc.transact(() => {
    records.set('document:document', { id: 'document:document', typeName: 'document', gridSize: 10, name: '', meta: {} });
    records.set('page:page', { id: 'page:page', typeName: 'page', name: 'Halaman 1', index: 'a1', meta: {} });
    doc.getMap(META_MAP).set('schema', { schemaVersion: 2 });
  });
  for (let i = 0; i < cards; i++) {
    const id = `shape:card${String(i).padStart(5, '0')}`;
    const author = { authorId: `p${i % 30}`, authorName: `Peserta ${i % 30}`, createdAt: 1_764_460_000_000 + i * 1000 };
    const { min, max } = REAL_SIZE.wordsPerCard;
    const words = sentence(random, min + Math.floor(random() * (max - min))).split(' ');
    const place = { x: (i % 50) * 260, y: Math.floor(i / 50) * 200, index: `a${i}` };
    doc.transact(() => records.set(id, cardRecord(id, { ...author, text: '' }, { ...place, x: place.x + 40 })));
    for (let n = 5; n < words.length; n += 5) doc.transact(() => records.set(id, cardRecord(id, { ...author, text: words.slice(0, n).join(' ') }, { ...place, x: place.x + 40 })));
    // Gathered from a group board: the plenary card remembers where it came from (lib/plenary/gatheredFrom.ts).
    const group = i % 6;
    const meta = { gatheredFrom: { docName: `GroupBoard${group}xxxxxxxxxxxx`, shapeId: `shape:${i}`, groupId: `group-${group}`, areaRole: 'harapan:service-delivery' }, groupName: `Kelompok ${group + 1}`, groupColor: '#2563eb' };
    doc.transact(() => records.set(id, { ...cardRecord(id, { ...author, text: words.join(' ') }, place), meta }));
  }
  return encode(doc);
}

function cellFor(column: ColumnSpec, random: () => number, row: number): CellValue {
  switch (column.type) {
    case 'number':
      return Math.max(column.min ?? 0, Math.min(column.max ?? 1000, Math.round(random() * 100)));
    case 'check':
      return random() < 0.5;
    case 'choice':
      return column.choices![row % column.choices!.length].id;
    default:
      return `${sentence(random, 2 + Math.floor(random() * 6))} (${row + 1})`;
  }
}

/** A table worksheet with `rows` filled rows, in the layout of lib/worksheets/tableSheet.ts (text cells shared). */
function tableState(formId: string, random: () => number, rows: number): { state: string; rows: { id: string; cells: Record<string, CellValue> }[] } {
  const form = Object.values(TABLE_FORM_OF_KIND).find((f) => f?.id === formId)!;
  const doc = new Y.Doc();
  const written: { id: string; cells: Record<string, CellValue> }[] = [];
  doc.transact(() => {
    doc.getMap('sheet').set('form', form.id);
    const fixed = form.fixedRows ?? [];
    const ids = [...fixed.map((f) => f.id), ...Array.from({ length: rows }, (_, i) => `row${i}`)];
    ids.forEach((id, order) => {
      doc.getMap('rows').set(id, { order: order - fixed.length });
      const cells: Record<string, CellValue> = {};
      for (const column of form.columns) {
        if (fixed.some((f) => f.id === id) && column.id === form.labelColumn) continue;
        cells[column.id] = cellFor(column, random, order);
        // As the sheet writes them: text in the cell's shared text, other values in `cells`.
        if (isTextColumn(column)) doc.getText(textRootName(id, column.id)).insert(0, String(cells[column.id]));
        else doc.getMap('cells').set(cellKey(id, column.id), cells[column.id]);
      }
      written.push({ id, cells });
    });
  });
  return { state: encode(doc), rows: written };
}

function rankingState(): string {
  const doc = new Y.Doc();
  doc.transact(() => {
    doc.getMap('rankingCriteria').set('urgensi', { label: 'Tingkat urgensi', order: 1 });
    doc.getMap('rankingCriteria').set('cakupan', { label: 'Cakupan manfaat', order: 2 });
    ['Kebocoran pipa', 'Tagihan salah', 'Jam layanan loket'].forEach((label, order) => doc.getMap('rankingIssues').set(`issue${order}`, { label, order }));
    const scores: [string, number, number][] = [
      ['issue0', 5, 4],
      ['issue1', 4, 4],
      ['issue2', 3, 3],
    ];
    for (const [issue, urgensi, cakupan] of scores) {
      doc.getMap('rankingScores').set(`1:${issue}:urgensi`, urgensi);
      doc.getMap('rankingScores').set(`1:${issue}:cakupan`, cakupan);
    }
  });
  return encode(doc);
}

function mcuaState(random: () => number): string {
  const doc = new Y.Doc();
  doc.transact(() => {
    ['Dampak', 'Biaya', 'Waktu'].forEach((label, order) => {
      doc.getMap('criteria').set(`c${order}`, { label, order });
      doc.getMap('weights').set(`c${order}`, [40, 35, 25][order]);
    });
    for (let a = 0; a < 12; a++) {
      doc.getMap('actions').set(`a${a}`, { label: sentence(random, 4), aspect: (['technical', 'financial', 'management'] as const)[a % 3], order: a });
      for (let c = 0; c < 3; c++) doc.getMap('scores').set(`a${a}:c${c}`, 1 + Math.floor(random() * 5));
    }
  });
  return encode(doc);
}

/** Eighteen table outputs of the method, each filled in a worksheet of its own. */
function tableOutputs(): OutputId[] {
  const outputs = TOPICS.flatMap((topic) => worksheetOutputsOf(topic)).filter((output) => worksheetTypeOf(output.kind)?.type === 'table');
  return outputs.slice(0, REAL_SIZE.worksheets - 2).map((output) => output.id);
}

/**
 * The archive of a workshop at real size. `seed` makes the text differ between calls while the
 * shape stays the same; `plenaryCards` makes a smaller one.
 */
export function realSizeArchive({ seed = 19, plenaryCards = REAL_SIZE.plenaryCards }: { seed?: number; plenaryCards?: number } = {}): Archive {
  const random = seededRandom(seed);
  const name = (n: number) => `RealSizeDoc${String(n).padStart(4, '0')}`;
  const docs: Archive['docs'] = [
    {
      name: name(0),
      kind: 'plenary',
      topicId: null,
      groupId: null,
      outputId: null,
      template: null,
      title: { id: 'Papan pleno', en: 'Plenary board' },
      access: { openForParticipants: true, locked: false },
      state: plenaryState(random, plenaryCards),
    },
  ];
  const agreedOutputs: Archive['agreedOutputs'] = [];
  const worksheet = (outputId: OutputId, state: string) => {
    const output = outputById(outputId);
    if (!output) throw new Error(`no output ${outputId}`);
    const docName = name(docs.length);
    docs.push({
      name: docName,
      kind: 'worksheet',
      topicId: outputId.split('/')[0],
      groupId: null,
      outputId,
      template: null,
      title: output.title,
      access: { openForParticipants: false, locked: false },
      state,
    });
    return docName;
  };
  for (const outputId of tableOutputs()) {
    const form = TABLE_FORM_OF_KIND[outputById(outputId)!.kind]!;
    const sheet = tableState(form.id, random, 12 + Math.floor(random() * 20));
    const docName = worksheet(outputId, sheet.state);
    agreedOutputs.push({
      outputId,
      version: 1,
      agreedAt: '2026-12-01T03:00:00.000Z',
      agreedBy: 'facilitator-1',
      present: ['Budi Santoso', 'Ani Lestari', 'Ir. Andi'],
      note: null,
      data: { format: 'table', form: form.id, rows: sheet.rows },
      sourceDocs: [{ docName, stateVector: 'AA==' }],
    });
  }
  worksheet('2.1/main-issue', rankingState());
  worksheet('4.7/assessment-matrix', mcuaState(random));
  return {
    format: ARCHIVE_FORMAT,
    version: ARCHIVE_VERSION,
    exportedAt: '2026-12-03T02:00:00.000Z',
    workshop: {
      id: 'real-size-workshop',
      title: 'Lokakarya STPP Ukuran Nyata',
      pdam: 'PDAM Tirta Uji',
      region: 'Kota Uji',
      venue: 'Aula PDAM',
      startsOn: '2026-11-30',
      endsOn: '2026-12-02',
      timeZone: 'WITA',
      currentSession: null,
    },
    roster: [],
    groups: [],
    participants: [],
    topicStatuses: {},
    agenda: { sessions: [] },
    calendar: { meetings: [] },
    followUps: [],
    agreedOutputs,
    docs,
  };
}
