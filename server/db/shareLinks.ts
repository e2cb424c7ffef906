/**
 * The links facilitators hand out, as rows, so each can be listed and taken back: a board link
 * (opens one board for a role), an invite for remote people (joins the workshop with a role) and a
 * co-facilitator invite (makes its holder a facilitator; good for one use). The signed token of a
 * link carries the row's id; a link opens something only while its row is live.
 */
import { randomBytes } from 'node:crypto';
import { placeholders } from './authSessions';
import type { Sql } from './Sql';

export const LINK_KINDS = ['board', 'invite', 'facilitator-invite'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

export interface ShareLink {
  id: string;
  workshopId: string;
  kind: LinkKind;
  role: string;
  docName: string | null;
  groupId: string | null;
  /** The name on a board link's cursor. */
  label: string | null;
  createdAt: Date;
  expiresAt: Date;
}

interface LinkRow {
  id: string;
  workshop_id: string;
  kind: string;
  role: string;
  doc_name: string | null;
  group_id: string | null;
  label: string | null;
  created_at: Date;
  expires_at: Date;
}

const COLUMNS = 'id, workshop_id, kind, role, doc_name, group_id, label, created_at, expires_at';

/** Live at the time in parameter `$n`: not revoked, not expired, and (a co-facilitator invite) not used. */
function live(n: number): string {
  return `revoked_at is null and expires_at > $${n} and used_at is null`;
}

function toLink(row: LinkRow): ShareLink {
  return {
    id: row.id,
    workshopId: row.workshop_id,
    kind: row.kind as LinkKind,
    role: row.role,
    docName: row.doc_name,
    groupId: row.group_id,
    label: row.label,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
  };
}

export interface NewLink {
  workshopId: string;
  kind: LinkKind;
  role: string;
  docName?: string | null;
  groupId?: string | null;
  label?: string | null;
  createdBy: string | null;
  ttlSeconds: number;
}

/** Records a link and returns it (its id goes into the signed token). */
export async function recordLink(sql: Sql, link: NewLink, now = new Date()): Promise<ShareLink> {
  const id = randomBytes(12).toString('base64url');
  const expiresAt = new Date(now.getTime() + link.ttlSeconds * 1000);
  await sql.query(
    `insert into share_links (id, workshop_id, kind, role, doc_name, group_id, label, created_by, created_at, expires_at) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [id, link.workshopId, link.kind, link.role, link.docName ?? null, link.groupId ?? null, link.label ?? null, link.createdBy, now, expiresAt],
  );
  return { id, workshopId: link.workshopId, kind: link.kind, role: link.role, docName: link.docName ?? null, groupId: link.groupId ?? null, label: link.label ?? null, createdAt: now, expiresAt };
}

/** The link when it is live, else null. */
export async function liveLink(sql: Sql, id: string, now = new Date()): Promise<ShareLink | null> {
  const [row] = await sql.query<LinkRow>(`select ${COLUMNS} from share_links where id = $1 and ${live(2)}`, [id, now]);
  return row ? toLink(row) : null;
}

/** The workshop's live links, newest first (what the facilitator can still take back). */
export async function listLiveLinks(sql: Sql, workshopId: string, now = new Date()): Promise<ShareLink[]> {
  const rows = await sql.query<LinkRow>(`select ${COLUMNS} from share_links where workshop_id = $1 and ${live(2)} order by created_at desc, id`, [workshopId, now]);
  return rows.map(toLink);
}

/** Of these link ids, those that no longer open anything (revoked, expired, used or unknown). */
export async function deadLinks(sql: Sql, ids: readonly string[], now = new Date()): Promise<Set<string>> {
  const dead = new Set(ids);
  if (ids.length === 0) return dead;
  const rows = await sql.query<{ id: string }>(`select id from share_links where id in (${placeholders(ids.length, 2)}) and ${live(1)}`, [now, ...ids]);
  for (const row of rows) dead.delete(row.id);
  return dead;
}

/**
 * Takes a link back. A revoked invite also removes the participants who joined by it (their
 * access came from it); their ids are returned so their connections can be cut. Null when the
 * workshop has no such live link.
 */
export async function revokeLink(sql: Sql, workshopId: string, id: string, now = new Date()): Promise<{ link: ShareLink; removedParticipants: string[] } | null> {
  return sql.transaction(async (tx) => {
    const [row] = await tx.query<LinkRow>(`update share_links set revoked_at = $3 where id = $1 and workshop_id = $2 and revoked_at is null returning ${COLUMNS}`, [id, workshopId, now]);
    if (!row) return null;
    const removed =
      row.kind === 'invite'
        ? await tx.query<{ id: string }>(`update participants set removed_at = $3 where invite_id = $1 and workshop_id = $2 and removed_at is null returning id`, [id, workshopId, now])
        : [];
    return { link: toLink(row), removedParticipants: removed.map((participant) => participant.id) };
  });
}

/**
 * Uses a co-facilitator invite, once: the first caller gets the workshop id, every later one null
 * (as for a revoked or expired invite). Run it in the transaction that adds the member, so a
 * failed sign-up leaves the invite unused.
 */
export async function useFacilitatorInvite(tx: Sql, id: string, userId: string, now = new Date()): Promise<string | null> {
  const [row] = await tx.query<{ workshop_id: string }>(
    `update share_links set used_at = $3, used_by = $2 where id = $1 and kind = 'facilitator-invite' and ${live(3)} returning workshop_id`,
    [id, userId, now],
  );
  return row?.workshop_id ?? null;
}
