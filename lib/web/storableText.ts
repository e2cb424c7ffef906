/**
 * Text a database can store: no NUL (PostgreSQL refuses it in text) and no lone UTF-16 surrogate
 * (it has no UTF-8 form). Checked on every string of a parsed JSON value, keys included, so bad
 * input is refused up front instead of failing deep in a write. The walk keeps its own stack: a
 * hostile archive nests arrays far deeper than the call stack goes.
 */
export function textProblem(value: unknown): string | null {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const next = pending.pop();
    if (typeof next === 'string') {
      if (next.includes('\u0000')) return 'text must not contain NUL';
      // In unicode mode a pair forms one code point: only a lone surrogate matches.
      if (/\p{Cs}/u.test(next)) return 'text must be well-formed Unicode';
    } else if (Array.isArray(next)) {
      for (const item of next) pending.push(item);
    } else if (next !== null && typeof next === 'object') {
      for (const [key, item] of Object.entries(next)) pending.push(key, item);
    }
  }
  return null;
}
