/**
 * The few differences between the SQL Plano's queries are written in (PostgreSQL's) and what
 * SQLite reads, bridged where a query is prepared, so both engines run one set of queries:
 * - `$1` placeholders become SQLite's numbered `?1` (the same number may appear several times);
 * - `::type` casts, which PostgreSQL needs to type a parameter, are dropped (SQLite is dynamically
 *   typed and would read `cast(x as date)` as a number);
 * - `= any($n)` (a parameter holding an array) becomes `in (select value from json_each(?n))`,
 *   and the array is bound as JSON (see `toSqliteParam`).
 * Anything else PostgreSQL-only (`distinct on`, `delete ... using`, advisory locks) is not
 * translated: such queries are written so both engines read them, or kept side by side by dialect.
 * Quoted strings and identifiers are copied untouched.
 */
export function translateForSqlite(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    if (char === "'" || char === '"') {
      const end = closingQuote(text, i);
      out += text.slice(i, end);
      i = end;
    } else if (char === '$' && isDigit(text[i + 1])) {
      let j = i + 1;
      while (isDigit(text[j])) j++;
      out += `?${text.slice(i + 1, j)}`;
      i = j;
    } else if (char === ':' && text[i + 1] === ':') {
      let j = i + 2;
      while (j < text.length && /[A-Za-z0-9_]/.test(text[j])) j++;
      if (text.startsWith('[]', j)) j += 2;
      i = j;
    } else {
      out += char;
      i++;
    }
  }
  return out.replace(/=\s*any\s*\(\s*(\?\d+)\s*\)/gi, 'in (select value from json_each($1))');
}

function closingQuote(text: string, start: number): number {
  const quote = text[start];
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === quote) {
      if (text[i + 1] === quote) i += 2; // an escaped quote inside the string
      else return i + 1;
    } else {
      i++;
    }
  }
  throw new Error(`Unterminated ${quote === "'" ? 'string' : 'identifier'} in SQL: ${text.slice(start, start + 40)}`);
}

function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9';
}

/** The value types SQLite can bind. */
export type SqliteValue = null | number | bigint | string | Uint8Array;

/**
 * A JS value as SQLite stores it: booleans as 0/1, dates as ISO-8601 text in UTC with six
 * fractional digits (the form `now()` writes, so text order is time order), arrays as JSON (for
 * `json_each`), undefined as null.
 */
export function toSqliteParam(value: unknown): SqliteValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'string') return value;
  if (value instanceof Uint8Array) return value;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new Error('Cannot store an invalid date');
    return `${value.toISOString().slice(0, 23)}000Z`;
  }
  if (Array.isArray(value)) return JSON.stringify(value);
  throw new Error(`Cannot bind a ${Object.prototype.toString.call(value)} as an SQL parameter`);
}

/**
 * How a stored value is read back, by the column's declared type: the same JS shapes the
 * PostgreSQL backend returns (see Sql.ts). Columns without a declared type (expressions) come
 * back as SQLite has them.
 */
export function readerForDeclaredType(declaredType: string | null): ((value: unknown) => unknown) | null {
  switch (declaredType?.toLowerCase()) {
    case 'boolean':
      return (value) => (value === null ? null : value !== 0);
    case 'timestamptz':
      return (value) => (value === null ? null : new Date(value as string));
    default:
      return null;
  }
}

/** Microseconds since the epoch of the last `now()` this process handed out. */
let lastNowMicros = 0;

/**
 * The current time as stored: ISO-8601 UTC text with microseconds, strictly increasing within the
 * process, so rows written one after another (two people joining in the same millisecond) keep
 * their order when sorted by time, as PostgreSQL's microsecond timestamps do.
 */
function sqliteNow(): string {
  lastNowMicros = Math.max(lastNowMicros + 1, Math.round((performance.timeOrigin + performance.now()) * 1000));
  return `${new Date(Math.floor(lastNowMicros / 1000)).toISOString().slice(0, 23)}${String(lastNowMicros % 1000).padStart(3, '0')}Z`;
}

/**
 * PostgreSQL functions Plano's queries call, defined on every SQLite connection:
 * - `now()`: see sqliteNow (column defaults call it too: `default (now())`, which both engines read);
 * - `to_char(date, 'YYYY-MM-DD')`: dates are already kept as that text (the one format used).
 */
export const SQLITE_FUNCTIONS: Record<string, (...args: SqliteValue[]) => SqliteValue> = {
  now: () => sqliteNow(),
  to_char: (value, format) => {
    if (format !== 'YYYY-MM-DD') throw new Error(`to_char supports only 'YYYY-MM-DD' here, not ${String(format)}`);
    return value;
  },
};
