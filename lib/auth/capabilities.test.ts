import { describe, expect, it } from 'vitest';
import { can, canInWorkshop, type DocAccessInfo, type Principal } from './capabilities';

const board = (overrides: Partial<DocAccessInfo> = {}): DocAccessInfo => ({
  workshopId: 'w1',
  kind: 'board',
  groupId: 'g1',
  openForParticipants: false,
  locked: false,
  ...overrides,
});
const person = (role: Principal['role'], groupId: string | null = null, workshopId = 'w1'): Principal => ({ userId: 'u', workshopId, role, groupId });

describe('who may do what on a document', () => {
  it('lets nobody from another workshop even read', () => {
    for (const role of ['facilitator', 'participant', 'observer'] as const) {
      expect(can(person(role, 'g1', 'w2'), 'read', board())).toBe(false);
      expect(can(person(role, 'g1', 'w2'), 'write', board())).toBe(false);
    }
  });

  it('lets everyone in the workshop read every board', () => {
    expect(can(person('observer'), 'read', board())).toBe(true);
    expect(can(person('participant', 'g2'), 'read', board())).toBe(true);
  });

  it('lets an observer write nowhere, not even an open plenary', () => {
    expect(can(person('observer'), 'write', board())).toBe(false);
    expect(can(person('observer'), 'write', board({ kind: 'plenary', groupId: null, openForParticipants: true }))).toBe(false);
  });

  it('lets a participant write its own group board, not another group’s', () => {
    expect(can(person('participant', 'g1'), 'write', board())).toBe(true);
    expect(can(person('participant', 'g2'), 'write', board())).toBe(false);
  });

  it('lets a participant write the plenary only while the facilitator has opened it', () => {
    const plenary = board({ kind: 'plenary', groupId: null });
    expect(can(person('participant', 'g1'), 'write', plenary)).toBe(false);
    expect(can(person('participant', 'g1'), 'write', { ...plenary, openForParticipants: true })).toBe(true);
  });

  it('refuses a participant’s writes on a locked board but keeps the facilitator writing', () => {
    expect(can(person('participant', 'g1'), 'write', board({ locked: true }))).toBe(false);
    expect(can(person('facilitator'), 'write', board({ locked: true }))).toBe(true);
  });

  it('lets only facilitators change a board’s session settings (lock, vote, private mode)', () => {
    expect(can(person('facilitator'), 'configure', board())).toBe(true);
    expect(can(person('participant', 'g1'), 'configure', board())).toBe(false);
    expect(can(person('observer'), 'configure', board())).toBe(false);
  });

  it('lets only facilitators hand out links to a board', () => {
    expect(can(person('facilitator'), 'share', board())).toBe(true);
    expect(can(person('participant', 'g1'), 'share', board())).toBe(false);
    expect(can(person('observer'), 'share', board())).toBe(false);
  });
});

describe('who may run the workshop', () => {
  it('lets only the workshop’s facilitators manage people, groups and invitations', () => {
    expect(canInWorkshop(person('facilitator'), 'manage', 'w1')).toBe(true);
    expect(canInWorkshop(person('facilitator', null, 'w2'), 'manage', 'w1')).toBe(false);
    expect(canInWorkshop(person('participant', 'g1'), 'manage', 'w1')).toBe(false);
    expect(canInWorkshop(person('observer'), 'manage', 'w1')).toBe(false);
  });
});
