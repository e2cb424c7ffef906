import { beforeAll, expect, it } from 'vitest';
import { queryEachInTransaction, type Sql } from '../db/Sql';
import { describeEachBackend } from '../db/testBackends';
import { createUser } from '../db/users';
import { collectWorkshop } from '../export/collectWorkshop';
import type { Archive } from './archiveSchema';
import { buildArchive } from './buildArchive';
import { importArchive } from './importArchive';
import { seedArchiveWorkshop, type SeededArchiveWorkshop } from './seedArchiveWorkshop';
import { docContent } from '../testing/archiveContent';

async function exportArchive(sql: Sql, workshopId: string): Promise<Archive> {
  const records = await collectWorkshop(sql, workshopId);
  if (!records) throw new Error(`no workshop ${workshopId}`);
  return buildArchive(sql, records, new Date('2026-12-03T02:00:00Z'));
}

const TABLES = ['workshops', 'workshop_members', 'docs', 'doc_updates', 'doc_snapshots', 'groups', 'participants', 'group_members', 'roster', 'meetings', 'follow_ups', 'agreed_outputs', 'topic_progress', 'agenda_sessions'];

async function rowCounts(sql: Sql): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of TABLES) counts[table] = Number((await sql.query<{ n: number }>(`select count(*)::int as n from ${table}`))[0].n);
  return counts;
}

