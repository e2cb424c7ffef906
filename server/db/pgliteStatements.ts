/**
 * Prepared statements on the embedded database, run through PGlite's wire-protocol entry point.
 * `PGlite.query` makes six separate trips into the engine per statement (parse, describe, bind,
 * describe, execute, sync) and plans the statement every time; for the small write every live
 * edit makes, that overhead is most of the cost. Here a statement is parsed and planned once per
 * database, and N runs of it go to the engine as one message: N x (bind, execute), then one sync,
 * which PostgreSQL runs as one implicit transaction (all runs commit together, or none does).
 */
import { protocol, types, type PGlite } from '@electric-sql/pglite';

export interface StatementRunner {
  /** Runs `text` once per parameter row, in one transaction; the rows of each run, in order. */
  runEach<T>(text: string, paramRows: readonly unknown[][]): Promise<T[][]>;
}

interface Prepared {
  name: string;
  paramTypes: number[];
  columns: { name: string; typeId: number }[];
}

type BackendMessage = Awaited<ReturnType<PGlite['execProtocol']>>['messages'][number];

const { serialize, messages: backend } = protocol;

export function createStatementRunner(db: PGlite): StatementRunner {
  const prepared = new Map<string, Prepared>();

  /** Parses, plans and describes `text` once; must run while holding the query lock. */
  async function prepare(text: string): Promise<Prepared> {
    const known = prepared.get(text);
    if (known) return known;
    const name = `plano_statement_${prepared.size + 1}`;
    const { messages } = await db.execProtocol(concat([serialize.parse({ name, text }), serialize.describe({ type: 'S', name }), serialize.sync()]));
    let paramTypes: number[] = [];
    let columns: Prepared['columns'] = [];
    for (const message of messages) {
      if (message instanceof backend.ParameterDescriptionMessage) paramTypes = message.dataTypeIDs;
      if (message instanceof backend.RowDescriptionMessage) columns = message.fields.map((field) => ({ name: field.name, typeId: field.dataTypeID }));
    }
    const statement = { name, paramTypes, columns };
    prepared.set(text, statement);
    return statement;
  }

  function encodeParams(statement: Prepared, params: readonly unknown[]): (string | Uint8Array | null)[] {
    if (params.length !== statement.paramTypes.length) {
      throw new Error(`statement expects ${statement.paramTypes.length} parameters, got ${params.length}`);
    }
    return params.map((value, i) => {
      const typeId = statement.paramTypes[i];
      if (value === null || value === undefined) return null;
      // Bytes for a bytea parameter go as they are (binary format): no hex text to build or parse.
      if (typeId === types.BYTEA && value instanceof Uint8Array) return value;
      const serializer = db.serializers[typeId];
      return serializer ? (serializer(value) as string) : String(value);
    });
  }

  function rowsOfEachRun<T>(statement: Prepared, messages: BackendMessage[]): T[][] {
    const runs: T[][] = [];
    let current: T[] = [];
    for (const message of messages) {
      if (message instanceof backend.DataRowMessage) {
        const values = message.fields;
        const row: Record<string, unknown> = {};
        statement.columns.forEach((column, i) => {
          const value = values[i];
          const parser = db.parsers[column.typeId];
          row[column.name] = value === null ? null : parser ? parser(value, column.typeId) : value;
        });
        current.push(row as T);
      } else if (message instanceof backend.CommandCompleteMessage) {
        runs.push(current);
        current = [];
      }
    }
    return runs;
  }

  return {
    async runEach<T>(text: string, paramRows: readonly unknown[][]): Promise<T[][]> {
      if (paramRows.length === 0) return [];
      if (db.closed) throw new Error('PGlite is closed');
      // Both of PGlite's locks, as its own query() takes them: holding only the query lock could
      // slip these runs between the statements of someone's open transaction, and into its fate.
      return db._runExclusiveTransaction(() =>
        db.runExclusive(async () => {
          const statement = await prepare(text);
          const parts: Uint8Array[] = [];
          for (const params of paramRows) {
            parts.push(serialize.bind({ statement: statement.name, values: encodeParams(statement, params) }), serialize.execute({}));
          }
          parts.push(serialize.sync());
          const { messages } = await db.execProtocol(concat(parts));
          return rowsOfEachRun<T>(statement, messages);
        }),
      );
    },
  };
}

function concat(parts: Uint8Array[]): Uint8Array {
  let length = 0;
  for (const part of parts) length += part.byteLength;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.byteLength;
  }
  return out;
}
