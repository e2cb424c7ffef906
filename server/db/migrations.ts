import type { Sql } from './Sql';

/**
 * One schema change. Append new migrations at the end of both lists (PostgreSQL's and SQLite's,
 * side by side); never edit or reorder applied ones.
 */
export interface Migration {
  /** Unique, sortable name recorded in `schema_migrations`. */
  name: string;
  /** Statements run in order, one query each. */
  statements: readonly string[];
}

/** PostgreSQL's schema history (also the schema of the PGlite folders of earlier versions). */
export const MIGRATIONS: readonly Migration[] = [
  {
    name: '0001_users',
    statements: [
      `create table users (
        id text primary key,
        email text unique not null,
        name text not null,
        password_hash text not null,
        created_at timestamptz default now()
      )`,
    ],
  },
  {
    name: '0002_workshops',
    statements: [
      `create table workshops (
        id text primary key,
        title text not null,
        pdam text not null,
        join_code text unique not null,
        created_by text references users(id),
        created_at timestamptz default now()
      )`,
      `create table workshop_members (
        workshop_id text references workshops(id) on delete cascade,
        user_id text references users(id) on delete cascade,
        role text not null,
        primary key (workshop_id, user_id)
      )`,
      // "Which workshops is this user in" is asked on every sign-in.
      `create index workshop_members_user_id_idx on workshop_members (user_id)`,
    ],
  },
  {
    name: '0003_docs',
    statements: [
      `create table docs (
        name text primary key,
        workshop_id text not null references workshops(id) on delete cascade,
        kind text not null,
        topic_id text,
        group_id text,
        template text,
        title_id text not null,
        title_en text not null,
        open_for_participants boolean not null default false,
        locked boolean not null default false,
        created_at timestamptz default now()
      )`,
      `create index docs_workshop_id_idx on docs (workshop_id)`,
    ],
  },
  {
    name: '0004_doc_storage',
    statements: [
      `create table doc_updates (
        seq bigserial primary key,
        doc_name text not null,
        data bytea not null,
        created_at timestamptz default now()
      )`,
      `create index doc_updates_doc_name_seq_idx on doc_updates (doc_name, seq)`,
      `create table doc_snapshots (
        doc_name text primary key,
        data bytea not null,
        upto_seq bigint not null,
        updated_at timestamptz default now()
      )`,
    ],
  },
  {
    name: '0005_settings',
    statements: [`create table settings (key text primary key, value text not null)`],
  },
  {
    name: '0006_groups_and_participants',
    statements: [
      `create table groups (
        id text primary key,
        workshop_id text not null references workshops(id) on delete cascade,
        name text not null,
        color text not null,
        position integer not null default 0,
        created_at timestamptz default now()
      )`,
      `create index groups_workshop_id_idx on groups (workshop_id)`,
      // People without an account: they join by code or invite link; removal keeps the row
      // (their cards stay attributed) but ends their access.
      `create table participants (
        id text primary key,
        workshop_id text not null references workshops(id) on delete cascade,
        name text not null,
        organisation text,
        role text not null,
        group_id text references groups(id) on delete set null,
        removed_at timestamptz,
        created_at timestamptz default now()
      )`,
      `create index participants_workshop_id_idx on participants (workshop_id)`,
    ],
  },
  {
    name: '0007_workshop_details_calendar_follow_ups',
    statements: [
      `alter table workshops add column region text`,
      `alter table workshops add column venue text`,
      `alter table workshops add column starts_on date`,
      `alter table workshops add column ends_on date`,
      `alter table workshops add column time_zone text not null default 'WIB'`,
      // Kalender Kerja: every session ends by agreeing the next meeting.
      `create table meetings (
        id text primary key,
        workshop_id text not null references workshops(id) on delete cascade,
        starts_at timestamptz not null,
        place text,
        agenda text not null,
        invitees text,
        topic_id text,
        created_at timestamptz default now()
      )`,
      `create index meetings_workshop_id_idx on meetings (workshop_id, starts_at)`,
      // Tindak Lanjut: what the working group does before the next meeting.
      `create table follow_ups (
        id text primary key,
        workshop_id text not null references workshops(id) on delete cascade,
        topic_id text,
        description text not null,
        owner text not null,
        due_on date,
        status text not null default 'open',
        created_at timestamptz default now()
      )`,
      `create index follow_ups_workshop_id_idx on follow_ups (workshop_id)`,
    ],
  },
  {
    name: '0008_agenda_and_topic_progress',
    statements: [
      `create table topic_progress (
        workshop_id text not null references workshops(id) on delete cascade,
        topic_id text not null,
        status text not null,
        updated_at timestamptz default now(),
        primary key (workshop_id, topic_id)
      )`,
      // The facilitator's edits over the method's default agenda, one row per edited session.
      `create table agenda_sessions (
        workshop_id text not null references workshops(id) on delete cascade,
        topic_id text not null,
        number integer not null,
        duration_minutes integer,
        starts_at timestamptz,
        removed boolean not null default false,
        primary key (workshop_id, topic_id, number)
      )`,
    ],
  },
  {
    name: '0009_roster',
    statements: [
      // Who the STPP is drafted with: the Pokja and the stakeholders, whether or not they join a board.
      `create table roster (
        id text primary key,
        workshop_id text not null references workshops(id) on delete cascade,
        name text not null,
        organisation text,
        position text,
        roster_role text not null,
        created_at timestamptz default now()
      )`,
      `create index roster_workshop_id_idx on roster (workshop_id)`,
    ],
  },
  {
    name: '0010_groups_per_session',
    statements: [
      // Breakout groups change from session to session: each group belongs to the session
      // (topic and session number) it was formed for; null for groups formed outside any session.
      `alter table groups add column topic_id text`,
      `alter table groups add column session_number integer`,
      `create table group_members (
        group_id text not null references groups(id) on delete cascade,
        participant_id text not null references participants(id) on delete cascade,
        primary key (group_id, participant_id)
      )`,
      `create index group_members_participant_idx on group_members (participant_id)`,
      `insert into group_members (group_id, participant_id) select group_id, id from participants where group_id is not null`,
      `alter table participants drop column group_id`,
      // The session running now: its groups are the ones people work in.
      `alter table workshops add column current_topic_id text`,
      `alter table workshops add column current_session_number integer`,
    ],
  },
  {
    name: '0011_worksheets_and_agreed_outputs',
    statements: [
      // A worksheet document fills one topic output; at most one per workshop and output.
      `alter table docs add column output_id text`,
      `create unique index docs_worksheet_output_idx on docs (workshop_id, output_id) where output_id is not null`,
      // Kesepakatan: immutable versions of an agreed output. An amendment inserts version N+1;
      // rows are never updated. JSON kept as text so both backends return it unparsed alike.
      `create table agreed_outputs (
        id text primary key,
        workshop_id text not null references workshops(id) on delete cascade,
        output_id text not null,
        version integer not null check (version >= 1),
        data text not null,
        source_docs text not null,
        present text not null,
        agreed_by text not null,
        agreed_at timestamptz not null default now(),
        note text,
        unique (workshop_id, output_id, version)
      )`,
    ],
  },
  {
    name: '0012_doc_checkpoints',
    statements: [
      // A board's last good snapshot: its state when last compacted well within the size limit,
      // which the facilitator restores a full board to. One row per document, replaced.
      `create table doc_checkpoints (
        doc_name text primary key,
        data bytea not null,
        taken_at timestamptz not null default now()
      )`,
    ],
  },
  {
    name: '0013_personal_docs',
    statements: [
      // A person's private space on a board (lib/board/personalDoc.ts): registered when its owner
      // first opens it, so a reveal finds every one of them.
      `create table personal_docs (
        name text primary key,
        board_name text not null,
        owner_id text not null,
        created_at timestamptz not null default now()
      )`,
      `create index personal_docs_board_name_idx on personal_docs (board_name)`,
    ],
  },
  {
    name: '0014_auth_sessions',
    statements: [
      // A facilitator's sign-in. The session cookie names its row; deleting the row (sign-out,
      // password change) ends the session on every device that holds a copy of the cookie.
      `create table auth_sessions (
        id text primary key,
        user_id text not null references users(id) on delete cascade,
        created_at timestamptz not null default now(),
        last_seen_at timestamptz not null default now()
      )`,
      `create index auth_sessions_user_id_idx on auth_sessions (user_id)`,
    ],
  },
  {
    name: '0015_share_links',
    statements: [
      // Every link a facilitator hands out: a board link (kind 'board', for doc_name), an invite
      // for remote people ('invite') or a co-facilitator invite ('facilitator-invite', single-use:
      // used_at). The signed token names its row; a revoked or expired row opens nothing.
      `create table share_links (
        id text primary key,
        workshop_id text not null references workshops(id) on delete cascade,
        kind text not null,
        role text not null,
        doc_name text,
        group_id text,
        label text,
        created_by text references users(id) on delete set null,
        created_at timestamptz not null default now(),
        expires_at timestamptz not null,
        revoked_at timestamptz,
        used_at timestamptz,
        used_by text
      )`,
      `create index share_links_workshop_id_idx on share_links (workshop_id)`,
      // The invite a participant joined by: revoking it removes them too.
      `alter table participants add column invite_id text`,
    ],
  },
];

