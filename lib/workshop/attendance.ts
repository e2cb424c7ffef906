/**
 * Who can be ticked as present when the plenary agrees an output (kesepakatan): the workshop's
 * Pokja, its stakeholders and resource persons, and its participants by breakout group. Only
 * names are recorded (`present: string[]` on the agreed output), so a name appears once even when
 * the same person is both on the roster and joined as a participant.
 */
import { isPokja, type RosterRole } from './rosterRoles';

export type AttendanceSection =
  | { kind: 'pokja'; names: string[] }
  | { kind: 'stakeholders'; names: string[] }
  | { kind: 'group'; group: string; names: string[] }
  | { kind: 'ungrouped'; names: string[] };

export interface AttendanceSources {
  /** In roster order (Pokja chair first). */
  roster: readonly { name: string; role: RosterRole }[];
  /** In order of joining; removed participants are left out. */
  participants: readonly { name: string; groupId: string | null; removed: boolean }[];
  /** The groups of the session running now, in their order. */
  groups: readonly { id: string; name: string }[];
}

/** The same person typed twice rarely matches byte for byte: compare without case and extra spaces. */
function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('id');
}

/**
 * The names to offer, in sections: Pokja, stakeholders, then each group's participants and the
 * participants in no group. A name keeps only its first place; empty sections are left out.
 */
export function groupAttendanceNames({ roster, participants, groups }: AttendanceSources): AttendanceSection[] {
  const seen = new Set<string>();
  const take = (names: readonly string[]) =>
    names.flatMap((raw) => {
      const name = raw.trim().replace(/\s+/g, ' ');
      const key = nameKey(name);
      if (!key || seen.has(key)) return [];
      seen.add(key);
      return [name];
    });
  const present = participants.filter((p) => !p.removed);
  const known = new Set(groups.map((g) => g.id));
  const sections: AttendanceSection[] = [
    { kind: 'pokja', names: take(roster.filter((r) => isPokja(r.role)).map((r) => r.name)) },
    { kind: 'stakeholders', names: take(roster.filter((r) => !isPokja(r.role)).map((r) => r.name)) },
    ...groups.map((g): AttendanceSection => ({ kind: 'group', group: g.name, names: take(present.filter((p) => p.groupId === g.id).map((p) => p.name)) })),
    { kind: 'ungrouped', names: take(present.filter((p) => p.groupId === null || !known.has(p.groupId)).map((p) => p.name)) },
  ];
  return sections.filter((section) => section.names.length > 0);
}

/** Guest names typed by hand, separated by commas or new lines. */
export function splitNames(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((name) => name.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
}

/**
 * The `present` list to record: the ticked names in the order they are offered, then the guests
 * in the order typed, each name once.
 */
export function presentNames(sections: readonly AttendanceSection[], ticked: ReadonlySet<string>, guests: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  const add = (name: string) => {
    const key = nameKey(name);
    if (!key || seen.has(key)) return;
    seen.add(key);
    out.push(name.trim());
  };
  for (const section of sections) for (const name of section.names) if (ticked.has(name)) add(name);
  for (const guest of guests) add(guest);
  return out;
}

/** What the facilitator has chosen so far: ticked names (offered or guests), guests added, and guest names still being typed. */
export interface AttendanceChoice {
  ticked: ReadonlySet<string>;
  guests: readonly string[];
  typed: string;
}

export const NO_ATTENDANCE: AttendanceChoice = { ticked: new Set(), guests: [], typed: '' };

/** The `present` list to record; names still in the guest field count, so a typed guest is never lost. */
export function presentOf(sections: readonly AttendanceSection[], choice: AttendanceChoice): string[] {
  return presentNames(sections, choice.ticked, [...choice.guests.filter((guest) => choice.ticked.has(guest)), ...splitNames(choice.typed)]);
}

/** Moves the names typed in the guest field to guest chips, ticked. */
export function addTypedGuests(choice: AttendanceChoice): AttendanceChoice {
  const typed = splitNames(choice.typed);
  const guests = [...choice.guests, ...typed.filter((name) => !choice.guests.includes(name))];
  return { ticked: new Set([...choice.ticked, ...typed]), guests, typed: '' };
}
