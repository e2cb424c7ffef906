import { describe, expect, it } from 'vitest';
import { projectedDocName, readSpotlight } from './spotlight';

describe('spotlighting a group’s board on the projector', () => {
  it('reads a well-formed spotlight and refuses anything else', () => {
    expect(readSpotlight({ docName: 'board_A-1', groupId: 'g1', since: 5 })).toEqual({ docName: 'board_A-1', groupId: 'g1', since: 5 });
    expect(readSpotlight(null)).toBeNull();
    expect(readSpotlight({ docName: '../etc/passwd', groupId: 'g1', since: 5 })).toBeNull();
    expect(readSpotlight({ docName: 'board', groupId: 'g1' })).toBeNull();
  });

  it('shows the spotlit group board, and the plenary when off or when the board is not of this session', () => {
    const groupBoards = new Set(['board-a', 'board-b']);
    expect(projectedDocName({ docName: 'board-b', groupId: 'g2', since: 1 }, 'plenary', groupBoards)).toBe('board-b');
    expect(projectedDocName(null, 'plenary', groupBoards)).toBe('plenary');
    expect(projectedDocName({ docName: 'old-board', groupId: 'g0', since: 1 }, 'plenary', groupBoards)).toBe('plenary');
  });
});
