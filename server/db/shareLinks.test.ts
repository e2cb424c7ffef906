import { beforeAll, expect, it } from 'vitest';
import { listMembers, removeMember } from './members';
import { addParticipant, getParticipant } from './participants';
import { deadLinks, listLiveLinks, liveLink, recordLink, revokeLink, useFacilitatorInvite } from './shareLinks';
import type { Sql } from './Sql';
import { describeEachBackend } from './testBackends';
import { createUser } from './users';
import { addMember, createWorkshop, type CreatedWorkshop } from './workshops';

const at = (minutes: number) => new Date(Date.UTC(2026, 10, 30, 8, minutes));

describeEachBackend('share links', (backend) => {
  let sql: Sql;
  let creatorId: string;
  let workshop: CreatedWorkshop;
  beforeAll(async () => {
    sql = backend.sql();
    creatorId = (await createUser(sql, { email: 'tautan@uji.local', name: 'Tautan', password: 'rahasia-tautan' })).id;
    workshop = await createWorkshop(sql, { title: 'Lokakarya Tautan', pdam: 'PDAM Tautan', createdBy: creatorId });
  });

  it('are live until revoked or expired, listed newest first, and revoking twice does nothing', async () => {
    const board = await recordLink(sql, { workshopId: workshop.id, kind: 'board', role: 'observer', docName: workshop.docs[0].name, label: 'Tablet 1', createdBy: creatorId, ttlSeconds: 600 }, at(0));
    const invite = await recordLink(sql, { workshopId: workshop.id, kind: 'invite', role: 'participant', createdBy: creatorId, ttlSeconds: 3600 }, at(1));
    expect((await listLiveLinks(sql, workshop.id, at(2))).map((link) => link.id)).toEqual([invite.id, board.id]);
    expect(await liveLink(sql, board.id, at(9))).toMatchObject({ kind: 'board', label: 'Tablet 1', docName: workshop.docs[0].name });
    expect(await liveLink(sql, board.id, at(11))).toBeNull();
    expect(await deadLinks(sql, [board.id, invite.id, 'unknown'], at(11))).toEqual(new Set([board.id, 'unknown']));
    expect(await revokeLink(sql, workshop.id, invite.id, at(12))).toMatchObject({ link: { id: invite.id } });
    expect(await revokeLink(sql, workshop.id, invite.id, at(13))).toBeNull();
    expect(await liveLink(sql, invite.id, at(14))).toBeNull();
  });

  it('revoking an invite removes the participants who joined by it, and nobody else', async () => {
    const invite = await recordLink(sql, { workshopId: workshop.id, kind: 'invite', role: 'observer', createdBy: creatorId, ttlSeconds: 3600 });
    const guest = await addParticipant(sql, workshop.id, { name: 'Tamu', role: 'observer', inviteId: invite.id });
    const byCode = await addParticipant(sql, workshop.id, { name: 'Peserta', role: 'participant' });
    const revoked = await revokeLink(sql, workshop.id, invite.id);
    expect(revoked?.removedParticipants).toEqual([guest.id]);
    expect((await getParticipant(sql, guest.id))?.removed).toBe(true);
    expect((await getParticipant(sql, byCode.id))?.removed).toBe(false);
  });

  it('a co-facilitator invite is used once, and not at all once revoked', async () => {
    const invite = await recordLink(sql, { workshopId: workshop.id, kind: 'facilitator-invite', role: 'facilitator', createdBy: creatorId, ttlSeconds: 3600 });
    const first = (await createUser(sql, { email: 'pertama@uji.local', name: 'Pertama', password: 'rahasia-pertama' })).id;
    const second = (await createUser(sql, { email: 'kedua@uji.local', name: 'Kedua', password: 'rahasia-kedua' })).id;
    expect(await useFacilitatorInvite(sql, invite.id, first)).toBe(workshop.id);
    expect(await useFacilitatorInvite(sql, invite.id, second)).toBeNull();
    expect(await liveLink(sql, invite.id)).toBeNull();
    const revoked = await recordLink(sql, { workshopId: workshop.id, kind: 'facilitator-invite', role: 'facilitator', createdBy: creatorId, ttlSeconds: 3600 });
    await revokeLink(sql, workshop.id, revoked.id);
    expect(await useFacilitatorInvite(sql, revoked.id, second)).toBeNull();
  });

  it('lists the workshop’s facilitators, the creator marked, and removes one', async () => {
    const partner = (await createUser(sql, { email: 'rekan@uji.local', name: 'Rekan', password: 'rahasia-rekan' })).id;
    await addMember(sql, workshop.id, partner, 'facilitator');
    const members = await listMembers(sql, workshop.id);
    expect(members.find((member) => member.userId === creatorId)).toMatchObject({ isCreator: true, role: 'facilitator' });
    expect(members.find((member) => member.userId === partner)).toMatchObject({ isCreator: false, email: 'rekan@uji.local' });
    expect(await removeMember(sql, workshop.id, partner)).toBe(true);
    expect(await removeMember(sql, workshop.id, partner)).toBe(false);
    expect((await listMembers(sql, workshop.id)).map((member) => member.userId)).toEqual([creatorId]);
  });
});
