/**
 * Imports a workshop archive as a NEW workshop: new ids, a new join code, new document names
 * (mapped consistently wherever a record names a document or group), the importing facilitator
 * as its only member. The whole archive is checked first (shape, sizes, every Yjs state,
 * references), then everything is written in one transaction, so a broken or hostile archive
 * changes nothing and the answer says what is wrong.
 *
 * Document contents are carried exactly as exported. Ids written inside them by the boards
 * themselves (a card's group, a gathered card's source board) keep their original values: they
 * are provenance, and rewriting them would change the content the archive promises to keep.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import * as Y from 'yjs';
import { newOpaqueId } from '@/lib/docName';
import { textProblem } from '@/lib/web/storableText';
import { createDocStore } from '../db/docStore';
import type { Sql } from '../db/Sql';
import { JOIN_CODE_LENGTH, newJoinCode } from '../db/workshops';
import { archiveSchema, describeIssues, DEFAULT_ARCHIVE_LIMITS, type Archive, type ArchiveLimits } from './archiveSchema';
import { readWholeState } from './docState';
import { keepStructureOnly } from './structureOnly';

export interface ImportOptions {
  /** Keep the structure (groups, agenda, board templates) and clear the content. */
  structureOnly?: boolean;
  limits?: Partial<ArchiveLimits>;
}

export interface ImportedWorkshop {
  workshopId: string;
  joinCode: string;
  title: string;
  pdam: string;
  /** Archive document name → the new document's name. */
  docNames: Record<string, string>;
  counts: { groups: number; docs: number; participants: number; agreedOutputs: number };
}

export type ImportResult = { ok: true; workshop: ImportedWorkshop } | { ok: false; error: string };

/** A checked archive with each document's decoded state. */
export interface CheckedArchive {
  archive: Archive;
  states: Map<string, Uint8Array>;
}

const fatalUtf8 = new TextDecoder('utf-8', { fatal: true });

export async function importArchive(sql: Sql, file: string | Uint8Array, actorUserId: string, options: ImportOptions = {}): Promise<ImportResult> {
  const checked = checkArchive(file, { ...DEFAULT_ARCHIVE_LIMITS, ...options.limits });
  if (!checked.ok) return checked;
  const { archive, states } = options.structureOnly ? keepStructureOnly(checked.archive, checked.states) : checked;
  return { ok: true, workshop: await writeArchive(sql, archive, states, actorUserId) };
}

/** Everything an import checks before it writes, as a value: the archive, or what is wrong with it. */
export function checkArchive(file: string | Uint8Array, limits: ArchiveLimits): ({ ok: true } & CheckedArchive) | { ok: false; error: string } {
  const bytes = typeof file === 'string' ? Buffer.byteLength(file) : file.byteLength;
  if (bytes > limits.maxArchiveBytes) return { ok: false, error: `The archive is ${bytes} bytes; the limit is ${limits.maxArchiveBytes} bytes.` };
  let text: string;
  try {
    text = typeof file === 'string' ? file : fatalUtf8.decode(file);
  } catch {
    return { ok: false, error: 'The archive is not UTF-8 text.' };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `The archive is not JSON (${error instanceof Error ? error.message : String(error)}).` };
  }
  const unstorable = textProblem(json);
  if (unstorable) return { ok: false, error: `The archive holds text that cannot be stored (${unstorable}).` };
  const parsed = archiveSchema.safeParse(json);
  if (!parsed.success) return { ok: false, error: `The archive is not a valid Plano workshop archive: ${describeIssues(parsed.error.issues)}.` };
  const archive = parsed.data;

  const states = new Map<string, Uint8Array>();
  for (const [index, doc] of archive.docs.entries()) {
    const where = `document ${doc.name} (docs.${index}.state)`;
    const state = new Uint8Array(Buffer.from(doc.state, 'base64'));
    if (state.byteLength > limits.maxDocBytes) return { ok: false, error: `The archive's ${where} is ${state.byteLength} bytes; the limit is ${limits.maxDocBytes} bytes.` };
    const read = readWholeState(state, limits.maxDocBytes);
    if (!read.ok) return { ok: false, error: `The archive's ${where} is ${read.reason}.` };
    read.doc.destroy();
    states.set(doc.name, state);
  }
  for (const [index, output] of archive.agreedOutputs.entries()) {
    for (const [at, source] of output.sourceDocs.entries()) {
      try {
        Y.decodeStateVector(Buffer.from(source.stateVector, 'base64'));
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return { ok: false, error: `The archive's agreedOutputs.${index}.sourceDocs.${at}.stateVector is not a Yjs state vector (${reason}).` };
      }
    }
  }
  return { ok: true, archive, states };
}

