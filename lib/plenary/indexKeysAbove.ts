/**
 * Fractional index keys (tldraw's shape order) above every key already on a page, computed
 * without randomness: tldraw's own helpers jitter their keys, and two servers gathering at the
 * same moment should write the same records.
 *
 * A key is an integer part (a head letter giving the digit count: 'a' one digit, 'b' two, …)
 * optionally followed by a fraction. Any integer-only key greater than the integer part of the
 * highest key sorts above it, fraction or not.
 */
const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const FIRST_POSITIVE = 'a1';

/** `count` keys in ascending order, each greater than `highest` (null: the page has no shapes). */
export function indexKeysAbove(highest: string | null, count: number): string[] {
  const keys: string[] = [];
  let current = highest === null || !isPositiveHead(highest[0]) ? null : integerPart(highest);
  for (let i = 0; i < count; i++) {
    current = current === null ? FIRST_POSITIVE : incrementInteger(current);
    keys.push(current);
  }
  return keys;
}

/**
 * `count` keys in ascending order, each lower than `lowest`: the background of a page (areas
 * drawn under every card). Negative integers have heads 'Z' (one digit), 'Y' (two), …
 */
export function indexKeysBelow(lowest: string, count: number): string[] {
  const keys: string[] = [];
  let current = integerPart(lowest);
  for (let i = 0; i < count; i++) {
    current = decrementInteger(current);
    keys.push(current);
  }
  return keys.reverse();
}

function decrementInteger(integer: string): string {
  const head = integer[0];
  const digits = integer.slice(1).split('');
  for (let i = digits.length - 1; i >= 0; i--) {
    const previous = DIGITS.indexOf(digits[i]) - 1;
    if (previous >= 0) {
      digits[i] = DIGITS[previous];
      return head + digits.join('');
    }
    digits[i] = DIGITS[DIGITS.length - 1];
  }
  // Every digit borrowed: the largest integer of the next shorter positive (or longer negative) head.
  if (head === 'A') throw new RangeError('No index key left below the page’s lowest shape.');
  if (head === 'a') return 'Zz';
  const positive = isPositiveHead(head);
  const length = positive ? digits.length - 1 : digits.length + 1;
  return String.fromCharCode(head.charCodeAt(0) - 1) + DIGITS[DIGITS.length - 1].repeat(length);
}

function isPositiveHead(head: string | undefined): boolean {
  return head !== undefined && head >= 'a' && head <= 'z';
}

/** The integer part of a key: the head letter and as many digits as it announces. */
function integerPart(key: string): string {
  const head = key.charCodeAt(0);
  const digits = isPositiveHead(key[0]) ? head - 'a'.charCodeAt(0) + 1 : 'Z'.charCodeAt(0) - head + 1;
  return key.slice(0, digits + 1);
}

function incrementInteger(integer: string): string {
  const head = integer[0];
  const digits = integer.slice(1).split('');
  for (let i = digits.length - 1; i >= 0; i--) {
    const next = DIGITS.indexOf(digits[i]) + 1;
    if (next < DIGITS.length) {
      digits[i] = DIGITS[next];
      return head + digits.join('');
    }
    digits[i] = '0';
  }
  // Every digit overflowed: one more digit, announced by the next head letter.
  if (head === 'z') throw new RangeError('No index key left above the page’s highest shape.');
  return String.fromCharCode(head.charCodeAt(0) + 1) + '0'.repeat(digits.length + 1);
}