/**
 * The embedded database's schema history. It starts at the schema PostgreSQL's first eleven
 * migrations built, in one step, with the same tables, columns and declared types (the SQLite
 * backend reads `boolean` and `timestamptz` columns back as booleans and Dates by those names).
 * Timestamps are ISO-8601 UTC text with microseconds and dates 'YYYY-MM-DD' text, so text order
 * is time order.
 */
export const SQLITE_MIGRATIONS: readonly Migration[] = [
  {
    name: '0001_schema',
    statements: [
      `create table users (
        id text primary key,
        email text unique not null,
        name text not null,
        password_hash text not null,
        created_at timestamptz default (now())
      )`,
      `create table workshops (
        id text primary key,
        title text not null,
        pdam text not null,
        join_code text unique not null,
        created_by text references users(id),
        created_at timestamptz default (now()),
        region text,
        venue text,
        starts_on date,
        ends_on date,
        time_zone text not null default 'WIB',
        current_topic_id text,
        current_session_number integer
      )`,
      `create table workshop_members (
        workshop_id text references workshops(id) on delete cascade,
        user_id text references users(id) on delete cascade,
        role text not null,
        primary key (workshop_id, user_id)
      )`,
      `create index workshop_members_user_id_idx on workshop_members (user_id)`,
      `create table docs (
        name text primary key,
        workshop_id text not null references workshops(id) on delete cascade,
        kind text not null,
        topic_id text,
        group_id text,
        template text,
        title_id text not null,
        title_en text not null,
        open_for_participants boolean not null default false,
        locked boolean not null default false,
        created_at timestamptz default (now()),
        output_id text
      )`,
      `create index docs_workshop_id_idx on docs (workshop_id)`,
      `create unique index docs_worksheet_output_idx on docs (workshop_id, output_id) where output_id is not null`,
      // AUTOINCREMENT: a sequence number is never handed out twice, even after compaction has
      // deleted every row of the log (plain rowids would start again at the highest left).
      `create table doc_updates (
        seq integer primary key autoincrement,
        doc_name text not null,
        data bytea not null,
        created_at timestamptz default (now())
      )`,
      `create index doc_updates_doc_name_seq_idx on doc_updates (doc_name, seq)`,
      `create table doc_snapshots (
        doc_name text primary key,
        data bytea not null,
        upto_seq bigint not null,
        updated_at timestamptz default (now())
      )`,
      `create table settings (key text primary key, value text not null)`,
      `create table groups (
        id text primary key,
        workshop_id text not null references workshops(id) on delete cascade,
        name text not null,
        color text not null,
        position integer not null default 0,
        created_at timestamptz default (now()),
        topic_id text,
        session_number integer
      )`,
      `create index groups_workshop_id_idx on groups (workshop_id)`,
      `create table participants (
        id text primary key,
        workshop_id text not null references workshops(id) on delete cascade,
        name text not null,
        organisation text,
        role text not null,
        removed_at timestamptz,
        created_at timestamptz default (now())
      )`,
      `create index participants_workshop_id_idx on participants (workshop_id)`,
      `create table group_members (
        group_id text not null references groups(id) on delete cascade,
        participant_id text not null references participants(id) on delete cascade,
        primary key (group_id, participant_id)
      )`,
      `create index group_members_participant_idx on group_members (participant_id)`,
      `create table meetings (
        id text primary key,
        workshop_id text not null references workshops(id) on delete cascade,
        starts_at timestamptz not null,
        place text,
        agenda text not null,
        invitees text,
        topic_id text,
        created_at timestamptz default (now())
      )`,
      `create index meetings_workshop_id_idx on meetings (workshop_id, starts_at)`,
      `create table follow_ups (
        id text primary key,
        workshop_id text not null references workshops(id) on delete cascade,
        topic_id text,
        description text not null,
        owner text not null,
        due_on date,
        status text not null default 'open',
        created_at timestamptz default (now())
      )`,
      `create index follow_ups_workshop_id_idx on follow_ups (workshop_id)`,
      `create table topic_progress (
        workshop_id text not null references workshops(id) on delete cascade,
        topic_id text not null,
        status text not null,
        updated_at timestamptz default (now()),
        primary key (workshop_id, topic_id)
      )`,
      `create table agenda_sessions (
        workshop_id text not null references workshops(id) on delete cascade,
        topic_id text not null,
        number integer not null,
        duration_minutes integer,
        starts_at timestamptz,
        removed boolean not null default false,
        primary key (workshop_id, topic_id, number)
      )`,
      `create table roster (
        id text primary key,
        workshop_id text not null references workshops(id) on delete cascade,
        name text not null,
        organisation text,
        position text,
        roster_role text not null,
        created_at timestamptz default (now())
      )`,
      `create index roster_workshop_id_idx on roster (workshop_id)`,
      `create table agreed_outputs (
        id text primary key,
        workshop_id text not null references workshops(id) on delete cascade,
        output_id text not null,
        version integer not null check (version >= 1),
        data text not null,
        source_docs text not null,
        present text not null,
        agreed_by text not null,
        agreed_at timestamptz not null default (now()),
        note text,
        unique (workshop_id, output_id, version)
      )`,
    ],
  },
  {
    name: '0012_doc_checkpoints',
    statements: [
      `create table doc_checkpoints (
        doc_name text primary key,
        data bytea not null,
        taken_at timestamptz not null default (now())
      )`,
    ],
  },
  {
    name: '0013_personal_docs',
    statements: [
      `create table personal_docs (
        name text primary key,
        board_name text not null,
        owner_id text not null,
        created_at timestamptz not null default (now())
      )`,
      `create index personal_docs_board_name_idx on personal_docs (board_name)`,
    ],
  },
  {
    name: '0014_auth_sessions',
    statements: [
      `create table auth_sessions (
        id text primary key,
        user_id text not null references users(id) on delete cascade,
        created_at timestamptz not null default (now()),
        last_seen_at timestamptz not null default (now())
      )`,
      `create index auth_sessions_user_id_idx on auth_sessions (user_id)`,
    ],
  },
  {
    name: '0015_share_links',
    statements: [
      `create table share_links (
        id text primary key,
        workshop_id text not null references workshops(id) on delete cascade,
        kind text not null,
        role text not null,
        doc_name text,
        group_id text,
        label text,
        created_by text references users(id) on delete set null,
        created_at timestamptz not null default (now()),
        expires_at timestamptz not null,
        revoked_at timestamptz,
        used_at timestamptz,
        used_by text
      )`,
      `create index share_links_workshop_id_idx on share_links (workshop_id)`,
      `alter table participants add column invite_id text`,
    ],
  },
];

