/**
 * Checks an archive needs on values of any size, written as loops: a regular expression over a
 * whole multi-megabyte base64 string, or a recursive walk of deeply nested JSON, runs out of
 * stack (`RangeError: Maximum call stack size exceeded`) long before the archive's size limit.
 */

/** Character codes of the standard base64 alphabet (A-Z a-z 0-9 + /). */
const BASE64_CODES = new Uint8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/') BASE64_CODES[c.charCodeAt(0)] = 1;
const PAD = '='.charCodeAt(0);

/**
 * Whether `text` is canonical padded base64 (what `Buffer.toString('base64')` writes): whole
 * groups of four characters, with one or two `=` only at the very end. One pass, no backtracking.
 */
export function isBase64(text: string): boolean {
  const length = text.length;
  if (length % 4 !== 0) return false;
  const padding = length === 0 ? 0 : text.charCodeAt(length - 1) !== PAD ? 0 : text.charCodeAt(length - 2) === PAD ? 2 : 1;
  for (let i = 0; i < length - padding; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128 || BASE64_CODES[code] === 0) return false;
  }
  return true;
}

/**
 * How deeply `value` nests (a scalar is 0, `[]` and `{}` are 1, `[[1]]` is 2), counted without
 * recursion, stopping as soon as it passes `limit` (then it returns `limit + 1`).
 */
export function nestingDepth(value: unknown, limit: number): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    const level = depth + 1;
    if (level > limit) return limit + 1;
    if (level > deepest) deepest = level;
    for (const child of Array.isArray(current) ? current : Object.values(current)) {
      if (child !== null && typeof child === 'object') stack.push([child, level]);
    }
  }
  return deepest;
}
