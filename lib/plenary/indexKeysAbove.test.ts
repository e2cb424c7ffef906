import { describe, expect, it } from 'vitest';
import { getIndexBetween, type IndexKey } from '@tldraw/utils';
import { indexKeysAbove, indexKeysBelow } from './indexKeysAbove';

describe('index keys above a page’s shapes', () => {
  it('starts at a1 on an empty page', () => {
    expect(indexKeysAbove(null, 3)).toEqual(['a1', 'a2', 'a3']);
  });

  it('goes above a key with a jittered fraction', () => {
    expect(indexKeysAbove('a1V3x', 2)).toEqual(['a2', 'a3']);
  });

  it('carries into a longer integer after the last one-digit key', () => {
    expect(indexKeysAbove('az', 2)).toEqual(['b00', 'b01']);
    expect(indexKeysAbove('b0z', 1)).toEqual(['b10']);
  });

  it('gives keys that sort above the highest and in order', () => {
    const keys = indexKeysAbove('aZ', 70);
    expect([...keys].sort()).toEqual(keys);
    expect(keys[0] > 'aZ').toBe(true);
  });
});

describe('index keys below a page’s shapes (its background)', () => {
  it('counts down from the lowest key, crossing zero into negative keys', () => {
    expect(indexKeysBelow('a3', 2)).toEqual(['a1', 'a2']);
    expect(indexKeysBelow('a1', 3)).toEqual(['Zy', 'Zz', 'a0']);
    expect(indexKeysBelow('a1V3x', 1)).toEqual(['a0']);
  });

  it('borrows into a longer negative key and a shorter positive one', () => {
    expect(indexKeysBelow('Z0', 1)).toEqual(['Yzz']);
    expect(indexKeysBelow('b00', 1)).toEqual(['az']);
  });

  it('gives keys tldraw accepts, in order, all below the lowest', () => {
    const keys = indexKeysBelow('a1', 70);
    expect([...keys].sort()).toEqual(keys);
    expect(keys.every((key) => key < 'a1')).toBe(true);
    // getIndexBetween validates both ends and throws on a malformed key.
    for (let i = 0; i + 1 < keys.length; i++) expect(getIndexBetween(keys[i] as IndexKey, keys[i + 1] as IndexKey) > keys[i]).toBe(true);
  });
});
