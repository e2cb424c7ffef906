import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applySplice, spliceBetween } from './textDiff';

describe('the edit a text field made', () => {
  it('is an insertion, a deletion or a replacement at the place it happened', () => {
    expect(spliceBetween('Air keruh', 'Air sangat keruh', 11)).toEqual({ index: 4, remove: 0, insert: 'sangat ' });
    expect(spliceBetween('Air sangat keruh', 'Air keruh', 4)).toEqual({ index: 4, remove: 7, insert: '' });
    expect(spliceBetween('Tekanan rendah', 'Tekanan tinggi', 14)).toEqual({ index: 8, remove: 6, insert: 'tinggi' });
    expect(spliceBetween('sama', 'sama', 4)).toBeNull();
  });

  it('follows the caret where a repeated letter leaves the place open', () => {
    expect(spliceBetween('aa', 'aaa', 3)).toEqual({ index: 2, remove: 0, insert: 'a' });
    expect(spliceBetween('aa', 'aaa', 1)).toEqual({ index: 0, remove: 0, insert: 'a' });
    expect(spliceBetween('aaa', 'aa', 0)).toEqual({ index: 0, remove: 1, insert: '' });
    expect(spliceBetween('aaa', 'aa', 2)).toEqual({ index: 2, remove: 1, insert: '' });
  });

  it('always turns the old text into the new one, whatever the caret says', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.option(fc.nat(40)), (before, after, caret) => {
        const splice = spliceBetween(before, after, caret);
        expect(splice === null ? before : applySplice(before, splice)).toBe(after);
      }),
    );
  });
});
