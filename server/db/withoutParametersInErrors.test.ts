import { inspect } from 'node:util';
import { beforeAll, expect, it } from 'vitest';
import { violatedUniqueConstraint, type Sql } from './Sql';
import { describeEachBackend } from './testBackends';
import { withoutParametersInErrors } from './withoutParametersInErrors';

const SECRET = 'kata-sandi-rahasia';

describeEachBackend('a database error', (backend) => {
  let sql: Sql;
  beforeAll(async () => {
    sql = withoutParametersInErrors(backend.sql());
    await sql.query('create table redaction_probe (secret text constraint redaction_probe_secret unique, n integer not null)');
    await sql.query('insert into redaction_probe (secret, n) values ($1, 1)', [SECRET]);
  });

  async function failure(run: () => Promise<unknown>): Promise<unknown> {
    return run().then(
      () => null,
      (error: unknown) => error,
    );
  }

  it('never shows the statement’s values, however it is printed', async () => {
    const errors = [
      await failure(() => sql.query('insert into redaction_probe (secret, n) values ($1, 2)', [SECRET])),
      await failure(() => sql.transaction((tx) => tx.query('insert into redaction_probe (secret, n) values ($1, null)', [`${SECRET}-2`]))),
      await failure(() => sql.queryEach('insert into redaction_probe (secret, n) values ($1, 3)', [[SECRET]])),
    ];
    // PostgreSQL also refuses text it cannot store, quoting the value: a NUL, a number that is not one.
    if (backend.dialect === 'postgres') {
      errors.push(await failure(() => sql.query('insert into redaction_probe (secret, n) values ($1, 4)', [`${SECRET}\u0000`])));
      errors.push(await failure(() => sql.query('insert into redaction_probe (secret, n) values ($2, $1::integer)', [SECRET, 'x'])));
    }
    for (const error of errors) {
      expect(error).toBeInstanceOf(Error);
      expect(inspect(error, { depth: 5 })).not.toContain(SECRET);
      expect(JSON.stringify(error)).not.toContain(SECRET);
      expect(String(error)).not.toContain(SECRET);
    }
  });

  it('still names the constraint a duplicate violated', async () => {
    const error = await failure(() => sql.query('insert into redaction_probe (secret, n) values ($1, 5)', [SECRET]));
    expect(violatedUniqueConstraint(error)).toMatch(/^redaction_probe_secret(_key)?$/);
  });

  it('lets the errors of the code inside a transaction through as they are', async () => {
    class Refused extends Error {}
    const error = await failure(() => sql.transaction(() => Promise.reject(new Refused('not allowed'))));
    expect(error).toBeInstanceOf(Refused);
  });
});