describeEachBackend('workshop archives', (backend) => {
  let sql: Sql;
  let seeded: SeededArchiveWorkshop;
  let importer: string;
  let original: Archive;
  let text: string;
  beforeAll(async () => {
    sql = backend.sql();
    seeded = await seedArchiveWorkshop(sql, 'archive@test.local');
    importer = (await createUser(sql, { email: 'importer@test.local', name: 'Importir', password: 'password-123' })).id;
    original = await exportArchive(sql, seeded.workshopId);
    text = JSON.stringify(original);
  });

  it('holds every session’s groups, the people and every document’s state', () => {
    expect(original.groups.map((g) => g.name)).toEqual(['Kelompok A', 'Kelompok B', 'Kelompok C']);
    expect(original.participants.map((p) => [p.name, p.groupIds.length, p.removedAt !== null])).toEqual([
      ['Ani Lestari', 2, false],
      ['Dedi', 1, true],
    ]);
    const board = original.docs.find((d) => d.name === seeded.groupBoard)!;
    const cards = Object.values(docContent(board.state).tldraw as Record<string, { type?: string; props: { text: string } }>).filter((r) => r.type === 'plano-card');
    // The compacted snapshot and the edit logged after it, both.
    expect(cards.map((c) => c.props.text)).toEqual(expect.arrayContaining(['Air mengalir 24 jam', 'Kartu terakhir']));
  });

  it('imports as a new workshop whose export matches the original, document by document and output by output', async () => {
    const result = await importArchive(sql, text, importer);
    if (!result.ok) throw new Error(result.error);
    const copy = await exportArchive(sql, result.workshop.workshopId);
    const rename = (name: string) => result.workshop.docNames[name];

    expect(copy.workshop.id).not.toBe(original.workshop.id);
    expect({ ...copy.workshop, id: null }).toEqual({ ...original.workshop, id: null });
    expect(copy.docs).toHaveLength(original.docs.length);
    original.docs.forEach((doc, i) => {
      const imported = copy.docs[i];
      expect(imported.name).toBe(rename(doc.name));
      expect(imported.name).not.toBe(doc.name);
      expect({ ...imported, name: null, groupId: null, state: null }).toEqual({ ...doc, name: null, groupId: null, state: null });
      expect(docContent(imported.state)).toEqual(docContent(doc.state));
      expect(Buffer.from(imported.state, 'base64').equals(Buffer.from(doc.state, 'base64'))).toBe(true);
    });
    expect(copy.agreedOutputs).toHaveLength(original.agreedOutputs.length);
    original.agreedOutputs.forEach((output, i) => {
      const imported = copy.agreedOutputs[i];
      expect(JSON.stringify(imported.data)).toBe(JSON.stringify(output.data));
      expect({ ...imported, sourceDocs: null }).toEqual({ ...output, sourceDocs: null });
      expect(imported.sourceDocs).toEqual(output.sourceDocs.map((s) => ({ ...s, docName: rename(s.docName) })));
    });
    // Groups and people keep their names, order and session, with new ids mapped consistently.
    const groupName = (archive: Archive, id: string) => archive.groups.find((g) => g.id === id)?.name;
    expect(copy.groups.map((g) => ({ ...g, id: null, boardName: null }))).toEqual(original.groups.map((g) => ({ ...g, id: null, boardName: null })));
    expect(copy.groups.map((g) => g.boardName)).toEqual(original.groups.map((g) => g.boardName && rename(g.boardName)));
    expect(copy.docs.map((d) => d.groupId && groupName(copy, d.groupId))).toEqual(original.docs.map((d) => d.groupId && groupName(original, d.groupId)));
    expect(copy.participants.map((p) => ({ ...p, id: null, groupIds: p.groupIds.map((id) => groupName(copy, id)) }))).toEqual(
      original.participants.map((p) => ({ ...p, id: null, groupIds: p.groupIds.map((id) => groupName(original, id)) })),
    );
    const withoutIds = <T extends { id: string }>(list: T[]) => list.map((item) => ({ ...item, id: null }));
    expect(withoutIds(copy.roster)).toEqual(withoutIds(original.roster));
    expect(withoutIds(copy.calendar.meetings)).toEqual(withoutIds(original.calendar.meetings));
    expect(withoutIds(copy.followUps)).toEqual(withoutIds(original.followUps));
    expect(copy.topicStatuses).toEqual(original.topicStatuses);
    expect(copy.agenda).toEqual(original.agenda);
  });

  it('makes the importing facilitator the only member, with a join code of its own', async () => {
    const result = await importArchive(sql, text, importer);
    if (!result.ok) throw new Error(result.error);
    const members = await sql.query<{ user_id: string; role: string }>('select user_id, role from workshop_members where workshop_id = $1', [result.workshop.workshopId]);
    expect(members).toEqual([{ user_id: importer, role: 'facilitator' }]);
    const [codes] = await sql.query<{ n: number }>('select count(distinct join_code)::int as n from workshops');
    const [workshops] = await sql.query<{ n: number }>('select count(*)::int as n from workshops');
    expect(codes.n).toBe(workshops.n);
  });

  it('keeps groups and board templates but no cards, outputs, worksheets or people when importing the structure only', async () => {
    const result = await importArchive(sql, text, importer, { structureOnly: true });
    if (!result.ok) throw new Error(result.error);
    const copy = await exportArchive(sql, result.workshop.workshopId);
    expect(copy.groups.map((g) => [g.name, g.session])).toEqual(original.groups.map((g) => [g.name, g.session]));
    expect(copy.agreedOutputs).toEqual([]);
    expect(copy.participants).toEqual([]);
    expect(copy.roster).toEqual([]);
    expect(copy.calendar.meetings).toEqual([]);
    expect(copy.followUps).toEqual([]);
    expect(copy.docs.map((d) => d.kind)).not.toContain('worksheet');
    expect(copy.workshop).toMatchObject({ pdam: 'PDAM Tirta Uji', startsOn: null, endsOn: null, venue: null, currentSession: { topicId: '3.1', number: 2 } });
    expect(copy.agenda.sessions).toEqual([{ topicId: '3.1', number: 2, durationMinutes: 120, startsAt: null, removed: false }]);

    const board = copy.docs.find((d) => d.name === result.workshop.docNames[seeded.groupBoard])!;
    expect(board.template).toBe('harapan-kenyataan');
    const records = Object.values(docContent(board.state).tldraw as Record<string, { typeName: string; type?: string; props?: { role?: string } }>);
    expect(records.filter((r) => r.type === 'plano-card')).toEqual([]);
    expect(records.filter((r) => r.type === 'plano-area').map((r) => r.props?.role)).toContain('harapan:target-groups');
    expect(records.map((r) => r.typeName)).toEqual(expect.arrayContaining(['document', 'page']));
    const plenary = copy.docs.find((d) => d.kind === 'plenary')!;
    expect(plenary.access).toEqual({ openForParticipants: false, locked: false });
    expect(docContent(plenary.state).meta ?? {}).toEqual({});
  });

  /** The archive with one document changed: by default the filled group board. */
  const withDoc = (change: (doc: Archive['docs'][number]) => void, index = original.docs.findIndex((d) => d.name === seeded.groupBoard)) => {
    const archive = structuredClone(original);
    change(archive.docs[index]);
    return JSON.stringify(archive);
  };
  const corruptions: [string, () => string, RegExp][] = [
    ['a truncated base64 state', () => withDoc((d) => void (d.state = d.state.slice(0, d.state.length - 7))), /docs\.\d+\.state: must be base64/],
    ['a truncated Yjs update', () => withDoc((d) => void (d.state = Buffer.from(Buffer.from(d.state, 'base64').subarray(0, 40)).toString('base64'))), /document [\w-]+ \(docs\.\d+\.state\) is not a readable Yjs update/],
    ['a garbage Yjs update', () => withDoc((d) => void (d.state = Buffer.from('this is not yjs at all, just words').toString('base64'))), /document [\w-]+ \(docs\.\d+\.state\) is (not a readable|an incomplete) Yjs update/],
    ['a wrong version', () => JSON.stringify({ ...original, version: 3 }), /version: must be 2/],
    ['a document name with ../', () => withDoc((d) => void (d.name = '../../etc/passwd')), /docs\.\d+\.name: must be an opaque document name/],
    ['duplicate group ids', () => JSON.stringify({ ...original, groups: [original.groups[0], { ...original.groups[1], id: original.groups[0].id }, ...original.groups.slice(2)] }), /groups\.1\.id: duplicate id/],
    ['duplicate document names', () => withDoc((d) => void (d.name = original.docs[0].name)), /docs\.\d+\.name: duplicate document name/],
    ['a group that is not in the archive', () => JSON.stringify({ ...original, participants: [{ ...original.participants[0], groupIds: ['nowhere'] }] }), /participants\.0\.groupIds\.0: .*"nowhere", which is not in the archive/],
    ['an output from a missing document', () => JSON.stringify({ ...original, agreedOutputs: original.agreedOutputs.map((o) => ({ ...o, sourceDocs: [{ docName: 'missing-doc-name', stateVector: 'AA==' }] })) }), /sourceDocs\.0\.docName: .*"missing-doc-name", which is not in the archive/],
    ['a follow-up due on 31 February', () => JSON.stringify({ ...original, followUps: [{ ...original.followUps[0], dueOn: '2026-02-31' }] }), /followUps\.0\.dueOn: must be a date of the calendar/],
    ['a file that is not JSON', () => text.slice(0, 1000), /not JSON/],
    ['another format', () => JSON.stringify({ ...original, format: 'something-else' }), /format: must be "plano-workshop"/],
    // Written as text: JSON.stringify itself cannot make data this deep.
    ['agreed data nested 100,000 levels deep', () => text.replace(/"data":\{/, `"data":${'['.repeat(100_000)}${']'.repeat(100_000)},"unused":{`), /agreedOutputs\.0\.data: must not nest deeper than 32 levels/],
    ['a name holding a NUL', () => JSON.stringify({ ...original, participants: [{ ...original.participants[0], name: 'Ibu\u0000Sari' }] }), /text that cannot be stored \(text must not contain NUL\)/],
  ];

  it.each(corruptions)('refuses %s, says what is wrong and changes nothing', async (_name, corrupt, message) => {
    const before = await rowCounts(sql);
    const result = await importArchive(sql, corrupt(), importer);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
    expect(await rowCounts(sql)).toEqual(before);
  });

  it('refuses a file whose bytes are not UTF-8, and changes nothing', async () => {
    const before = await rowCounts(sql);
    const bytes = Buffer.from(text);
    bytes[bytes.indexOf('"', 100) + 1] = 0xff;
    expect(await importArchive(sql, bytes, importer)).toEqual({ ok: false, error: 'The archive is not UTF-8 text.' });
    expect(await rowCounts(sql)).toEqual(before);
  });

  it('refuses an oversized archive or document before reading it, and changes nothing', async () => {
    const before = await rowCounts(sql);
    const tooBig = await importArchive(sql, text, importer, { limits: { maxArchiveBytes: 1000 } });
    expect(tooBig).toEqual({ ok: false, error: `The archive is ${Buffer.byteLength(text)} bytes; the limit is 1000 bytes.` });
    const bigDoc = await importArchive(sql, text, importer, { limits: { maxDocBytes: 100 } });
    expect(bigDoc.ok ? '' : bigDoc.error).toMatch(/document [\w-]+ \(docs\.\d+\.state\) is \d+ bytes; the limit is 100 bytes/);
    expect(await rowCounts(sql)).toEqual(before);
  });

  it('leaves nothing behind when writing fails half way', async () => {
    const before = await rowCounts(sql);
    // The last records written (agreed outputs) fail: everything before them must roll back.
    const failLate = (inner: Sql): Sql => ({
      ...inner,
      dialect: inner.dialect,
      query: (query, params) => (query.includes('insert into agreed_outputs') ? Promise.reject(new Error('disk full')) : inner.query(query, params)),
      transaction: (fn) => inner.transaction((tx) => fn(failLate(tx))),
      queryEach: (query, paramRows) => queryEachInTransaction(failLate(inner), query, paramRows),
      close: () => inner.close(),
    });
    await expect(importArchive(failLate(sql), text, importer)).rejects.toThrow('disk full');
    expect(await rowCounts(sql)).toEqual(before);
  });
});
