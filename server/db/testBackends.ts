/**
 * Test helper: runs a suite against every database backend. SQLite (in memory) always runs;
 * PostgreSQL runs when DATABASE_URL is set, each suite in its own throw-away database
 * `plano_test_<random>` that is dropped afterwards, so tests never touch a developer's data and
 * suites can run in parallel. In CI (`CI` set) a missing DATABASE_URL fails the PostgreSQL
 * suites instead of skipping them, because CI always provides PostgreSQL.
 */
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { afterAll, beforeAll, describe } from 'vitest';
import { testEnv } from '../testing/testEnv';
import { createPostgresSql } from './postgresSql';
import { runMigrations } from './migrations';
import { createSqliteSql } from './sqliteSql';
import type { Sql } from './Sql';

const { databaseUrl, inCi: runningInCi } = testEnv;

export type Dialect = Sql['dialect'];

/** What a suite gets for one backend. Call its methods inside hooks and tests, not at collection. */
export interface TestBackend {
  readonly dialect: Dialect;
  /** The suite's migrated database, opened before its first test and closed after its last. */
  sql(): Sql;
  /**
   * A further, empty (unmigrated) database of the same kind, closed and removed when the suite
   * ends. `connect()` opens one more connection to it (PostgreSQL only: an in-memory SQLite
   * database has one).
   */
  createEmptyDatabase(): Promise<EmptyDatabase>;
}

export interface EmptyDatabase {
  readonly sql: Sql;
  connect(): Promise<Sql>;
}

/** Declares `body` once per backend, as `<title> [sqlite]` and `<title> [postgres]`. */
export function describeEachBackend(title: string, body: (backend: TestBackend) => void): void {
  describe(`${title} [sqlite]`, () => body(sqliteBackend()));
  describePostgres(title, (scratch) => body(postgresBackend(scratch)));
}

/**
 * Declares a PostgreSQL-only suite; `body` gets a way to create throw-away databases. Skipped
 * (with a console message) when DATABASE_URL is missing, failed instead when CI is set.
 */
export function describePostgres(title: string, body: (scratch: ScratchDatabases) => void): void {
  const skip = !databaseUrl && !runningInCi;
  if (skip) {
    console.warn(`[plano tests] DATABASE_URL is not set: skipping "${title} [postgres]". Set DATABASE_URL=postgres://user@host:5432/postgres to run it.`);
  }
  describe.skipIf(skip)(`${title} [postgres]`, () => {
    const scratch = new ScratchDatabases();
    beforeAll(() => {
      if (!databaseUrl) throw new Error('CI is set but DATABASE_URL is not: CI must provide PostgreSQL for the database tests');
    });
    afterAll(() => scratch.dropAll());
    body(scratch);
  });
}

/** Creates `plano_test_<random>` databases next to DATABASE_URL's and drops them all at the end. */
export class ScratchDatabases {
  private maintenance: postgres.Sql | null = null;
  private readonly created: { name: string; connections: Sql[] }[] = [];

  /** Creates an empty database and returns its connection URL. */
  async create(): Promise<string> {
    if (!databaseUrl) throw new Error('DATABASE_URL is not set');
    this.maintenance ??= postgres(databaseUrl, { max: 1, onnotice: () => undefined });
    const name = `plano_test_${randomBytes(6).toString('hex')}`;
    await this.maintenance.unsafe(`create database ${name}`);
    this.created.push({ name, connections: [] });
    const url = new URL(databaseUrl);
    url.pathname = `/${name}`;
    return url.toString();
  }

  /** Opens a pool to a database made by `create()`; it is closed before the database is dropped. */
  connect(url: string): Sql {
    const name = new URL(url).pathname.slice(1);
    const entry = this.created.find((database) => database.name === name);
    if (!entry) throw new Error(`${name} is not a scratch database of this suite`);
    const sql = createPostgresSql(url, { maxConnections: 4 });
    entry.connections.push(sql);
    return sql;
  }

  async dropAll(): Promise<void> {
    for (const { name, connections } of this.created.splice(0)) {
      await Promise.all(connections.map((sql) => sql.close()));
      // `with (force)` ends connections a failed test may have left open.
      await this.maintenance?.unsafe(`drop database if exists ${name} with (force)`);
    }
    await this.maintenance?.end({ timeout: 5 });
    this.maintenance = null;
  }
}

function sqliteBackend(): TestBackend {
  let suiteSql: Sql | null = null;
  const extras: Sql[] = [];
  beforeAll(async () => {
    suiteSql = createSqliteSql(':memory:');
    await runMigrations(suiteSql);
  });
  afterAll(async () => {
    await Promise.all([suiteSql, ...extras].map((sql) => sql?.close()));
  });
  return {
    dialect: 'sqlite',
    sql: () => required(suiteSql),
    async createEmptyDatabase() {
      const sql = createSqliteSql(':memory:');
      extras.push(sql);
      return {
        sql,
        connect: () => Promise.reject(new Error('An in-memory SQLite database takes no second connection')),
      };
    },
  };
}

function postgresBackend(scratch: ScratchDatabases): TestBackend {
  let suiteSql: Sql | null = null;
  beforeAll(async () => {
    suiteSql = scratch.connect(await scratch.create());
    await runMigrations(suiteSql);
  });
  return {
    dialect: 'postgres',
    sql: () => required(suiteSql),
    async createEmptyDatabase() {
      const url = await scratch.create();
      return { sql: scratch.connect(url), connect: async () => scratch.connect(url) };
    },
  };
}

function required(sql: Sql | null): Sql {
  if (!sql) throw new Error('The test database is not open yet: use backend.sql() inside hooks and tests');
  return sql;
}
