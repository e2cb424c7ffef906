import type { Sql } from './Sql';

/**
 * Runs `fn` inside a savepoint of an open transaction, so a nested `transaction()` call rolls
 * back only its own work when it throws. Both backends speak plain SQL savepoints, which keeps
 * nesting identical on PGlite and PostgreSQL.
 */
export async function withSavepoint<R>(tx: Sql, depth: number, fn: () => Promise<R>): Promise<R> {
  const name = `plano_sp_${depth}`;
  await tx.query(`savepoint ${name}`);
  try {
    const result = await fn();
    await tx.query(`release savepoint ${name}`);
    return result;
  } catch (error) {
    await tx.query(`rollback to savepoint ${name}`);
    throw error;
  }
}
