import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createPgliteSql, parseByteaHex } from './pgliteSql';
import type { Sql } from './Sql';

let sql: Sql;
beforeAll(async () => {
  sql = await createPgliteSql(undefined);
  await sql.query('create table blobs (id int primary key, data bytea not null)');
});
afterAll(() => sql.close());

it('reads bytea back byte for byte, as plain Uint8Arrays, from empty to a large board snapshot', async () => {
  const values = [new Uint8Array(0), new Uint8Array([0, 255, 16]), new Uint8Array(randomBytes(460_000))];
  for (const [id, data] of values.entries()) await sql.query('insert into blobs (id, data) values ($1, $2)', [id, data]);
  const rows = await sql.query<{ id: number; data: Uint8Array }>('select id, data from blobs order by id');
  expect(rows.map((row) => row.data)).toEqual(values);
  expect(rows.every((row) => row.data.constructor === Uint8Array)).toBe(true);
});

it('refuses text that is not bytea hex instead of returning wrong bytes', () => {
  expect(() => parseByteaHex('abc')).toThrow(/hex format/);
  expect(() => parseByteaHex('\\x0g')).toThrow(/valid hex/);
  expect(() => parseByteaHex('\\x123')).toThrow(/valid hex/);
  expect(parseByteaHex('\\x00ff')).toEqual(new Uint8Array([0, 255]));
});
