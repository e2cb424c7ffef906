import { describe, expect, it } from 'vitest';
import { colorForUser, CURSOR_COLORS } from './userColor';

describe('cursor colours', () => {
  it('gives the same person the same colour on every device', () => {
    expect(colorForUser('user-abc')).toBe(colorForUser('user-abc'));
  });

  it('spreads many people over all the colours', () => {
    const used = new Set(Array.from({ length: 200 }, (_, i) => colorForUser(`person-${i}`)));
    expect(used.size).toBe(CURSOR_COLORS.length);
  });
});