/**
 * An archive's instant (ISO-8601 with any offset) as a Date: stored alike by both databases
 * (SQLite keeps timestamps as UTC text, whose order is then time order).
 */
function instant<T extends string | null>(value: T): T extends string ? Date : null {
  return (value === null ? null : new Date(value)) as T extends string ? Date : null;
}

/** `created_at` of the row at this archive position: a millisecond apart, so lists keep the exported order. */
function inOrderFrom(start: number): (position: number) => Date {
  return (position) => new Date(start + position);
}
const JOIN_CODE_ATTEMPTS = 8;

async function writeArchive(sql: Sql, archive: Archive, states: ReadonlyMap<string, Uint8Array>, actorUserId: string): Promise<ImportedWorkshop> {
  const freshId = () => newOpaqueId(randomBytes);
  const groupIds = new Map(archive.groups.map((g) => [g.id, freshId()] as const));
  const docNames = new Map(archive.docs.map((d) => [d.name, freshId()] as const));
  const mapped = <K>(map: ReadonlyMap<K, string>, key: K) => {
    const value = map.get(key);
    if (value === undefined) throw new Error(`Archive reference ${String(key)} was not mapped (checked references should prevent this)`);
    return value;
  };
  const { workshop } = archive;
  const workshopId = freshId();

  const inOrder = inOrderFrom(Date.now());
  const joinCode = await sql.transaction(async (tx) => {
    const code = await insertWorkshop(tx, workshopId, archive, actorUserId);
    await tx.query(`insert into workshop_members (workshop_id, user_id, role) values ($1, $2, 'facilitator')`, [workshopId, actorUserId]);

    for (const [i, g] of archive.groups.entries()) {
      await tx.query(`insert into groups (id, workshop_id, name, color, position, topic_id, session_number, created_at) values ($2, $3, $4, $5, $6, $7, $8, $1)`, [
        inOrder(i),
        mapped(groupIds, g.id),
        workshopId,
        g.name,
        g.color,
        g.position,
        g.session?.topicId ?? null,
        g.session?.number ?? null,
      ]);
    }

    const store = createDocStore(tx);
    for (const [i, d] of archive.docs.entries()) {
      const name = mapped(docNames, d.name);
      await tx.query(
        `insert into docs (name, workshop_id, kind, topic_id, group_id, output_id, template, title_id, title_en, open_for_participants, locked, created_at)
         values ($2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $1)`,
        [inOrder(i), name, workshopId, d.kind, d.topicId, d.groupId === null ? null : mapped(groupIds, d.groupId), d.outputId, d.template, d.title.id, d.title.en, d.access.openForParticipants, d.access.locked],
      );
      const state = states.get(d.name);
      if (state) await store.writeSnapshot(name, state, 0);
    }

    for (const [i, p] of archive.participants.entries()) {
      const participantId = freshId();
      await tx.query(`insert into participants (id, workshop_id, name, organisation, role, removed_at, created_at) values ($2, $3, $4, $5, $6, $7, $1)`, [
        inOrder(i),
        participantId,
        workshopId,
        p.name,
        p.organisation,
        p.role,
        instant(p.removedAt),
      ]);
      for (const groupId of new Set(p.groupIds)) await tx.query(`insert into group_members (group_id, participant_id) values ($1, $2)`, [mapped(groupIds, groupId), participantId]);
    }

    for (const [i, r] of archive.roster.entries()) {
      await tx.query(`insert into roster (id, workshop_id, name, organisation, position, roster_role, created_at) values ($2, $3, $4, $5, $6, $7, $1)`, [
        inOrder(i),
        freshId(),
        workshopId,
        r.name,
        r.organisation,
        r.position,
        r.role,
      ]);
    }
    for (const [topicId, status] of Object.entries(archive.topicStatuses)) {
      await tx.query(`insert into topic_progress (workshop_id, topic_id, status) values ($1, $2, $3)`, [workshopId, topicId, status]);
    }
    for (const s of archive.agenda.sessions) {
      await tx.query(`insert into agenda_sessions (workshop_id, topic_id, number, duration_minutes, starts_at, removed) values ($1, $2, $3, $4, $5, $6)`, [
        workshopId,
        s.topicId,
        s.number,
        s.durationMinutes,
        instant(s.startsAt),
        s.removed,
      ]);
    }
    for (const [i, m] of archive.calendar.meetings.entries()) {
      await tx.query(`insert into meetings (id, workshop_id, starts_at, place, agenda, invitees, topic_id, created_at) values ($2, $3, $4, $5, $6, $7, $8, $1)`, [
        inOrder(i),
        freshId(),
        workshopId,
        instant(m.startsAt),
        m.place,
        m.agenda,
        m.invitees,
        m.topicId,
      ]);
    }
    for (const [i, f] of archive.followUps.entries()) {
      await tx.query(`insert into follow_ups (id, workshop_id, topic_id, description, owner, due_on, status, created_at) values ($2, $3, $4, $5, $6, $7::date, $8, $1)`, [
        inOrder(i),
        freshId(),
        workshopId,
        f.topicId,
        f.description,
        f.owner,
        f.dueOn,
        f.status,
      ]);
    }
    for (const o of archive.agreedOutputs) {
      const sourceDocs = o.sourceDocs.map((source) => ({ docName: mapped(docNames, source.docName), stateVector: source.stateVector }));
      await tx.query(
        `insert into agreed_outputs (id, workshop_id, output_id, version, data, source_docs, present, agreed_by, agreed_at, note)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [randomUUID(), workshopId, o.outputId, o.version, JSON.stringify(o.data), JSON.stringify(sourceDocs), JSON.stringify(o.present), o.agreedBy, instant(o.agreedAt), o.note],
      );
    }
    return code;
  });

  return {
    workshopId,
    joinCode,
    title: workshop.title,
    pdam: workshop.pdam,
    docNames: Object.fromEntries(docNames),
    counts: { groups: archive.groups.length, docs: archive.docs.length, participants: archive.participants.length, agreedOutputs: archive.agreedOutputs.length },
  };
}

/** The workshop row with its details and a join code no other workshop uses. */
async function insertWorkshop(tx: Sql, workshopId: string, archive: Archive, createdBy: string): Promise<string> {
  const w = archive.workshop;
  for (let attempt = 0; attempt < JOIN_CODE_ATTEMPTS; attempt++) {
    const code = newJoinCode(randomBytes);
    // "do nothing" rather than catching a unique violation, which would abort the transaction.
    const inserted = await tx.query(
      `insert into workshops (id, title, pdam, join_code, created_by, region, venue, starts_on, ends_on, time_zone, current_topic_id, current_session_number)
       values ($1, $2, $3, $4, $5, $6, $7, $8::date, $9::date, $10, $11, $12)
       on conflict (join_code) do nothing returning id`,
      [workshopId, w.title, w.pdam, code, createdBy, w.region, w.venue, w.startsOn, w.endsOn, w.timeZone, w.currentSession?.topicId ?? null, w.currentSession?.number ?? null],
    );
    if (inserted.length === 1) return code;
  }
  throw new Error(`No unused join code of ${JOIN_CODE_LENGTH} characters found in ${JOIN_CODE_ATTEMPTS} attempts`);
}
