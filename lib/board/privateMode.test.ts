import { describe, expect, it } from 'vitest';
import { isHiddenByPrivateMode, keptPrivately, readPrivateMode } from './privateMode';

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

describe('where a person’s writes are kept', () => {
  const kept = new Set(['shape:mine']);
  const isPrivate = (id: string) => kept.has(id);
  const card = { id: 'shape:new', typeName: 'shape', type: 'plano-card', parentId: 'page:page' };

  it('keeps a card added during private mode, and everything on or bound to a private card, privately', () => {
    expect(keptPrivately(card, true, true, isPrivate)).toBe(true);
    expect(keptPrivately({ id: 'shape:mine', typeName: 'shape', type: 'plano-card' }, false, false, isPrivate)).toBe(true);
    expect(keptPrivately({ id: 'binding:1', typeName: 'binding', fromId: 'shape:arrow', toId: 'shape:mine' }, true, true, isPrivate)).toBe(true);
    expect(keptPrivately({ id: 'shape:label', typeName: 'shape', type: 'text', parentId: 'shape:mine' }, true, false, isPrivate)).toBe(true);
  });

  it('puts the rest on the board: cards outside private mode, edits of board cards, arrows and drawings', () => {
    expect(keptPrivately(card, true, false, isPrivate)).toBe(false);
    expect(keptPrivately(card, false, true, isPrivate)).toBe(false);
    expect(keptPrivately({ id: 'shape:arrow', typeName: 'shape', type: 'arrow', parentId: 'page:page' }, true, true, isPrivate)).toBe(false);
    expect(keptPrivately({ id: 'binding:2', typeName: 'binding', fromId: 'shape:arrow', toId: 'shape:board' }, true, true, isPrivate)).toBe(false);
  });
});
