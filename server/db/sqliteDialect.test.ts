import { describe, expect, it } from 'vitest';
import { readerForDeclaredType, SQLITE_FUNCTIONS, toSqliteParam, translateForSqlite } from './sqliteDialect';
import { violatedUniqueConstraint } from './Sql';
import { createSqliteSql } from './sqliteSql';

describe('translating a query for SQLite', () => {
  it('numbers placeholders the SQLite way, also when one is used twice', () => {
    expect(translateForSqlite('select * from docs where name = $1 and ($2 is null or kind = $2) limit $10')).toBe(
      'select * from docs where name = ?1 and (?2 is null or kind = ?2) limit ?10',
    );
  });

  it('drops PostgreSQL casts, which SQLite would read as number conversions', () => {
    expect(translateForSqlite('update workshops set starts_on = $6::date, n = count(*)::int8 where id = $1::text')).toBe(
      'update workshops set starts_on = ?6, n = count(*) where id = ?1',
    );
  });

  it('matches against an array parameter through json_each', () => {
    expect(translateForSqlite('select id from users where id = any($1::text[])')).toBe('select id from users where id in (select value from json_each(?1))');
  });

  it('leaves quoted strings and identifiers as they are', () => {
    expect(translateForSqlite(`select 'it''s $1::text' as "a::b", $1 as x`)).toBe(`select 'it''s $1::text' as "a::b", ?1 as x`);
    expect(() => translateForSqlite(`select 'unterminated`)).toThrow(/Unterminated string/);
  });
});

describe('values on their way in and out of SQLite', () => {
  it('stores booleans as 0/1, dates as UTC text with milliseconds, arrays as JSON', () => {
    expect(toSqliteParam(true)).toBe(1);
    expect(toSqliteParam(false)).toBe(0);
    expect(toSqliteParam(new Date('2026-12-08T10:00:00+07:00'))).toBe('2026-12-08T03:00:00.000000Z');
    expect(toSqliteParam(['a', 'b'])).toBe('["a","b"]');
    expect(toSqliteParam(undefined)).toBeNull();
    expect(() => toSqliteParam(new Date('not a date'))).toThrow(/invalid date/);
    expect(() => toSqliteParam({ a: 1 })).toThrow(/Cannot bind/);
  });

  it('reads boolean and timestamptz columns back as booleans and Dates, by their declared type', () => {
    expect(readerForDeclaredType('boolean')?.(1)).toBe(true);
    expect(readerForDeclaredType('BOOLEAN')?.(0)).toBe(false);
    expect(readerForDeclaredType('timestamptz')?.('2026-12-08T03:00:00.000Z')).toEqual(new Date('2026-12-08T03:00:00.000Z'));
    expect(readerForDeclaredType('timestamptz')?.(null)).toBeNull();
    expect(readerForDeclaredType('text')).toBeNull();
    expect(readerForDeclaredType(null)).toBeNull();
  });

  it('has now() in the form dates are stored in, always later than the one before, and to_char only for the one date format used', () => {
    const times = Array.from({ length: 1000 }, () => SQLITE_FUNCTIONS.now() as string);
    expect(times[0]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
    expect(new Set(times).size).toBe(1000);
    expect([...times].sort()).toEqual(times);
    expect(Math.abs(new Date(times[999]).getTime() - Date.now())).toBeLessThan(5000);
    expect(SQLITE_FUNCTIONS.to_char('2026-12-08', 'YYYY-MM-DD')).toBe('2026-12-08');
    expect(() => SQLITE_FUNCTIONS.to_char('2026-12-08', 'DD/MM/YYYY')).toThrow(/only 'YYYY-MM-DD'/);
  });

  it('names a violated unique constraint as PostgreSQL would by default', async () => {
    const sql = createSqliteSql(':memory:');
    try {
      await sql.query('create table people (id integer primary key, email text unique, a text, b text, unique (a, b))');
      await sql.query(`insert into people (id, email, a, b) values (1, 'x@y', 'p', 'q')`);
      const failure = (text: string) => sql.query(text).then(() => null, (error: unknown) => error);
      expect(violatedUniqueConstraint(await failure(`insert into people (id, email) values (2, 'x@y')`))).toBe('people_email_key');
      expect(violatedUniqueConstraint(await failure(`insert into people (id, a, b) values (3, 'p', 'q')`))).toBe('people_a_b_key');
      expect(violatedUniqueConstraint(await failure(`insert into people (id) values (1)`))).toBe('people_id_key');
      expect(violatedUniqueConstraint(await failure(`insert into nowhere values (1)`))).toBeNull();
    } finally {
      await sql.close();
    }
  });
});
