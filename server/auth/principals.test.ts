import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGroup } from '../db/groups';
import { addParticipant, removeParticipant, updateParticipant } from '../db/participants';
import { createWorkshop, type CreatedWorkshop } from '../db/workshops';
import { startTestServer, type TestServer } from '../testing/testServer';
import { createParticipantAuth, PARTICIPANT_COOKIE } from './participantAuth';
import { principalForDoc, refusalStatus } from './principals';

describe('a participant’s device session', () => {
  let t: TestServer;
  let other: CreatedWorkshop;
  beforeAll(async () => {
    t = await startTestServer();
    other = await createWorkshop(t.server.runtime.sql, { title: 'Lokakarya lain', pdam: 'PDAM lain', createdBy: t.facilitatorId });
  });
  afterAll(() => t.close());

  async function cookiesFor(participantId: string, workshopId: string) {
    const token = await t.server.runtime.participantAuth.sessions.sign({ pid: participantId, wid: workshopId }, 600);
    return new Map([[PARTICIPANT_COOKIE, token]]);
  }

  it('reads its own workshop’s boards and writes only its group’s board, with the role and group of the moment', async () => {
    const { sql } = t.server.runtime;
    const group = await createGroup(sql, t.workshop.id, { name: 'Kelompok 1' });
    const person = await addParticipant(sql, t.workshop.id, { name: 'Ibu Sari', role: 'participant', groupId: group.id });
    const cookies = await cookiesFor(person.id, t.workshop.id);
    const plenary = t.workshop.docs.find((d) => d.kind === 'plenary')!;
    const found = await principalForDoc(t.server.runtime, plenary, null, cookies);
    expect(found).toMatchObject({ principal: { role: 'participant', groupId: group.id, workshopId: t.workshop.id } });

    await updateParticipant(sql, t.workshop.id, person.id, { role: 'observer' });
    expect(await principalForDoc(t.server.runtime, plenary, null, cookies)).toMatchObject({ principal: { role: 'observer' } });
  });

  it('cannot open another workshop’s boards, whatever it claims', async () => {
    const person = await addParticipant(t.server.runtime.sql, t.workshop.id, { name: 'Pak Budi', role: 'participant' });
    const foreignDoc = other.docs[0];
    expect(await principalForDoc(t.server.runtime, foreignDoc, null, await cookiesFor(person.id, t.workshop.id))).toEqual({ refused: 'not-a-member' });
    // A session that names the other workshop does not match the participant's record.
    expect(await principalForDoc(t.server.runtime, foreignDoc, null, await cookiesFor(person.id, other.id))).toEqual({ refused: 'no-credentials' });
  });

  it('stops working the moment the participant is removed', async () => {
    const person = await addParticipant(t.server.runtime.sql, t.workshop.id, { name: 'Tamu', role: 'participant' });
    const cookies = await cookiesFor(person.id, t.workshop.id);
    const plenary = t.workshop.docs[0];
    expect('principal' in (await principalForDoc(t.server.runtime, plenary, null, cookies))).toBe(true);
    await removeParticipant(t.server.runtime.sql, t.workshop.id, person.id);
    expect(await principalForDoc(t.server.runtime, plenary, null, cookies)).toEqual({ refused: 'no-credentials' });
  });

  it('is refused when forged with another secret', async () => {
    const person = await addParticipant(t.server.runtime.sql, t.workshop.id, { name: 'Palsu', role: 'participant' });
    const forged = await createParticipantAuth('another-secret-that-is-long-enough-32').sessions.sign({ pid: person.id, wid: t.workshop.id }, 600);
    expect(await principalForDoc(t.server.runtime, t.workshop.docs[0], null, new Map([[PARTICIPANT_COOKIE, forged]]))).toEqual({ refused: 'no-credentials' });
  });

  it('is told "forbidden" (403), not "sign in" (401), when it asks for what only facilitators may do', async () => {
    const person = await addParticipant(t.server.runtime.sql, t.workshop.id, { name: 'Ibu Rina', role: 'participant' });
    expect(await refusalStatus(t.server.runtime, await cookiesFor(person.id, t.workshop.id))).toBe(403);
    expect(await refusalStatus(t.server.runtime, new Map())).toBe(401);
    const forged = await createParticipantAuth('another-secret-that-is-long-enough-32').sessions.sign({ pid: person.id, wid: t.workshop.id }, 600);
    expect(await refusalStatus(t.server.runtime, new Map([[PARTICIPANT_COOKIE, forged]]))).toBe(401);
    await removeParticipant(t.server.runtime.sql, t.workshop.id, person.id);
    expect(await refusalStatus(t.server.runtime, await cookiesFor(person.id, t.workshop.id))).toBe(401);
  });
});
