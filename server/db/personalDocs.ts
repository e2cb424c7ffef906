/** Private spaces on boards (lib/board/personalDoc.ts): which exist, on which board, whose. */
import { isValidDocName } from '@/lib/docName';
import type { Sql } from './Sql';

export interface PersonalDoc {
  name: string;
  ownerId: string;
}

/** Records a private space the first time its owner opens it; later calls change nothing. */
export async function registerPersonalDoc(sql: Sql, name: string, boardName: string, ownerId: string): Promise<void> {
  if (!isValidDocName(name) || !isValidDocName(boardName)) throw new Error(`Invalid document name: ${JSON.stringify(name.slice(0, 80))}`);
  await sql.query(`insert into personal_docs (name, board_name, owner_id) values ($1, $2, $3) on conflict (name) do nothing`, [name, boardName, ownerId]);
}

export async function personalDocsOfBoard(sql: Sql, boardName: string): Promise<PersonalDoc[]> {
  const rows = await sql.query<{ name: string; owner_id: string }>(`select name, owner_id from personal_docs where board_name = $1 order by created_at, name`, [boardName]);
  return rows.map((row) => ({ name: row.name, ownerId: row.owner_id }));
}

export async function personalDocByName(sql: Sql, name: string): Promise<(PersonalDoc & { boardName: string }) | null> {
  const [row] = await sql.query<{ name: string; owner_id: string; board_name: string }>(`select name, owner_id, board_name from personal_docs where name = $1`, [name]);
  return row ? { name: row.name, ownerId: row.owner_id, boardName: row.board_name } : null;
}
