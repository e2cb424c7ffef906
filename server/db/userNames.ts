import type { Sql } from './Sql';

/**
 * The display names of these accounts, keyed by id. An id without an account (one deleted since,
 * or a record made by a script) is simply missing from the map.
 */
export async function userNamesById(sql: Sql, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await sql.query<{ id: string; name: string }>('select id, name from users where id = any($1::text[])', [unique]);
  return new Map(rows.map((row) => [row.id, row.name]));
}