/** The schema history of a database of this dialect. */
export function migrationsFor(dialect: Sql['dialect']): readonly Migration[] {
  return dialect === 'sqlite' ? SQLITE_MIGRATIONS : MIGRATIONS;
}

/**
 * Applies, in order and in one transaction, every migration not yet recorded in
 * `schema_migrations`, and returns the names it applied (empty when the schema is current).
 * Safe when several processes start at once against one PostgreSQL: they queue on an advisory
 * lock and the later ones find nothing left to do.
 */
export async function runMigrations(sql: Sql, migrations: readonly Migration[] = migrationsFor(sql.dialect)): Promise<string[]> {
  // On SQLite the transaction itself (begin immediate) keeps a second process out meanwhile.
  return sql.transaction(async (tx) => {
    if (tx.dialect === 'postgres') {
      // Taken before `create table if not exists`, which itself races (duplicate pg_type row)
      // when two sessions run it at once. Released at commit.
      await tx.query(`select pg_advisory_xact_lock(hashtextextended('plano.schema_migrations', 0))`);
    }
    await tx.query(`create table if not exists schema_migrations (
      name text primary key,
      applied_at timestamptz not null default (now())
    )`);
    const rows = await tx.query<{ name: string }>('select name from schema_migrations');
    const applied = new Set(rows.map((row) => row.name));
    const newlyApplied: string[] = [];
    for (const migration of migrations) {
      if (applied.has(migration.name)) continue;
      for (const statement of migration.statements) await tx.query(statement);
      await tx.query('insert into schema_migrations (name) values ($1)', [migration.name]);
      newlyApplied.push(migration.name);
    }
    return newlyApplied;
  });
}
