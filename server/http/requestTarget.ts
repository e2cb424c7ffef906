/**
 * A request target (path and query) must decode to well-formed text: no NUL, no bytes that are
 * not UTF-8. Route handlers and the database then never see input they cannot store (PostgreSQL
 * refuses NUL in text, and a lenient decoder would quietly turn broken bytes into U+FFFD).
 */
const fatalUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Null when the target is acceptable, else what is wrong with it. */
export function requestTargetProblem(target: string): string | null {
  // A request target is ASCII on the wire; anything else came through unencoded.
  if (/[^\u0021-\u007e]/.test(target)) return 'request target must be ASCII, with other characters percent-encoded';
  const decoded = percentDecode(target);
  if (decoded === null) return 'request target is not valid UTF-8 once decoded';
  if (decoded.includes('\u0000')) return 'request target must not contain NUL';
  return null;
}

/** The target with its percent-escapes (and `+` in the query) decoded as UTF-8, or null when they are not UTF-8. */
function percentDecode(target: string): string | null {
  const bytes: number[] = [];
  const queryAt = target.indexOf('?');
  for (let i = 0; i < target.length; i++) {
    const char = target[i];
    if (char === '%' && /^[0-9a-f]{2}$/i.test(target.slice(i + 1, i + 3))) {
      bytes.push(parseInt(target.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(char === '+' && queryAt >= 0 && i > queryAt ? 0x20 : char.charCodeAt(0));
    }
  }
  try {
    return fatalUtf8.decode(new Uint8Array(bytes));
  } catch {
    return null;
  }
}
