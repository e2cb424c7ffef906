import { describe, expect, it } from 'vitest';
import { isHiddenByPrivateMode, readPrivateMode } from './privateMode';

describe('private brainstorming', () => {
  const mode = readPrivateMode({ since: 5000 });

  it('hides a card someone else wrote after private mode started', () => {
    expect(isHiddenByPrivateMode({ authorId: 'budi', createdAt: 6000 }, mode, 'sari')).toBe(true);
  });

  it('keeps my own new cards and everyone’s earlier cards in view', () => {
    expect(isHiddenByPrivateMode({ authorId: 'sari', createdAt: 6000 }, mode, 'sari')).toBe(false);
    expect(isHiddenByPrivateMode({ authorId: 'budi', createdAt: 4000 }, mode, 'sari')).toBe(false);
  });

  it('shows everything once the facilitator turns it off', () => {
    expect(readPrivateMode(false)).toBeNull();
    expect(readPrivateMode(undefined)).toBeNull();
    expect(isHiddenByPrivateMode({ authorId: 'budi', createdAt: 6000 }, readPrivateMode(false), 'sari')).toBe(false);
  });
});
