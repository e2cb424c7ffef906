import { randomBytes } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { TOPICS } from '@/lib/method/topics';
import { isValidDocName } from '@/lib/docName';
import { createUser, type User } from './users';
import {
  addMember,
  createWorkshop,
  getDoc,
  getMemberRole,
  getWorkshop,
  getWorkshopByJoinCode,
  JOIN_CODE_ALPHABET,
  listDocs,
  listWorkshopsForUser,
  newJoinCode,
} from './workshops';
import type { Sql } from './Sql';
import { describeEachBackend } from './testBackends';

const topicsWithBoards = TOPICS.filter((topic) => topic.boardTemplate !== null);

describeEachBackend('workshops', (backend) => {
  let sql: Sql;
  let facilitator: User;
  let participant: User;
  beforeAll(async () => {
    sql = backend.sql();
    facilitator = await createUser(sql, { email: 'fasilitator@plano.example', name: 'Fasilitator', password: 'password-fac' });
    participant = await createUser(sql, { email: 'peserta@plano.example', name: 'Peserta', password: 'password-par' });
  });

  it('creates a workshop with a plenary and one board per topic that has a board', async () => {
    const workshop = await createWorkshop(sql, { title: ' Lokakarya STPP ', pdam: 'PDAM Tirta Sejahtera', createdBy: facilitator.id });
    expect(workshop.title).toBe('Lokakarya STPP');
    expect(workshop.docs[0]).toMatchObject({ kind: 'plenary', topicId: null, workshopId: workshop.id, openForParticipants: false, locked: false });
    expect(workshop.docs.slice(1).map((doc) => [doc.kind, doc.topicId, doc.template])).toEqual(
      topicsWithBoards.map((topic) => ['board', topic.id, topic.boardTemplate]),
    );
    expect(workshop.docs.every((doc) => isValidDocName(doc.name))).toBe(true);
    expect(new Set(workshop.docs.map((doc) => doc.name)).size).toBe(workshop.docs.length);
    expect(await listDocs(sql, workshop.id)).toEqual(workshop.docs);
  });

  it('gives each workshop a unique 6-character join code without ambiguous characters', async () => {
    const created = await Promise.all(
      Array.from({ length: 5 }, (_, i) => createWorkshop(sql, { title: `Workshop ${i}`, pdam: 'PDAM', createdBy: facilitator.id })),
    );
    const codes = created.map((workshop) => workshop.joinCode);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{6}$/);
    const found = await getWorkshopByJoinCode(sql, ` ${codes[0].toLowerCase()} `);
    expect(found?.id).toBe(created[0].id);
  });

  it('draws join codes from the whole alphabet and nothing else', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 400; i++) for (const char of newJoinCode(randomBytes)) seen.add(char);
    expect([...seen].sort().join('')).toBe([...JOIN_CODE_ALPHABET].sort().join(''));
  });

  it('makes the creator the facilitator and lists the workshop for them', async () => {
    const workshop = await createWorkshop(sql, { title: 'Mine', pdam: 'PDAM Mine', createdBy: facilitator.id });
    expect(await getMemberRole(sql, workshop.id, facilitator.id)).toBe('facilitator');
    expect(await getMemberRole(sql, workshop.id, participant.id)).toBeNull();
    const listed = await listWorkshopsForUser(sql, facilitator.id);
    expect(listed.find((entry) => entry.id === workshop.id)).toMatchObject({ title: 'Mine', pdam: 'PDAM Mine', role: 'facilitator', joinCode: workshop.joinCode });
    expect(await getWorkshop(sql, workshop.id)).toMatchObject({ id: workshop.id, createdBy: facilitator.id, createdAt: expect.any(Date) });
  });

  it('adds a member and changes their role', async () => {
    const workshop = await createWorkshop(sql, { title: 'Joined', pdam: 'PDAM', createdBy: facilitator.id });
    await addMember(sql, workshop.id, participant.id, 'participant');
    expect(await getMemberRole(sql, workshop.id, participant.id)).toBe('participant');
    await addMember(sql, workshop.id, participant.id, 'observer');
    expect(await getMemberRole(sql, workshop.id, participant.id)).toBe('observer');
    expect((await listWorkshopsForUser(sql, participant.id)).map((entry) => entry.id)).toContain(workshop.id);
  });

  it('finds a document by name, and nothing for an unknown name', async () => {
    const workshop = await createWorkshop(sql, { title: 'Docs', pdam: 'PDAM', createdBy: facilitator.id });
    const board = workshop.docs[1];
    expect(await getDoc(sql, board.name)).toEqual(board);
    expect(await getDoc(sql, 'unknown-doc-name')).toBeNull();
    expect(await getWorkshop(sql, 'unknown-workshop')).toBeNull();
  });

  it('lists documents with the plenary first, then by topic id', async () => {
    const workshop = await createWorkshop(sql, { title: 'Order', pdam: 'PDAM', createdBy: facilitator.id });
    const topicIds = (await listDocs(sql, workshop.id)).slice(1).map((doc) => doc.topicId as string);
    expect(topicIds).toEqual([...topicIds].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })));
  });

  it('refuses an empty or overlong title or pdam and creates nothing', async () => {
    await expect(createWorkshop(sql, { title: '   ', pdam: 'PDAM', createdBy: facilitator.id })).rejects.toThrow(/title/);
    await expect(createWorkshop(sql, { title: 'T', pdam: 'x'.repeat(201), createdBy: facilitator.id })).rejects.toThrow(/pdam/);
    const [row] = await sql.query<{ count: number }>(`select count(*) as count from workshops where title = '   ' or title = 'T'`);
    expect(row.count).toBe(0);
  });

  it('rolls back the whole workshop when a part of it fails', async () => {
    const before = await sql.query<{ count: number }>('select count(*) as count from workshops');
    await expect(createWorkshop(sql, { title: 'Orphan', pdam: 'PDAM', createdBy: 'no-such-user' })).rejects.toThrow();
    const after = await sql.query<{ count: number }>('select count(*) as count from workshops');
    expect(after[0].count).toBe(before[0].count);
  });
});
