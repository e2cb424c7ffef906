import { beforeAll, expect, it } from 'vitest';
import { violatedUniqueConstraint, type Sql } from './Sql';
import { describeEachBackend } from './testBackends';

const INSERT = 'insert into each_items (name, data, note) values ($1, $2, $3) returning id, name, data, note, created_at';

async function names(sql: Sql): Promise<string[]> {
  const rows = await sql.query<{ name: string }>('select name from each_items order by id');
  return rows.map((row) => row.name);
}

describeEachBackend('Sql.queryEach', (backend) => {
  let sql: Sql;
  beforeAll(async () => {
    sql = backend.sql();
    const sqlite = backend.dialect === 'sqlite';
    await sql.query(`create table each_items (
      id ${sqlite ? 'integer primary key autoincrement' : 'bigserial primary key'},
      name text unique not null,
      data bytea not null,
      note text,
      created_at timestamptz not null default (now())
    )`);
  });

  it('runs the statement once per row, in order, and returns each run\'s rows with the usual types', async () => {
    const bytes = [new Uint8Array([0, 255, 10]), new Uint8Array(0), new Uint8Array(4096).map((_, i) => i % 251)];
    const runs = await sql.queryEach<{ id: number; name: string; data: Uint8Array; note: string | null; created_at: Date }>(INSERT, [
      ['first', bytes[0], 'a note'],
      ['second', bytes[1], null],
      ['third', bytes[2], 'ĉu ŝi? kartu'],
    ]);
    expect(runs).toHaveLength(3);
    expect(runs.map(([row]) => row.name)).toEqual(['first', 'second', 'third']);
    expect(runs.map(([row]) => row.data)).toEqual(bytes);
    expect(runs.every(([row]) => row.data.constructor === Uint8Array)).toBe(true);
    expect(runs.map(([row]) => row.note)).toEqual(['a note', null, 'ĉu ŝi? kartu']);
    expect(runs.every(([row]) => typeof row.id === 'number' && row.created_at instanceof Date)).toBe(true);
    expect(runs[1][0].id).toBeGreaterThan(runs[0][0].id);
    expect(runs[2][0].id).toBeGreaterThan(runs[1][0].id);
    // The same statement again (prepared once on the embedded database) still reads and writes right.
    const [[again]] = await sql.queryEach<{ name: string; data: Uint8Array }>(INSERT, [['fourth', bytes[0], null]]);
    expect(again).toMatchObject({ name: 'fourth', data: bytes[0] });
    const selected = await sql.queryEach<{ name: string }>('select name from each_items where name = $1', [['first'], ['nobody'], ['third']]);
    expect(selected).toEqual([[{ name: 'first' }], [], [{ name: 'third' }]]);
  });

  it('commits all runs or none: a failing run leaves nothing of the others, and names the constraint', async () => {
    const before = await names(sql);
    const attempt = sql.queryEach(INSERT, [
      ['fifth', new Uint8Array([1]), null],
      ['first', new Uint8Array([2]), null], // already there: unique violation
      ['sixth', new Uint8Array([3]), null],
    ]);
    const error = await attempt.then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(violatedUniqueConstraint(error)).toBe('each_items_name_key');
    expect(await names(sql)).toEqual(before);
    // The database is fine afterwards.
    await sql.queryEach(INSERT, [['fifth', new Uint8Array([1]), null]]);
    expect(await names(sql)).toEqual([...before, 'fifth']);
  });

  it('refuses a run with the wrong number of parameters and writes nothing', async () => {
    const before = await names(sql);
    await expect(sql.queryEach(INSERT, [['seventh', new Uint8Array([1]), null], ['eighth', new Uint8Array([1])]])).rejects.toThrow();
    expect(await names(sql)).toEqual(before);
  });

  it('does nothing for no rows', async () => {
    expect(await sql.queryEach(INSERT, [])).toEqual([]);
  });

  it('inside a transaction joins it: rolled back with it', async () => {
    const before = await names(sql);
    await expect(
      sql.transaction(async (tx) => {
        await tx.queryEach(INSERT, [['inside', new Uint8Array([9]), null]]);
        expect(await names(tx)).toContain('inside');
        throw new Error('change of mind');
      }),
    ).rejects.toThrow('change of mind');
    expect(await names(sql)).toEqual(before);
  });

  it('never slips into another caller\'s open transaction: its rows survive that transaction\'s rollback', async () => {
    let inTransaction!: () => void;
    const started = new Promise<void>((resolve) => (inTransaction = resolve));
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const rolledBack = sql
      .transaction(async (tx) => {
        await tx.query(INSERT, ['doomed', new Uint8Array([1]), null]);
        inTransaction();
        await held;
        throw new Error('roll back');
      })
      .catch((error: unknown) => error);
    await started;
    const outside = sql.queryEach(INSERT, [['outside', new Uint8Array([2]), null]]);
    // Give the runs every chance to go in while the transaction is open.
    await new Promise((resolve) => setTimeout(resolve, 30));
    release();
    expect(await rolledBack).toBeInstanceOf(Error);
    await outside;
    const after = await names(sql);
    expect(after).toContain('outside');
    expect(after).not.toContain('doomed');
  });
});
