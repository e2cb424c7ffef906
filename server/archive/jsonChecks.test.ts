import { describe, expect, it } from 'vitest';
import { isBase64, nestingDepth } from './jsonChecks';

describe('the base64 check of archive states', () => {
  it('accepts what Buffer writes, of every padding', () => {
    for (const length of [0, 1, 2, 3, 4, 5, 100]) expect(isBase64(Buffer.alloc(length, 0xfb).toString('base64'))).toBe(true);
  });

  it('accepts the state of a board at the 64 MB limit in one pass', () => {
    const state = Buffer.alloc(64 * 1024 * 1024, 0x5a).toString('base64');
    const started = performance.now();
    expect(isBase64(state)).toBe(true);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it.each([
    ['truncated', 'QUJDRA'],
    ['padding in the middle', 'QU==QUJD'],
    ['three padding characters', 'Q==='],
    ['url-safe characters', 'QUJD-_=='],
    ['a space', 'QUJD RA=='],
    ['a letter beyond ASCII', 'QUJDRé=='],
  ])('refuses a %s string', (_what, text) => {
    expect(isBase64(text)).toBe(false);
  });
});

describe('the nesting depth of archive data', () => {
  it('counts levels of arrays and objects', () => {
    expect(nestingDepth(7, 10)).toBe(0);
    expect(nestingDepth({ rows: [{ cells: { a: 1 } }] }, 10)).toBe(4);
  });

  it('stops past the limit on data nested 200,000 levels deep, without running out of stack', () => {
    const deep = JSON.parse('['.repeat(200_000) + ']'.repeat(200_000)) as unknown;
    expect(nestingDepth(deep, 32)).toBe(33);
  });
});
