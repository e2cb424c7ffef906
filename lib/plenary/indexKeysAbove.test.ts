import { describe, expect, it } from 'vitest';
import { indexKeysAbove } from './indexKeysAbove';

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
