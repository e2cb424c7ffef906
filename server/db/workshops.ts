import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { isRole, type DocKind, type Role } from '@/lib/auth/capabilities';
import type { BilingualText } from '@/lib/i18n/bilingual';
import { newOpaqueId } from '@/lib/docName';
import { initialDocsForWorkshop } from '@/lib/method/initialDocs';
import type { Sql } from './Sql';
import { parseOrThrow } from './validation';

/** A board or worksheet document of a workshop, as the server knows it. */
export interface DocRecord {
  /** Opaque document name, also the Yjs document's name. */
  name: string;
  workshopId: string;
  kind: DocKind;
  topicId: string | null;
  /** The breakout group that owns the board; null for workshop-wide documents. */
  groupId: string | null;
  template: string | null;
  title: BilingualText;
  openForParticipants: boolean;
  locked: boolean;
  /** For a worksheet: the output it fills (e.g. `'2.3/gap-table'`); null for boards. */
  outputId: string | null;
}

export interface Workshop {
  id: string;
  title: string;
  /** The water utility (PDAM) whose service the workshop plans. */
  pdam: string;
  /** What participants type to join: 6 characters from `JOIN_CODE_ALPHABET`. */
  joinCode: string;
  createdBy: string | null;
  createdAt: Date;
}

/** A workshop together with the role a given user holds in it. */
export interface WorkshopMembership extends Workshop {
  role: Role;
}

export interface CreatedWorkshop {
  id: string;
  title: string;
  pdam: string;
  joinCode: string;
  docs: DocRecord[];
}

/** Letters and digits that cannot be misread for one another when read aloud or projected (no 0/O, 1/I/L). */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;
/** ~887 million codes; a collision is rare, and a few retries make one practically impossible. */
const JOIN_CODE_ATTEMPTS = 8;

const boundedText = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');

const newWorkshopSchema = z.object({
  title: boundedText,
  pdam: boundedText,
  createdBy: z.string().min(1, 'must name the creating user'),
});

export type NewWorkshop = z.input<typeof newWorkshopSchema>;

/**
 * Creates a workshop with its creator as facilitator and the documents every workshop starts
 * with (the plenary and one board per topic that has one), all in one transaction.
 * Throws an Error on invalid input.
 */
export async function createWorkshop(sql: Sql, input: NewWorkshop): Promise<CreatedWorkshop> {
  const { title, pdam, createdBy } = parseOrThrow(newWorkshopSchema, input, 'workshop');
  const id = newOpaqueId(randomBytes);
  return sql.transaction(async (tx) => {
    const joinCode = await insertWorkshopWithFreshJoinCode(tx, { id, title, pdam, createdBy });
    await tx.query(`insert into workshop_members (workshop_id, user_id, role) values ($1, $2, 'facilitator')`, [id, createdBy]);
    const docs = initialDocsForWorkshop().map<DocRecord>((spec) => ({
      name: newOpaqueId(randomBytes),
      workshopId: id,
      kind: spec.kind,
      topicId: spec.topicId,
      groupId: null,
      template: spec.template,
      title: spec.title,
      openForParticipants: false,
      locked: false,
      outputId: null,
    }));
    for (const doc of docs) await insertDoc(tx, doc);
    return { id, title, pdam, joinCode, docs: sortDocs(docs) };
  });
}

async function insertWorkshopWithFreshJoinCode(tx: Sql, workshop: { id: string; title: string; pdam: string; createdBy: string }): Promise<string> {
  for (let attempt = 0; attempt < JOIN_CODE_ATTEMPTS; attempt++) {
    const joinCode = newJoinCode(randomBytes);
    // "do nothing" instead of catching a unique violation: an error would abort the transaction.
    const inserted = await tx.query(
      `insert into workshops (id, title, pdam, join_code, created_by) values ($1, $2, $3, $4, $5)
       on conflict (join_code) do nothing returning id`,
      [workshop.id, workshop.title, workshop.pdam, joinCode, workshop.createdBy],
    );
    if (inserted.length === 1) return joinCode;
  }
  throw new Error(`No unused join code found in ${JOIN_CODE_ATTEMPTS} attempts`);
}

