import { describe, expect, it } from 'vitest';
import { groupMarkOf } from './groupMark';

describe('the group mark on a gathered card', () => {
  it('reads the group name and colour the gathering stored', () => {
    expect(groupMarkOf({ groupName: 'Kelompok 1', groupColor: '#c2410c', gatheredFrom: {} })).toEqual({ name: 'Kelompok 1', color: '#c2410c' });
  });

  it('shows nothing for cards written on the board itself, or for a colour that is not a colour', () => {
    expect(groupMarkOf({})).toBeNull();
    expect(groupMarkOf(null)).toBeNull();
    expect(groupMarkOf({ groupName: 'X', groupColor: 'red; background:url(x)' })).toBeNull();
  });
});
