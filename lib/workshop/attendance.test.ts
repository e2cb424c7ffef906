import { describe, expect, it } from 'vitest';
import { addTypedGuests, groupAttendanceNames, NO_ATTENDANCE, presentNames, presentOf, splitNames, type AttendanceSources } from './attendance';

const sources: AttendanceSources = {
  roster: [
    { name: 'Drs. Hasan', role: 'pokja-chair' },
    { name: 'Ir. Andi', role: 'pokja-member' },
    { name: 'Ibu Nur', role: 'stakeholder' },
    { name: 'Dr. Wati', role: 'resource-person' },
  ],
  participants: [
    { name: 'Ibu Sari', groupId: 'g2', removed: false },
    { name: 'Pak Budi', groupId: 'g1', removed: false },
    { name: 'Pak Tono', groupId: null, removed: false },
    { name: 'Pak Lama', groupId: 'g1', removed: true },
    { name: 'ir.  andi ', groupId: 'g1', removed: false },
    { name: 'Bu Rini', groupId: 'old-session-group', removed: false },
  ],
  groups: [
    { id: 'g1', name: 'Kelompok A' },
    { id: 'g2', name: 'Kelompok B' },
  ],
};

describe('the names offered when the plenary agrees an output', () => {
  it('offers the Pokja, then stakeholders and resource persons, then each group, then those in no group', () => {
    expect(groupAttendanceNames(sources)).toEqual([
      { kind: 'pokja', names: ['Drs. Hasan', 'Ir. Andi'] },
      { kind: 'stakeholders', names: ['Ibu Nur', 'Dr. Wati'] },
      { kind: 'group', group: 'Kelompok A', names: ['Pak Budi'] },
      { kind: 'group', group: 'Kelompok B', names: ['Ibu Sari'] },
      // A group of an earlier session is no group now.
      { kind: 'ungrouped', names: ['Pak Tono', 'Bu Rini'] },
    ]);
  });

  it('leaves out removed participants and offers a person on the roster who also joined only once', () => {
    const offered = groupAttendanceNames(sources).flatMap((section) => section.names);
    expect(offered).not.toContain('Pak Lama');
    expect(offered.filter((name) => name.toLowerCase().includes('andi'))).toEqual(['Ir. Andi']);
  });

  it('leaves out empty sections', () => {
    expect(groupAttendanceNames({ roster: [], participants: [{ name: 'Pak Tono', groupId: null, removed: false }], groups: [{ id: 'g1', name: 'A' }] })).toEqual([
      { kind: 'ungrouped', names: ['Pak Tono'] },
    ]);
  });
});

describe('the present list that is recorded', () => {
  const sections = groupAttendanceNames(sources);

  it('lists ticked names in the order offered, whatever order they were ticked in, then guests', () => {
    expect(presentNames(sections, new Set(['Ibu Sari', 'Drs. Hasan']), ['Tamu dari Dinas PU'])).toEqual(['Drs. Hasan', 'Ibu Sari', 'Tamu dari Dinas PU']);
  });

  it('records a guest typed like a ticked name only once', () => {
    expect(presentNames(sections, new Set(['Ibu Nur']), ['ibu nur', 'Pak Guest', 'Pak  Guest'])).toEqual(['Ibu Nur', 'Pak Guest']);
  });

  it('splits typed guest names at commas and new lines', () => {
    expect(splitNames(' Ir. Andi, Drs. Hasan ,\n\nIbu   Nur,')).toEqual(['Ir. Andi', 'Drs. Hasan', 'Ibu Nur']);
  });

  it('keeps a guest that was typed but not added yet, and drops a guest chip that was unticked', () => {
    const added = addTypedGuests({ ...NO_ATTENDANCE, ticked: new Set(['Ibu Sari']), typed: 'Pak Camat, Bu Lurah' });
    expect(added).toEqual({ ticked: new Set(['Ibu Sari', 'Pak Camat', 'Bu Lurah']), guests: ['Pak Camat', 'Bu Lurah'], typed: '' });
    const untickedOne = { ...added, ticked: new Set(['Ibu Sari', 'Bu Lurah']), typed: 'Tamu BPKP' };
    expect(presentOf(sections, untickedOne)).toEqual(['Ibu Sari', 'Bu Lurah', 'Tamu BPKP']);
  });

  it('records nobody when nothing is ticked or typed', () => {
    expect(presentOf(sections, NO_ATTENDANCE)).toEqual([]);
  });
});