/** Inserts one document record (its Yjs content lives in the doc store). */
export async function insertDoc(tx: Sql, doc: Omit<DocRecord, 'outputId'>): Promise<void> {
  await tx.query(
    `insert into docs (name, workshop_id, kind, topic_id, group_id, template, title_id, title_en, open_for_participants, locked)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [doc.name, doc.workshopId, doc.kind, doc.topicId, doc.groupId, doc.template, doc.title.id, doc.title.en, doc.openForParticipants, doc.locked],
  );
}

/** A random join code of `JOIN_CODE_LENGTH` characters from `JOIN_CODE_ALPHABET`, without modulo bias. */
export function newJoinCode(random: (size: number) => Uint8Array): string {
  const usableBelow = 256 - (256 % JOIN_CODE_ALPHABET.length);
  let code = '';
  while (code.length < JOIN_CODE_LENGTH) {
    for (const byte of random(JOIN_CODE_LENGTH * 2)) {
      if (byte >= usableBelow) continue;
      code += JOIN_CODE_ALPHABET[byte % JOIN_CODE_ALPHABET.length];
      if (code.length === JOIN_CODE_LENGTH) break;
    }
  }
  return code;
}

const WORKSHOP_COLUMNS = 'w.id, w.title, w.pdam, w.join_code, w.created_by, w.created_at';

interface WorkshopRow {
  id: string;
  title: string;
  pdam: string;
  join_code: string;
  created_by: string | null;
  created_at: Date;
}

function toWorkshop(row: WorkshopRow): Workshop {
  return { id: row.id, title: row.title, pdam: row.pdam, joinCode: row.join_code, createdBy: row.created_by, createdAt: row.created_at };
}

/** The workshops `userId` belongs to, newest first, each with the user's role. */
export async function listWorkshopsForUser(sql: Sql, userId: string): Promise<WorkshopMembership[]> {
  const rows = await sql.query<WorkshopRow & { role: string }>(
    `select ${WORKSHOP_COLUMNS}, m.role
       from workshops w join workshop_members m on m.workshop_id = w.id
      where m.user_id = $1
      order by w.created_at desc, w.id`,
    [userId],
  );
  return rows.map((row) => ({ ...toWorkshop(row), role: toRole(row.role) }));
}

/** The workshop with this id, or null. */
export async function getWorkshop(sql: Sql, id: string): Promise<Workshop | null> {
  const [row] = await sql.query<WorkshopRow>(`select ${WORKSHOP_COLUMNS} from workshops w where w.id = $1`, [id]);
  return row ? toWorkshop(row) : null;
}

/** The workshop a join code opens (case and surrounding spaces ignored), or null. */
export async function getWorkshopByJoinCode(sql: Sql, joinCode: string): Promise<Workshop | null> {
  const [row] = await sql.query<WorkshopRow>(`select ${WORKSHOP_COLUMNS} from workshops w where w.join_code = $1`, [joinCode.trim().toUpperCase()]);
  return row ? toWorkshop(row) : null;
}

const DOC_COLUMNS = 'name, workshop_id, kind, topic_id, group_id, template, title_id, title_en, open_for_participants, locked, output_id';

interface DocRow {
  name: string;
  workshop_id: string;
  kind: string;
  topic_id: string | null;
  group_id: string | null;
  template: string | null;
  title_id: string;
  title_en: string;
  open_for_participants: boolean;
  locked: boolean;
  output_id: string | null;
}

const DOC_KINDS: readonly DocKind[] = ['plenary', 'board', 'worksheet'];

function toDocRecord(row: DocRow): DocRecord {
  const kind = DOC_KINDS.find((known) => known === row.kind);
  if (!kind) throw new Error(`Document ${row.name} has an unknown kind ${JSON.stringify(row.kind)}`);
  return {
    name: row.name,
    workshopId: row.workshop_id,
    kind,
    topicId: row.topic_id,
    groupId: row.group_id,
    template: row.template,
    title: { id: row.title_id, en: row.title_en },
    openForParticipants: row.open_for_participants,
    locked: row.locked,
    outputId: row.output_id,
  };
}

/** The workshop's documents: the plenary first, then by topic id ("2.1" before "10.1"). */
export async function listDocs(sql: Sql, workshopId: string): Promise<DocRecord[]> {
  const rows = await sql.query<DocRow>(`select ${DOC_COLUMNS} from docs where workshop_id = $1 order by created_at, name`, [workshopId]);
  return sortDocs(rows.map(toDocRecord));
}

/** The document with this name, or null. */
export async function getDoc(sql: Sql, docName: string): Promise<DocRecord | null> {
  const [row] = await sql.query<DocRow>(`select ${DOC_COLUMNS} from docs where name = $1`, [docName]);
  return row ? toDocRecord(row) : null;
}

/** The role `userId` holds in the workshop, or null when not a member. */
export async function getMemberRole(sql: Sql, workshopId: string, userId: string): Promise<Role | null> {
  const [row] = await sql.query<{ role: string }>('select role from workshop_members where workshop_id = $1 and user_id = $2', [workshopId, userId]);
  return row ? toRole(row.role) : null;
}

/** Makes `userId` a member of the workshop with `role`, replacing any role held before. */
export async function addMember(sql: Sql, workshopId: string, userId: string, role: Role): Promise<void> {
  if (!isRole(role)) throw new Error(`Unknown role ${JSON.stringify(role)}`);
  await sql.query(
    `insert into workshop_members (workshop_id, user_id, role) values ($1, $2, $3)
     on conflict (workshop_id, user_id) do update set role = excluded.role`,
    [workshopId, userId, role],
  );
}

function toRole(value: string): Role {
  if (!isRole(value)) throw new Error(`Stored role ${JSON.stringify(value)} is not a known role`);
  return value;
}

const KIND_ORDER: Record<DocKind, number> = { plenary: 0, board: 1, worksheet: 2 };

/** Plenary first, then by topic id in numeric order, documents without a topic last. Stable. */
function sortDocs(docs: DocRecord[]): DocRecord[] {
  return [...docs].sort(
    (a, b) =>
      Number(b.kind === 'plenary') - Number(a.kind === 'plenary') ||
      compareTopicIds(a.topicId, b.topicId) ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind],
  );
}

function compareTopicIds(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a.localeCompare(b, 'en', { numeric: true });
}

/** Locks or unlocks a document, or opens it for participants' writes; returns the updated record. */
export async function setDocAccess(sql: Sql, docName: string, changes: { locked?: boolean; openForParticipants?: boolean }): Promise<DocRecord | null> {
  const rows = await sql.query<DocRow>(
    `update docs set locked = coalesce($2, locked), open_for_participants = coalesce($3, open_for_participants) where name = $1 returning ${DOC_COLUMNS}`,
    [docName, changes.locked ?? null, changes.openForParticipants ?? null],
  );
  return rows[0] ? toDocRecord(rows[0]) : null;
}
