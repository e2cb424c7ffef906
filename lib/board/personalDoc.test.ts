import { describe, expect, it } from 'vitest';
import { isValidDocName } from '../docName';
import { boardOfPersonalDoc, isPersonalDocOf, personalDocName } from './personalDoc';

const board = 'Abc123_-xyzXYZ0987654';

describe('a person’s private space on a board', () => {
  it('is a valid document name that names its board, one per person', () => {
    const sari = personalDocName(board, 'p:sari-uuid')!;
    const budi = personalDocName(board, 'p:budi-uuid')!;
    expect(isValidDocName(sari)).toBe(true);
    expect(sari).not.toBe(budi);
    expect(boardOfPersonalDoc(sari)).toBe(board);
    expect(isPersonalDocOf(sari, board, 'p:sari-uuid')).toBe(true);
    expect(isPersonalDocOf(sari, board, 'p:budi-uuid')).toBe(false);
  });

  it('is no board’s private space when its name does not end as one', () => {
    expect(boardOfPersonalDoc(board)).toBeNull();
    expect(boardOfPersonalDoc(`${board}--short`)).toBeNull();
    expect(boardOfPersonalDoc(`${board}--ABCDEFGHIJKLMN`)).toBeNull();
  });

  it('does not exist for a board whose name leaves no room', () => {
    expect(personalDocName('x'.repeat(60), 'p:sari')).toBeNull();
  });
});
