/**
 * The one edit that turns a field's old text into its new text (what a keystroke, a paste or an
 * autocorrection did), as a splice: delete `remove` characters at `index`, insert `insert`. A text
 * field reports only its new value; a shared text wants the change itself, so that what another
 * person typed elsewhere in the same cell meanwhile stays where it is.
 */
export interface TextSplice {
  index: number;
  remove: number;
  insert: string;
}

/**
 * The smallest splice between two texts, by their common start and end. `caret` (where the caret
 * is after the edit, when known) settles the ambiguous case of a repeated letter: typing "a" at
 * the end of "aa" is an insertion at 2, at its start an insertion at 0. The text after the caret
 * is what the edit left alone, so the common end is measured first, up to the caret.
 */
export function spliceBetween(before: string, after: string, caret: number | null = null): TextSplice | null {
  if (before === after) return null;
  const shortest = Math.min(before.length, after.length);
  const sameAt = (fromStart: number) => before.charCodeAt(fromStart) === after.charCodeAt(fromStart);
  const sameFromEnd = (n: number) => before.charCodeAt(before.length - 1 - n) === after.charCodeAt(after.length - 1 - n);
  let start = 0;
  let end = 0;
  if (caret !== null && caret >= 0 && caret <= after.length) {
    while (end < Math.min(shortest, after.length - caret) && sameFromEnd(end)) end++;
    while (start < shortest - end && sameAt(start)) start++;
  } else {
    while (start < shortest && sameAt(start)) start++;
    while (end < shortest - start && sameFromEnd(end)) end++;
  }
  return { index: start, remove: before.length - start - end, insert: after.slice(start, after.length - end) };
}

/** Applies a splice to a text (for tests and for checking a splice against the field). */
export function applySplice(text: string, splice: TextSplice): string {
  return text.slice(0, splice.index) + splice.insert + text.slice(splice.index + splice.remove);
}
